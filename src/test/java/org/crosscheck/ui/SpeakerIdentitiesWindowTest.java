package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.crosscheck.service.SpeakerIdentityService.CrossProposal;
import org.crosscheck.service.SpeakerIdentityService.Identity;
import org.junit.jupiter.api.Test;

/**
 * Tags › Speakers and identities… (Ctrl+Shift+T) in the real window: the described official of the
 * 2018 article is proposed to be Bortnikov; rejecting that makes the fighters group five independent
 * origins and proposes the official to be Kabulov of another article, which is kept apart; a
 * correction is typed in; Undo in the window takes answers back.
 */
class SpeakerIdentitiesWindowTest extends SampleWindowTest {

    private static final String DESCRIBED = "A top Russian security official";

    @SuppressWarnings("unchecked")
    private TableView<Identity> openTheWindow() {
        Label counts = lookup("#groupCounts").queryAs(Label.class);
        Waits.until(() -> counts.getText().contains("4 independent origins"));
        clickOn("#libraryList");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        Waits.until(() -> lookup("#identityTable").tryQuery().isPresent());
        TableView<Identity> identities = lookup("#identityTable").queryAs(TableView.class);
        Waits.until(() -> identities.getItems().stream().anyMatch(row -> row.written().equals(DESCRIBED)));
        return identities;
    }

    private static String cell(TableView<?> table, int row, int column) {
        return String.valueOf(table.getColumns().get(column).getCellData(row));
    }

