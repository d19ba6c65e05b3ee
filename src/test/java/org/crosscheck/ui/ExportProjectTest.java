package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import org.crosscheck.service.ProjectImport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** File › Export › Project (JSON)… writes the JSON project off the JavaFX thread and says where in the status bar. */
class ExportProjectTest extends FxRobot {

    @TempDir
    Path folder;

    private WindowOnSample window;
    private MainViewModel model;

    @BeforeEach
    void openTheWindowOnASampleProject() throws Exception {
        window = WindowOnSample.open(folder);
        model = window.model();
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        window.close();
    }

    @Test
    void theProjectIsWrittenAsAJsonProjectAndTheStatusBarSaysWhere() {
        Path file = folder.resolve("sample.json");

        interact(() -> model.exports().exportProject(file));

        Waits.until(() -> lookup("#statusMessage").queryAs(Label.class).getText()
                .equals(Texts.get("status.exported", file)));
        assertThat(ProjectImport.isProjectFile(file)).isTrue();
    }
}
