package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.crosscheck.model.SourceSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The library shown story by story, and a story renamed from its context menu and the rename undone. */
class LibraryStoriesTest extends FxRobot {

    @TempDir
    Path folder;

    private Application app;

    @BeforeEach
    void startOnASampleProject() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CrosscheckApp.class, "--project", folder.resolve("sample").toString());
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
    void byStoryShowsEachStoryAboveItsArticlesAndAStoryCanBeRenamedAndTheRenameUndone() {
        assertThat(visibleHeaders()).isZero();
        clickOn("#libraryByStory");
        Waits.until(() -> lookup("#libraryByStory").queryAs(CheckBox.class).isSelected() && visibleHeaders() > 0);

        Label first = firstVisibleHeader();
        assertThat(first.getText()).contains("article");
        interact(() -> library().getSelectionModel().clearAndSelect(0));
        String before = headerTexts().get(0);
        // Monocle sends no context-menu event for a right click, so the menu is opened as the list would open it
        interact(() -> library().getContextMenu().show(library(), javafx.geometry.Side.RIGHT, 0, 0));
        Waits.until(() -> lookup(".context-menu").tryQuery().isPresent());
        Node rename = lookup(".context-menu .menu-item").match((Node node) -> node.lookup(".label") instanceof Label label
                && label.getText().equals(Texts.get("library.renameStory"))).query();
        clickOn(rename);
        Waits.until(() -> lookup(".dialog-pane .text-field").tryQuery().isPresent());
        interact(() -> lookup(".dialog-pane .text-field").queryTextInputControl().clear());
        clickOn(".dialog-pane .text-field").write("Islamic State in Afghanistan").push(KeyCode.ENTER);

        Waits.until(() -> {
            // the renamed story sorts to its new place; show the renamed article's row
            SourceSummary renamed = library().getSelectionModel().getSelectedItem();
            interact(() -> library().scrollTo(renamed));
            return headerTexts().stream().anyMatch(text -> text.startsWith("Islamic State in Afghanistan · "));
        });

        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Waits.until(() -> headerTexts().stream().noneMatch(text -> text.startsWith("Islamic State in Afghanistan")));
        interact(() -> library().scrollTo(0));
        Waits.until(() -> headerTexts().contains(before));
    }

    @Test
    void anArticleClickedInTheLibraryByStoryOpens() {
        clickOn("#libraryByStory");
        Waits.until(() -> visibleHeaders() > 0);
        SourceSummary other = library().getItems().get(library().getItems().size() - 1);
        interact(() -> library().scrollTo(other));
        Waits.until(() -> lookup(".source-title").match(node -> ((Label) node).getText().equals(other.title()))
                .tryQuery().isPresent());
        clickOn(lookup(".source-title").match(node -> ((Label) node).getText().equals(other.title())).queryAs(Label.class));

        // the article opens, and the list keeps it selected while the library reloads around it
        Waits.until(() -> lookup("#articleTitle").queryAs(Label.class).getText().equals(other.title()));
        sleep(500);
        assertThat(lookup("#articleTitle").queryAs(Label.class).getText()).isEqualTo(other.title());
        assertThat(library().getSelectionModel().getSelectedItem()).isEqualTo(other);
    }

    private long visibleHeaders() {
        return lookup(".story-header").queryAll().stream().filter(Node::isVisible).count();
    }

    private Label firstVisibleHeader() {
        return lookup(".story-header").queryAll().stream().filter(Node::isVisible).map(Label.class::cast)
                .findFirst().orElseThrow();
    }

    private java.util.List<String> headerTexts() {
        return lookup(".story-header").queryAll().stream().filter(Node::isVisible).map(node -> ((Label) node).getText())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private ListView<SourceSummary> library() {
        return lookup("#libraryList").queryAs(ListView.class);
    }
}
