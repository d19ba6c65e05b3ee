package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.crosscheck.model.SourceSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A long import shows Cancel in the status bar; pressing it stops the import and nothing is imported. */
class CancelImportTest extends FxRobot {

    @TempDir
    Path folder;

    private WindowOnSample window;
    private MainViewModel model;

    @BeforeEach
    void openTheWindowOnASampleProject() throws Exception {
        window = WindowOnSample.open(folder);
        model = window.model();
        Waits.until(() -> library().getItems().size() == 5);
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        window.close();
    }

    @Test
    void cancelStopsALongImportAndImportsNothing() throws Exception {
        Path big = Files.createDirectories(folder.resolve("big"));
        // long articles dense with figures: seconds of work each, so Cancel comes in time
        for (int i = 0; i < 8; i++) {
            StringBuilder text = new StringBuilder("Long report " + i + "\n\n");
            for (int line = 0; text.length() < 2_000_000; line++) {
                text.append("On Sunday ").append(line % 97 + 2).append(" people were injured and ")
                        .append(line % 13 + 1).append(" killed in district ").append(line).append(", police said.\n");
            }
            Files.writeString(big.resolve("report" + i + ".txt"), text);
        }
        java.util.Optional<String> undoBefore = model.nextUndoProperty().get();
        List<org.crosscheck.model.Story> storiesBefore = List.copyOf(model.library().stories());
        interact(() -> model.importFiles(List.of(big)));
        Waits.until(() -> lookup("#statusCancel").queryAs(Button.class).isVisible());
        clickOn("#statusCancel");

        Waits.until(() -> lookup("#statusMessage").queryAs(Label.class).getText()
                .equals(Texts.get("status.importCancelled")));
        assertThat(lookup("#statusCancel").queryAs(Button.class).isVisible()).isFalse();
        assertThat(library().getItems()).hasSize(5);
        // the project as it was before: the same edit to undo, the same sources and stories
        assertThat(model.nextUndoProperty().get()).isEqualTo(undoBefore);
        assertThat(model.library().stories()).isEqualTo(storiesBefore);
    }

    @SuppressWarnings("unchecked")
    private ListView<SourceSummary> library() {
        return lookup("#libraryList").queryAs(ListView.class);
    }
}
