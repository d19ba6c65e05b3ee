package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.crosscheck.model.SourceSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The library's context menu acts on the article right-clicked: rename, details, re-scan, show file, delete. */
class LibraryContextMenuTest extends FxRobot {

    @TempDir
    Path folder;

    private WindowOnSample window;
    private MainViewModel model;

    @BeforeEach
    void openTheWindowOnTheSample() throws Exception {
        window = WindowOnSample.open(folder);
        model = window.model();
        Waits.until(() -> library().getItems().size() == 5);
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        window.close();
    }

    @Test
    void deleteTakesTheArticleAndItsStatementsFromTheComparisonAndUndoGivesThemBack() {
        SourceSummary doomed = library().getItems().get(0);
        Waits.until(() -> model.comparison().groups().size() > 0);
        long statementsBefore = statementsOf(doomed.id());
        assertThat(statementsBefore).isPositive();

        choose(0, "library.deleteSource");

        Waits.until(() -> library().getItems().size() == 4);
        assertThat(library().getItems()).noneMatch(summary -> summary.id() == doomed.id());
        Waits.until(() -> statementsOf(doomed.id()) == 0 && !model.comparison().groups().isEmpty());
        assertThat(lookup("#statusMessage").queryAs(Label.class).getText()).contains(doomed.title(), "Undo");

        clickOn("#libraryList"); // not the search field, whose Ctrl+Z undoes its own typing
        push(KeyCode.CONTROL, KeyCode.Z);
        Waits.until(() -> library().getItems().size() == 5);
        Waits.until(() -> statementsOf(doomed.id()) == statementsBefore);
    }

    @Test
    void renameGivesTheArticleANewTitleInTheLibrary() {
        choose(1, "library.renameSource");
        Waits.until(() -> lookup("#renameSourceDialog .text-field").tryQuery().isPresent());
        interact(() -> lookup("#renameSourceDialog .text-field").queryTextInputControl().clear());
        clickOn("#renameSourceDialog .text-field").write("Renamed by hand").push(KeyCode.ENTER);
        Waits.until(() -> library().getItems().stream().anyMatch(summary -> summary.title().equals("Renamed by hand")));
    }

    @Test
    void editDetailsOpensTheSourceDetailsOfTheArticleRightClicked() {
        SourceSummary second = library().getItems().get(2);
        choose(2, "library.sourceDetails");
        Waits.until(() -> lookup("#sourceDetails").tryQuery().isPresent());
        assertThat(lookup("#detailsTitle").queryTextInputControl().getText()).isEqualTo(second.title());
        push(KeyCode.ESCAPE);
    }

    @Test
    void rescanReadsTheOneArticleAgainWithProgressAndSaysHowItWent() {
        choose(0, "library.rescanSource");
        Waits.until(() -> lookup("#statusMessage").queryAs(Label.class).getText().startsWith("Re-scan done"));
    }

    @Test
    void showTheFileCopiesItsPathWhenThereIsNoFileManagerAndSaysSo() throws Exception {
        Path file = Files.writeString(folder.resolve("local-report.txt"),
                "Local report\n\nOn Monday 12 people were injured in the town, police said.\n");
        interact(() -> model.importFiles(List.of(file)));
        Waits.until(() -> library().getItems().size() == 6);
        int index = indexOf("Local report");

        choose(index, "library.showFile");

        Waits.until(() -> lookup("#statusMessage").queryAs(Label.class).getText()
                .equals(Texts.get("status.pathCopied", file.toAbsolutePath())));
        String copied = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isEqualTo(file.toAbsolutePath().toString());
    }

    /** Selects a row and picks an item of its context menu, as a right click there would. */
    private void choose(int row, String textKey) {
        interact(() -> library().getSelectionModel().clearAndSelect(row));
        // Monocle sends no context-menu event for a right click, so the menu is opened as the list would open it
        interact(() -> library().getContextMenu().show(library(), javafx.geometry.Side.RIGHT, 0, 0));
        Waits.until(() -> lookup(".context-menu").tryQuery().isPresent());
        Node item = lookup(".context-menu .menu-item").match((Node node) -> node.lookup(".label") instanceof Label label
                && label.getText().equals(Texts.get(textKey))).query();
        clickOn(item);
    }

    private int indexOf(String title) {
        for (int i = 0; i < library().getItems().size(); i++) {
            if (library().getItems().get(i).title().equals(title)) {
                return i;
            }
        }
        throw new AssertionError(title + " is not in the library");
    }

    private long statementsOf(long sourceId) {
        return model.comparison().groups().stream().flatMap(group -> group.statements().stream())
                .filter(statement -> statement.claim().sourceId() == sourceId).count();
    }

    @SuppressWarnings("unchecked")
    private ListView<SourceSummary> library() {
        return lookup("#libraryList").queryAs(ListView.class);
    }
}
