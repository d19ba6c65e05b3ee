package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.crosscheck.model.Claim;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.model.TrackRecord;
import org.junit.jupiter.api.Test;

/**
 * The chain in the real window: the claim editor shows who said a figure first and who carried it,
 * a corrected speaker is saved and undone, and "This speaker's other statements" opens the Speakers
 * tab at that speaker.
 */
class CitationChainWindowTest extends SampleWindowTest {

    @Test
    void theEditorShowsTheChainTakesACorrectionAndOpensTheSpeakersTrackRecord() {
        Label chain = editBortnikovsClaim();
        @SuppressWarnings("unchecked")
        ListView<Claim> claims = lookup("#claimList").queryAs(ListView.class);

        TextField speaker = lookup("#editorChainSpeaker").queryAs(TextField.class);
        interact(() -> {
            speaker.requestFocus();
            speaker.selectAll();
        });
        write("Nikolai Patrushev").push(KeyCode.ENTER);
        Waits.until(() -> chain.getText().equals("Nikolai Patrushev → RT (set by hand)"));

        interact(() -> lookup("#showSpeakerStatements").queryAs(Hyperlink.class).fire());
        TabPane tabs = lookup("#bottomTabs").queryAs(TabPane.class);
        Waits.until(() -> "speakersTab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        Label title = lookup("#speakerTitle").queryAs(Label.class);
        Waits.until(() -> title.getText().startsWith("Nikolai Patrushev · speaker"));
        assertThat(lookup("#speakerStatements").queryAs(TableView.class).getItems()).isNotEmpty();

        interact(claims::requestFocus);
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Waits.until(() -> chain.getText().equals("Alexander Bortnikov → RT"));
    }

    @Test
    void aChainReadFromTheTextIsConfirmedAsItStandsAndTheConfirmationUndone() {
        Label chain = editBortnikovsClaim();
        @SuppressWarnings("unchecked")
        ListView<Claim> claims = lookup("#claimList").queryAs(ListView.class);
        Hyperlink confirm = lookup("#confirmChain").queryAs(Hyperlink.class);
        assertThat(confirm.isDisabled()).isFalse();

        interact(confirm::fire);
        Waits.until(() -> chain.getText().equals("Alexander Bortnikov → RT (set by hand)"));
        assertThat(confirm.isDisabled()).as("a confirmed chain is confirmed once").isTrue();

        interact(claims::requestFocus);
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Waits.until(() -> chain.getText().equals("Alexander Bortnikov → RT") && !confirm.isDisabled());
    }

    @Test
    void theSpeakersTabChartsKabulovsFiguresInTheOrderOfTheTimesTheyHoldFor() {
        TabPane tabs = lookup("#bottomTabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> "speakersTab".equals(tab.getId())).findFirst().orElseThrow()));
        @SuppressWarnings("unchecked")
        ListView<TrackRecord> speakers = lookup("#speakersList").queryAs(ListView.class);
        Waits.until(() -> speakers.getItems().stream().anyMatch(record -> record.name().equals("Zamir Kabulov")));
        interact(() -> speakers.getSelectionModel().select(speakers.getItems().stream()
                .filter(record -> record.name().equals("Zamir Kabulov")).findFirst().orElseThrow()));

        @SuppressWarnings("unchecked")
        TableView<TrackRecord.Entry> statements = lookup("#speakerStatements").queryAs(TableView.class);
        Waits.until(() -> !statements.getItems().isEmpty());
        assertThat(statements.getItems().get(0).holdsFor().display()).startsWith("2015");
        assertThat(statements.getItems().get(statements.getItems().size() - 1).holdsFor().display()).startsWith("2017");
        assertThat(lookup("#speakerChart").queryAs(SpeakerChart.class).drawn()).isEqualTo(statements.getItems().size());
        SpeakerChart chart = lookup("#speakerChart").queryAs(SpeakerChart.class);
        Waits.until(() -> chart.topLabel().equals("15,000")); // over 10,000 drawn higher, the scale's top a round figure
    }

    @Test
    void theClaimsListSaysWhoCarriedAFigureWhereTheChainSaysMoreThanTheSpeaker() {
        openArticle("ISIS amasses 5,000 fighters");

        Waits.until(() -> claimRows().stream().anyMatch(row -> row.endsWith("· Alexander Bortnikov → RT")));
        assertThat(claimRows()).as("a speaker with no one between keeps their name alone")
                .noneMatch(row -> row.contains("→") && !row.contains(" → RT"));
    }

    private java.util.List<String> claimRows() {
        return lookup("#claimList").lookup(".claim-details").queryAll().stream()
                .map(node -> ((Label) node).getText()).toList();
    }

    private void openArticle(String titleStart) {
        @SuppressWarnings("unchecked")
        ListView<SourceSummary> library = lookup("#libraryList").queryAs(ListView.class);
        interact(() -> library.getSelectionModel().select(library.getItems().stream()
                .filter(summary -> summary.title().startsWith(titleStart)).findFirst().orElseThrow()));
    }

    /** Opens the 2018 article, selects the figure "a top Russian security official" gave, and returns its chain line once it reads as the text gives it. */
    private Label editBortnikovsClaim() {
        openArticle("ISIS amasses 5,000 fighters");
        @SuppressWarnings("unchecked")
        ListView<Claim> claims = lookup("#claimList").queryAs(ListView.class);
        Waits.until(() -> claims.getItems().stream().anyMatch(c -> c.speaker().equals("A top Russian security official")));
        interact(() -> claims.getSelectionModel().select(claims.getItems().stream()
                .filter(c -> c.speaker().equals("A top Russian security official")).findFirst().orElseThrow()));
        Label chain = lookup("#editorChain").queryAs(Label.class);
        Waits.until(() -> chain.getText().equals("Alexander Bortnikov → RT"));
        return chain;
    }
}