    private static int rowOf(TableView<Identity> identities) {
        for (int i = 0; i < identities.getItems().size(); i++) {
            if (identities.getItems().get(i).written().equals(DESCRIBED)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + DESCRIBED);
    }

    @Test
    void rejectingBortnikovGivesFiveOriginsAndTheOfficialKeptApartFromKabulovStaysFive() {
        TableView<Identity> identities = openTheWindow();
        int row = rowOf(identities);
        assertThat(cell(identities, row, 2)).isEqualTo("Alexander Bortnikov");
        assertThat(cell(identities, row, 3)).isEqualTo("Alexander Bortnikov");
        assertThat(cell(identities, row, 4)).contains("security official");
        assertThat(cell(identities, row, 5)).isEqualTo("proposed");
        Label counts = lookup("#groupCounts").queryAs(Label.class);

        interact(() -> identities.getSelectionModel().select(row));
        clickOn("#identityReject");

        Waits.until(() -> cell(identities, rowOf(identities), 5).equals("its own speaker")
                && cell(identities, rowOf(identities), 3).equals(DESCRIBED));
        Waits.until(() -> counts.getText().contains("5 independent origins"));
        @SuppressWarnings("unchecked")
        TableView<CrossProposal> across = lookup("#acrossTable").queryAs(TableView.class);
        Waits.until(() -> across.getItems().stream().anyMatch(p -> p.speaker().equals(DESCRIBED)
                && p.otherSpeaker().equals("Zamir Kabulov")));
        int proposal = across.getItems().indexOf(across.getItems().stream().filter(p -> p.speaker().equals(DESCRIBED)
                && p.otherSpeaker().equals("Zamir Kabulov")).findFirst().orElseThrow());
        assertThat(cell(across, proposal, 5)).isEqualTo("proposed: two origins");
        assertThat(cell(across, proposal, 4)).as("the sentence, not only the figure").containsPattern("Russian.*official");
        interact(() -> across.getSelectionModel().select(proposal));
        clickOn("#acrossConfirm");
        Waits.until(() -> counts.getText().contains("4 independent origins"));
        Waits.until(() -> across.getItems().stream().anyMatch(p -> p.speaker().equals(DESCRIBED)
                && p.state() == org.crosscheck.service.SpeakerIdentityService.MergeState.CONFIRMED));
        int confirmed = across.getItems().indexOf(across.getItems().stream().filter(p -> p.speaker().equals(DESCRIBED))
                .findFirst().orElseThrow());
        interact(() -> across.getSelectionModel().select(confirmed));
        clickOn("#acrossApart");
        Waits.until(() -> counts.getText().contains("5 independent origins"));

        // Ctrl+Z where the answers were given, three times: kept apart, confirmed, rejected
        clickOn("#identityTable");
        for (int i = 0; i < 3; i++) {
            press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        }
        Waits.until(() -> counts.getText().contains("4 independent origins"));
        Waits.until(() -> cell(identities, rowOf(identities), 5).equals("proposed"));
    }

    @Test
    void theClaimEditorsChainShowsTheOfficialAsKabulovOnceTheWindowSaysTheyAreOne() {
        TableView<Identity> identities = openTheWindow();
        interact(() -> identities.getSelectionModel().select(rowOf(identities)));
        clickOn("#identityReject");
        @SuppressWarnings("unchecked")
        TableView<CrossProposal> across = lookup("#acrossTable").queryAs(TableView.class);
        Waits.until(() -> across.getItems().stream().anyMatch(p -> p.speaker().equals(DESCRIBED)
                && p.otherSpeaker().equals("Zamir Kabulov")));
        interact(() -> across.getSelectionModel().select(across.getItems().stream().filter(p -> p.speaker().equals(DESCRIBED)
                && p.otherSpeaker().equals("Zamir Kabulov")).findFirst().orElseThrow()));
        clickOn("#acrossConfirm");
        Label counts = lookup("#groupCounts").queryAs(Label.class);
        Waits.until(() -> counts.getText().contains("4 independent origins"));

        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.crosscheck.model.SourceSummary> library = lookup("#libraryList")
                .queryAs(javafx.scene.control.ListView.class);
        interact(() -> library.getSelectionModel().select(library.getItems().stream()
                .filter(summary -> summary.title().startsWith("ISIS amasses 5,000 fighters")).findFirst().orElseThrow()));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.crosscheck.model.Claim> claims = lookup("#claimList")
                .queryAs(javafx.scene.control.ListView.class);
        Waits.until(() -> claims.getItems().stream().anyMatch(c -> c.speaker().equals(DESCRIBED)));
        interact(() -> claims.getSelectionModel().select(claims.getItems().stream()
                .filter(c -> c.speaker().equals(DESCRIBED)).findFirst().orElseThrow()));

        Label chain = lookup("#editorChain").queryAs(Label.class);
        Waits.until(() -> chain.getText().startsWith("Zamir Kabulov → RT"));
        assertThat(lookup("#editorChainSpeaker").queryAs(javafx.scene.control.TextField.class).getText())
                .as("Said first by").isEqualTo("Zamir Kabulov");
        assertThat(lookup("#claimList").lookup(".claim-details").queryAll().stream()
                .map(node -> ((Label) node).getText())).anyMatch(row -> row.endsWith("· Zamir Kabulov → RT"))
                .noneMatch(row -> row.contains(DESCRIBED + " → RT"));
    }

    @Test
    void aCorrectionTypedInTheWindowIsWhoTheOfficialIs() {
        TableView<Identity> identities = openTheWindow();
        interact(() -> identities.getSelectionModel().select(rowOf(identities)));
        clickOn("#identityCorrect");
        Waits.until(() -> lookup("#identityPerson").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<String> person = lookup("#identityPerson").queryAs(ComboBox.class);
        interact(() -> person.getEditor().setText("Nikolai Patrushev"));
        clickOn(lookup("#identityCorrectDialog .button").queryAllAs(Button.class).stream()
                .filter(button -> button.getText().equals("OK")).findFirst().orElseThrow());

        Waits.until(() -> cell(identities, rowOf(identities), 3).equals("Nikolai Patrushev"));
        assertThat(cell(identities, rowOf(identities), 5)).isEqualTo("corrected (text proposed Alexander Bortnikov)");
        Label origins = lookup("#groupOrigins").queryAs(Label.class);
        Waits.until(() -> origins.getText().contains("Nikolai Patrushev"));
    }
}
