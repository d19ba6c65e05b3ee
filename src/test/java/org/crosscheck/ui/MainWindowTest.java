package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.CheckComboBox;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.model.Tag;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Drives the real main window, headless, on a project made from the sample articles. */
class MainWindowTest extends FxRobot {

    private static final String PHRASE = "over 10,000 loyal fighters";
    private static final String ARTICLE_002 = "ISIS has over 10,000 fighters in Afghanistan";

    @TempDir
    Path folder;

    private Application app;

    @BeforeEach
    void startOnASampleProject() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CrosscheckApp.class, "--project", project().toString());
        Waits.until(() -> library().getItems().size() == 5);
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void aClaimTaggedByHandIsHighlightedUndoneRedoneAndStillThereAfterARestart() throws Exception {
        openArticle(ARTICLE_002);
        int start = articleText().getText().indexOf(PHRASE);
        assertThat(start).isPositive();

        int suggestions = claims().size();
        interact(() -> articleText().selectRange(start, start + PHRASE.length()));
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);

        Waits.until(() -> handMade().isPresent());
        Claim claim = handMade().get();
        assertThat(claims()).hasSize(suggestions + 1);
        assertThat(claim.kind()).isEqualTo(ClaimKind.QUANTITY);
        assertThat(claim.textIn(articleText().getText())).isEqualTo(PHRASE);
        // the highlights are computed off the JavaFX thread and follow the claims list
        Waits.until(() -> articleText().getStyleAtPosition(start + 3).containsAll(
                List.of("claim", "claim-quantity", "status-confirmed")));

        createTag("disputed");
        interact(() -> claimList().getSelectionModel().select(claim));
        Waits.until(() -> !editorTags().getItems().isEmpty());
        interact(() -> editorTags().getCheckModel().check(0));
        Waits.until(() -> handMade().map(c -> c.tagIds().size() == 1).orElse(false));

        undo();
        Waits.until(() -> handMade().map(c -> c.tagIds().isEmpty()).orElse(false));
        undo();
        Waits.until(() -> editorTags().getItems().isEmpty());
        undo();
        Waits.until(() -> handMade().isEmpty() && claims().size() == suggestions);
        Waits.until(() -> !articleText().getStyleAtPosition(start + 3).contains("status-confirmed"));

        redo();
        Waits.until(() -> handMade().isPresent());
        redo();
        Waits.until(() -> editorTags().getItems().size() == 1);
        redo();
        Waits.until(() -> handMade().map(c -> c.tagIds().size() == 1).orElse(false));
        Waits.until(() -> articleText().getStyleAtPosition(start + 3).containsAll(
                List.of("claim-quantity", "status-confirmed")));

        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        app = FxToolkit.setupApplication(CrosscheckApp.class, "--project", project().toString());
        Waits.until(() -> library().getItems().size() == 5);
        openArticle(ARTICLE_002);

        Waits.until(() -> handMade().isPresent());
        Claim kept = handMade().get();
        assertThat(kept.textIn(articleText().getText())).isEqualTo(PHRASE);
        List<Tag> tags = lookup("#editorTags").queryAs(CheckComboBox.class).getItems();
        assertThat(tags).extracting(Tag::name).containsExactly("disputed");
        assertThat(kept.tagIds()).containsExactly(tags.get(0).id());
    }

    @Test
    void theSearchFieldFiltersTheLibraryAsYouType() {
        clickOn("#librarySearch").write("Kabul");
        Waits.until(() -> library().getItems().isEmpty());
        interact(() -> lookup("#librarySearch").queryTextInputControl().clear());
        clickOn("#librarySearch").write("Moscow");
        Waits.until(() -> library().getItems().size() == 1);
        assertThat(library().getItems().get(0).title()).startsWith(ARTICLE_002);
    }

    private void openArticle(String titleStart) {
        SourceSummary summary = library().getItems().stream()
                .filter(item -> item.title().startsWith(titleStart)).findFirst().orElseThrow();
        interact(() -> library().scrollTo(summary)); // as a researcher scrolls to it: the list may show only some
        // the list's items arrive before its cells are laid out; wait for the cell, not only the item
        Waits.until(() -> lookup(".source-title").match(node -> ((Label) node).getText().equals(summary.title()))
                .tryQuery().isPresent());
        clickOn(lookup(".source-title").match(node -> ((Label) node).getText().equals(summary.title()))
                .queryAs(Label.class));
        Waits.until(() -> articleText().getText().startsWith(summary.title().substring(0, 20))
                || articleText().getText().contains(PHRASE));
    }

    /** The claim the test made by hand (the article also has the extractor's suggestions). */
    private java.util.Optional<Claim> handMade() {
        return claims().stream().filter(c -> c.origin() == org.crosscheck.model.ClaimOrigin.MANUAL).findFirst();
    }

    private void undo() {
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    }

    private void redo() {
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    private void createTag(String name) {
        press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        Waits.until(() -> lookup("#tagNew").tryQuery().isPresent());
        clickOn("#tagNew");
        Waits.until(() -> lookup(".dialog-pane .text-field").tryQuery().isPresent());
        clickOn(".dialog-pane .text-field").write(name).push(KeyCode.ENTER);
        Waits.until(() -> lookup("#tagList").queryListView().getItems().size() == 1);
        push(KeyCode.ESCAPE);
        Waits.until(() -> lookup("#tagList").tryQuery().isEmpty());
    }

    private Path project() {
        return folder.resolve("sample-project");
    }

    @SuppressWarnings("unchecked")
    private ListView<SourceSummary> library() {
        return lookup("#libraryList").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Claim> claimList() {
        return lookup("#claimList").queryAs(ListView.class);
    }

    private List<Claim> claims() {
        return claimList().getItems();
    }

    @SuppressWarnings("unchecked")
    private CheckComboBox<Tag> editorTags() {
        return lookup("#editorTags").queryAs(CheckComboBox.class);
    }

    private StyleClassedTextArea articleText() {
        return lookup("#articleText").queryAs(StyleClassedTextArea.class);
    }
}
