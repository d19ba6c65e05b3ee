package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.IndexRange;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.crosscheck.model.SearchHit;
import org.crosscheck.model.SourceSummary;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;

/** Ctrl+F in the real window: the project's hits, each opening its article at the hit; Ctrl+G steps through them. */
class SearchWindowTest extends SampleWindowTest {

    @Test
    void ctrlFFindsKabulovInThreeArticlesAndAResultOpensItsArticleWithTheHitSelected() {
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        Waits.until(() -> lookup("#leftTabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex() == 1);
        Waits.until(() -> lookup("#projectSearch").queryTextInputControl().isFocused());
        write("Kabulov").push(KeyCode.ENTER);
        Waits.until(() -> !results().getItems().isEmpty());
        assertThat(results().getItems().stream().map(SearchHit::sourceId).distinct().count()).isGreaterThanOrEqualTo(3);
        // the hits' cells draw their highlighted words once laid out, a pulse after the list fills
        Waits.until(() -> !lookup(".search-match").queryAll().isEmpty());

        SearchHit last = results().getItems().get(results().getItems().size() - 1);
        interact(() -> results().getSelectionModel().select(last));
        Waits.until(() -> selected().equals("Kabulov")
                && articleText().getSelection().equals(new IndexRange(last.start(), last.end())));
    }

    @Test
    void ctrlGStepsThroughTheHitsInTheOpenArticleAndShiftCtrlGStepsBack() {
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        Waits.until(() -> lookup("#projectSearch").queryTextInputControl().isFocused());
        write("ISIS").push(KeyCode.ENTER);
        Waits.until(() -> !results().getItems().isEmpty());
        SearchHit first = results().getItems().get(0);
        List<SearchHit> inArticle = results().getItems().stream().filter(hit -> hit.sourceId() == first.sourceId()).toList();
        assertThat(inArticle.size()).isGreaterThanOrEqualTo(3);
        interact(() -> results().getSelectionModel().select(first));
        Waits.until(() -> articleText().getSelection().equals(new IndexRange(first.start(), first.end())));

        clickOn("#articleText");
        interact(() -> articleText().selectRange(first.start(), first.end()));
        press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        SearchHit second = inArticle.get(1);
        Waits.until(() -> articleText().getSelection().equals(new IndexRange(second.start(), second.end())));
        press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        SearchHit third = inArticle.get(2);
        Waits.until(() -> articleText().getSelection().equals(new IndexRange(third.start(), third.end())));
        assertThat(selected()).isEqualToIgnoringCase("ISIS");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        Waits.until(() -> articleText().getSelection().equals(new IndexRange(second.start(), second.end())));
    }

    private String selected() {
        return articleText().getSelectedText();
    }

    @SuppressWarnings("unchecked")
    private ListView<SearchHit> results() {
        return lookup("#searchResults").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<SourceSummary> library() {
        return lookup("#libraryList").queryAs(ListView.class);
    }

    private StyleClassedTextArea articleText() {
        return lookup("#articleText").queryAs(StyleClassedTextArea.class);
    }
}
