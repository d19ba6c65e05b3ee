package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.SourceSummary;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;

/** Judging suggestions with the keyboard, and linking statements of two articles as one event. */
class SuggestionsAndEventsTest extends SampleWindowTest {

    @Test
    void enterConfirmsASuggestionAndDeleteRejectsTheNext() {
        open("ISIS has over 10,000");
        Waits.until(() -> claims().size() >= 2);
        long first = claims().get(0).id();
        long second = claims().get(1).id();
        interact(() -> claimList().getSelectionModel().select(0));
        clickOn(claimList());
        interact(() -> claimList().getSelectionModel().select(0));

        push(KeyCode.ENTER);
        Waits.until(() -> status(first) == ClaimStatus.CONFIRMED);
        Waits.until(() -> selected() != null && selected().id() == second);
        push(KeyCode.DELETE);
        Waits.until(() -> status(second) == ClaimStatus.REJECTED);
        assertThat(claims()).extracting(Claim::id).contains(second);
    }

    @Test
    void statementsOfTwoArticlesMarkedAndLinkedBecomeOneEventGroup() {
        tagEvent("Russia is cooperating", "He added that Russia is willing to supply weapons to Afghanistan");
        push(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        tagEvent("ISIS in Afghanistan threatened", "supplying weapons and political support to the Taliban");
        push(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        Waits.until(() -> lookup(".dialog-pane .text-field").tryQuery().isPresent());
        clickOn(".dialog-pane .text-field").write("Russia arms").push(KeyCode.ENTER);

        @SuppressWarnings("unchecked")
        ListView<ComparisonGroup> groups = lookup("#groupList").queryAs(ListView.class);
        Waits.until(() -> groups.getItems().stream().anyMatch(g -> g.name().equals("Russia arms")));
        ComparisonGroup event = groups.getItems().stream().filter(g -> g.name().equals("Russia arms")).findFirst()
                .orElseThrow();
        assertThat(event.isEvent()).isTrue();
        assertThat(event.sources()).isEqualTo(2);
    }

    private void tagEvent(String titleStart, String words) {
        open(titleStart);
        StyleClassedTextArea article = lookup("#articleText").queryAs(StyleClassedTextArea.class);
        int start = article.getText().indexOf(words);
        assertThat(start).isNotNegative();
        interact(() -> article.selectRange(start, start + words.length()));
        push(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        Waits.until(() -> selected() != null && selected().kind() == ClaimKind.EVENT);
    }

    private void open(String titleStart) {
        SourceSummary summary = library().getItems().stream().filter(s -> s.title().startsWith(titleStart))
                .findFirst().orElseThrow();
        interact(() -> library().scrollTo(summary)); // as a researcher scrolls to it: the list may show only some
        Waits.until(() -> lookup(".source-title").match(node -> ((Label) node).getText().equals(summary.title()))
                .tryQuery().isPresent());
        clickOn(lookup(".source-title").match(node -> ((Label) node).getText().equals(summary.title()))
                .queryAs(Label.class));
        Waits.until(() -> lookup("#articleTitle").queryAs(Label.class).getText().equals(summary.title()));
    }

    private ClaimStatus status(long claimId) {
        return claims().stream().filter(c -> c.id() == claimId).map(Claim::status).findFirst().orElse(null);
    }

    private Claim selected() {
        return claimList().getSelectionModel().getSelectedItem();
    }

    @SuppressWarnings("unchecked")
    private ListView<SourceSummary> library() {
        return lookup("#libraryList").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Claim> claimList() {
        return lookup("#claimList").queryAs(ListView.class);
    }

    private java.util.List<Claim> claims() {
        return claimList().getItems();
    }
}
