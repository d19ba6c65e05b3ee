package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Orientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.crosscheck.model.TrackRecord;
import org.junit.jupiter.api.Test;

/**
 * The Speakers tab in the real window at 1440 × 900: it opens on the first speaker, its statements'
 * columns fit the pane with the chain and the title wrapped, no clause is listed as a speaker, and a
 * speaker's grade is set there, shown beside the name and undone.
 */
class SpeakersWindowTest extends SampleWindowTest {

    @Test
    void theTabOpensOnTheFirstSpeakerWithEveryColumnInViewAndNoClauseAsASpeaker() {
        ListView<TrackRecord> speakers = openSpeakersAt(1440, 900);

        Label title = lookup("#speakerTitle").queryAs(Label.class);
        Waits.until(() -> title.getText().startsWith(speakers.getItems().get(0).name() + " · speaker"));
        assertThat(speakers.getSelectionModel().getSelectedIndex()).isZero();
        @SuppressWarnings("unchecked")
        TableView<?> table = lookup("#speakerStatements").queryAs(TableView.class);
        Waits.until(() -> !table.getItems().isEmpty() && table.getWidth() > 0);
        Waits.until(() -> columnsWidth(table) <= table.getWidth());
        assertThat(table.getColumns()).extracting(TableColumn::getText).contains("Chain", "Article", "Later");
        assertThat(table.lookupAll(".scroll-bar")).as("a sideways scroll bar under the statements")
                .noneMatch(node -> node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                        && bar.isVisible());
        assertThat(speakers.getItems()).extracting(TrackRecord::name).doesNotContain("A United Nations report released")
                .contains("A United Nations report");
    }

    @Test
    void aSpeakersGradeIsSetBesideTheNameAndUndone() {
        ListView<TrackRecord> speakers = openSpeakersAt(1280, 800); // the headless screen's size: keys reach the window
        interact(() -> speakers.getSelectionModel().select(speakers.getItems().stream()
                .filter(record -> record.name().equals("Zamir Kabulov")).findFirst().orElseThrow()));
        Label basis = lookup("#speakerGradeBasis").queryAs(Label.class);
        Waits.until(() -> basis.getText().equals("Neither this one nor its articles are graded."));

        @SuppressWarnings("unchecked")
        ComboBox<String> grade = lookup("#speakerGrade").queryAs(ComboBox.class);
        interact(() -> grade.setValue("C3"));

        Waits.until(() -> basis.getText().equals("Given to this one by you."));
        Waits.until(() -> speakers.lookupAll(".list-cell").stream().anyMatch(cell -> cell instanceof javafx.scene.control.ListCell<?> c
                && c.getText() != null && c.getText().matches("Zamir Kabulov · \\d+ statements · C3")));
        javafx.scene.control.MenuItem undo = lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus()
                .stream().flatMap(menu -> menu.getItems().stream()).filter(item -> "menuUndo".equals(item.getId()))
                .findFirst().orElseThrow();
        Waits.until(() -> !undo.isDisable() && undo.getText().contains("Grade speaker Zamir Kabulov C3"));
        interact(undo::fire); // Edit › Undo: Ctrl+Z pressed here did not reliably reach the headless window
        Waits.until(() -> basis.getText().equals("Neither this one nor its articles are graded."));
        assertThat(grade.getValue()).isEqualTo("—");
    }

    @Test
    void aGradeGivenInTheSpeakersTabShowsBesideTheSpeakerInTheComparisonTabAndGoesWithUndo() {
        ListView<TrackRecord> speakers = openSpeakersAt(1280, 800);
        interact(() -> speakers.getSelectionModel().select(speakers.getItems().stream()
                .filter(record -> record.name().equals("Zamir Kabulov")).findFirst().orElseThrow()));
        Label basis = lookup("#speakerGradeBasis").queryAs(Label.class);
        Waits.until(() -> basis.getText().equals("Neither this one nor its articles are graded."));
        @SuppressWarnings("unchecked")
        ComboBox<String> grade = lookup("#speakerGrade").queryAs(ComboBox.class);
        interact(() -> grade.setValue("C3"));
        Waits.until(() -> basis.getText().equals("Given to this one by you."));

        TabPane tabs = lookup("#bottomTabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> "comparisonTab".equals(tab.getId())).findFirst().orElseThrow()));
        Label origins = lookup("#groupOrigins").queryAs(Label.class);
        Waits.until(() -> origins.getText().contains("Zamir Kabulov (C3) ×5 (via"));
        assertThat(origins.getText()).as("an origin not graded has no grade").contains(" · Russian military staff")
                .doesNotContain("staff (");
        Waits.until(() -> sourceSpeakers().stream().anyMatch(speaker -> speaker.startsWith("Zamir Kabulov (C3) → Interfax")));
        assertThat(sourceSpeakers()).anyMatch(speaker -> speaker.startsWith("Zamir Kabulov (C3) → RIA Novosti"))
                .noneMatch(speaker -> speaker.contains("Bortnikov ("));
        @SuppressWarnings("unchecked")
        TableView<org.crosscheck.model.Statement> statements = lookup("#statementTable").queryAs(TableView.class);
        assertThat(statements.getItems()).extracting(statement -> String.valueOf(statements.getColumns().get(1)
                .getCellData(statement))).contains("Zamir Kabulov (C3) → Interfax → The Moscow Times → Breitbart News");

        javafx.scene.control.MenuItem undo = lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus()
                .stream().flatMap(menu -> menu.getItems().stream()).filter(item -> "menuUndo".equals(item.getId()))
                .findFirst().orElseThrow();
        Waits.until(() -> !undo.isDisable() && undo.getText().contains("Grade speaker Zamir Kabulov C3"));
        interact(undo::fire);
        Waits.until(() -> origins.getText().contains("Zamir Kabulov ×5 (via"));
        Waits.until(() -> sourceSpeakers().stream().noneMatch(speaker -> speaker.contains("(C3)")));
    }

    /** What the Speaker column of the by-source table says, source by source and statement by statement. */
    private java.util.List<String> sourceSpeakers() {
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeTableView<GlanceRows.Row> table = lookup("#sourceSummary")
                .queryAs(javafx.scene.control.TreeTableView.class);
        java.util.List<String> speakers = new java.util.ArrayList<>();
        if (table.getRoot() != null) {
            for (javafx.scene.control.TreeItem<GlanceRows.Row> source : table.getRoot().getChildren()) {
                speakers.addAll(source.getValue().speaker().lines().toList());
                source.getChildren().forEach(statement -> speakers.add(statement.getValue().speaker()));
            }
        }
        return speakers;
    }

    private ListView<TrackRecord> openSpeakersAt(double width, double height) {
        interact(() -> {
            Stage stage = (Stage) lookup("#libraryList").query().getScene().getWindow();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        TabPane tabs = lookup("#bottomTabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> "speakersTab".equals(tab.getId())).findFirst().orElseThrow()));
        @SuppressWarnings("unchecked")
        ListView<TrackRecord> speakers = lookup("#speakersList").queryAs(ListView.class);
        Waits.until(() -> !speakers.getItems().isEmpty());
        return speakers;
    }

    private static double columnsWidth(TableView<?> table) {
        return table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
    }
}
