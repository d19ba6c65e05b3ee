package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Verdict;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;

/** The Comparison tab in the real window on the sample: the contested group first, and back to the article. */
class ComparisonTabTest extends SampleWindowTest {

    private static final String QUOTE = "roughly 3,000 fighters";

    @Test
    void theFightersGroupComesFirstWithItsContradictionsAndADoubleClickOpensTheStatement() {
        @SuppressWarnings("unchecked")
        ListView<ComparisonGroup> groups = lookup("#groupList").queryAs(ListView.class);
        Waits.until(() -> !groups.getItems().isEmpty());
        assertThat(groups.getItems().get(0).name()).isEqualTo("Islamic State · fighters · Afghanistan");

        @SuppressWarnings("unchecked")
        TableView<PairVerdict> verdicts = lookup("#verdictTable").queryAs(TableView.class);
        Waits.until(() -> !verdicts.getItems().isEmpty());
        assertThat(verdicts.getItems()).extracting(PairVerdict::verdict).contains(Verdict.CONTRADICTS,
                Verdict.TENSION, Verdict.AGREES, Verdict.CHANGED_OVER_TIME, Verdict.DIFFERENT_SCOPE);

        // the group by source comes first; its statements are one click away
        assertThat(lookup("#sourceSummary").query().isVisible()).isTrue();
        clickOn("Statements and verdicts");
        @SuppressWarnings("unchecked")
        TableView<Statement> statements = lookup("#statementTable").queryAs(TableView.class);
        Statement wanted = statements.getItems().stream().filter(s -> s.quote().equals(QUOTE)).findFirst().orElseThrow();
        interact(() -> statements.scrollTo(wanted));
        Node row = lookup(".table-row-cell").match(node -> node instanceof TableRow<?> tableRow
                && tableRow.getItem() == wanted).query();
        // on its first cell, as a person would: the row is wider than the table, its middle out of view
        doubleClickOn(from(row).lookup(".table-cell").<Node>query());

        StyleClassedTextArea article = lookup("#articleText").queryAs(StyleClassedTextArea.class);
        Waits.until(() -> article.getText().contains(QUOTE));
        Waits.until(() -> {
            @SuppressWarnings("unchecked")
            ListView<Claim> claims = lookup("#claimList").queryAs(ListView.class);
            Claim selected = claims.getSelectionModel().getSelectedItem();
            return selected != null && selected.id() == wanted.claim().id();
        });
    }

    @Test
    void aChainOrAReasonTooLongForItsColumnShowsWholeOnHover() {
        @SuppressWarnings("unchecked")
        ListView<ComparisonGroup> groups = lookup("#groupList").queryAs(ListView.class);
        Waits.until(() -> !groups.getItems().isEmpty());
        clickOn("Statements and verdicts");
        String chain = "Zamir Kabulov \u2192 Interfax \u2192 The Moscow Times \u2192 Breitbart News";
        Waits.until(() -> lookup(".table-cell").match(node -> node instanceof ComparisonCells.WholeOnHoverCell<?> cell
                && chain.equals(cell.getText())).tryQuery().isPresent());
        ComparisonCells.WholeOnHoverCell<?> chainCell = lookup(".table-cell").match(node ->
                node instanceof ComparisonCells.WholeOnHoverCell<?> cell && chain.equals(cell.getText())).query();
        assertThat(chainCell.getTooltip()).isNotNull();
        assertThat(chainCell.getTooltip().getText()).isEqualTo(chain);

        ComparisonCells.WholeOnHoverCell<?> reasonCell = lookup("#verdictTable").lookup(".table-cell").match(node ->
                node instanceof ComparisonCells.WholeOnHoverCell<?> cell && cell.getText() != null
                        && cell.getText().contains(" vs ")).query();
        assertThat(reasonCell.getTooltip().getText()).isEqualTo(reasonCell.getText());
    }

    @Test
    void aStatementKeepsItsSourcesNameWhenTheResearcherSortsTheTable() {
        @SuppressWarnings("unchecked")
        ListView<ComparisonGroup> groups = lookup("#groupList").queryAs(ListView.class);
        Waits.until(() -> !groups.getItems().isEmpty());
        clickOn("Statements and verdicts");
        @SuppressWarnings("unchecked")
        TableView<Statement> statements = lookup("#statementTable").queryAs(TableView.class);
        Waits.until(() -> statements.getItems().size() == 10);
        @SuppressWarnings("unchecked")
        TableColumn<Statement, String> source = (TableColumn<Statement, String>) statements.getColumns().get(0);
        java.util.Map<Long, String> named = new java.util.HashMap<>();
        statements.getItems().forEach(statement -> named.put(statement.claim().id(), source.getCellData(statement)));
        assertThat(new java.util.HashSet<>(named.values())).as("the group's statements come from several sources")
                .hasSizeGreaterThan(1);
        java.util.List<Long> before = statements.getItems().stream().map(statement -> statement.claim().id()).toList();

        TableColumn<Statement, ?> quote = statements.getColumns().get(statements.getColumns().size() - 1);
        interact(() -> {
            quote.setSortType(TableColumn.SortType.DESCENDING);
            statements.getSortOrder().setAll(java.util.List.of(quote));
        });

        assertThat(statements.getItems().stream().map(statement -> statement.claim().id()).toList())
                .as("sorting by quote changes the rows' order").isNotEqualTo(before);
        statements.getItems().forEach(statement ->
                assertThat(source.getCellData(statement)).isEqualTo(named.get(statement.claim().id())));
    }

    @Test
    void aClaimClickedWithTheTimelineInFrontHasItsGroupShownWhenTheComparisonComesBack() {
        @SuppressWarnings("unchecked")
        ListView<ComparisonGroup> groups = lookup("#groupList").queryAs(ListView.class);
        Waits.until(() -> groups.getSelectionModel().getSelectedItem() != null);
        ComparisonGroup first = groups.getSelectionModel().getSelectedItem();
        @SuppressWarnings("unchecked")
        ListView<Claim> claims = lookup("#claimList").queryAs(ListView.class);
        Waits.until(() -> !claims.getItems().isEmpty());
        Claim elsewhere = claims.getItems().stream().filter(claim -> groupOf(groups, claim) != null
                && !groupOf(groups, claim).id().equals(first.id())).findFirst().orElseThrow();
        ComparisonGroup wanted = groupOf(groups, elsewhere);

        clickOn("Timeline");
        interact(() -> claims.getSelectionModel().select(elsewhere));
        clickOn("Comparison");

        Label name = lookup("#groupName").queryAs(Label.class);
        Waits.until(() -> name.getText().equals(wanted.name()));
        assertThat(groups.getSelectionModel().getSelectedItem().id()).isEqualTo(wanted.id());
    }

    private static ComparisonGroup groupOf(ListView<ComparisonGroup> groups, Claim claim) {
        return groups.getItems().stream().filter(group -> group.statements().stream()
                .anyMatch(statement -> statement.claim().id() == claim.id())).findFirst().orElse(null);
    }
}
