package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.crosscheck.model.SourceMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The claim's "Changed by bob at 14:02 since you opened it" dialog for an article's details: while the
 * researcher's details dialog is open, "bob" (as his window on the shared project would) changes the
 * article's notes; the researcher's save then asks Reload (take theirs) or Overwrite (keep yours).
 */
class EditConflictWindowTest extends FxRobot {

    @TempDir
    Path folder;

    private WindowOnSample window;
    private long article;
    private SourceMetadata seen;

    @BeforeEach
    void openTheDetailsThatBobThenChanges() throws Exception {
        window = WindowOnSample.open(folder);
        Waits.until(() -> lookup("#libraryList").queryAs(javafx.scene.control.ListView.class).getItems().size() == 5);
        article = window.workbench().library().summaries().get(0).id();
        seen = window.workbench().library().source(article).metadata();
        String user = System.getProperty("crosscheck.user");
        System.setProperty("crosscheck.user", "bob");
        try {
            window.workbench().library().updateMetadata(article, withNotes(seen, "bob's note"));
        } finally {
            if (user == null) {
                System.clearProperty("crosscheck.user");
            } else {
                System.setProperty("crosscheck.user", user);
            }
        }
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void overwritingSavesMyDetailsAndUndoBringsBobsBack() {
        interact(() -> window.model().saveMetadata(article, seen, withNotes(seen, "my note")));
        clickInDialog("Overwrite (keep yours)");

        Waits.until(() -> notes().equals("my note"));
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Waits.until(() -> notes().equals("bob's note"));
    }

    @Test
    void reloadingKeepsBobsDetailsAndSavesNothingOfMine() {
        interact(() -> window.model().saveMetadata(article, seen, withNotes(seen, "my note")));
        clickInDialog("Reload (take theirs)");

        Waits.until(() -> lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(notes()).isEqualTo("bob's note");
    }

    private void clickInDialog(String button) {
        Waits.until(() -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).matches("Changed by bob at \\d\\d:\\d\\d since you opened it\\.");
        assertThat(lookup(".dialog-pane .button").queryAllAs(Button.class)).extracting(Button::getText)
                .containsExactlyInAnyOrder("Reload (take theirs)", "Overwrite (keep yours)");
        clickOn(button);
    }

    private String notes() {
        return window.workbench().library().source(article).metadata().notes();
    }

    private static SourceMetadata withNotes(SourceMetadata metadata, String notes) {
        return new SourceMetadata(metadata.title(), metadata.outlet(), metadata.author(), metadata.url(),
                metadata.published(), metadata.grade(), notes);
    }
}
