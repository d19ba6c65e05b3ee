package org.crosscheck.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The real window, headless, on a new project made from the sample articles; closed after each test. */
abstract class SampleWindowTest extends FxRobot {

    @TempDir
    Path folder;

    private Application app;

    @BeforeEach
    void startOnANewSampleProject() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CrosscheckApp.class, "--project", folder.resolve("sample").toString());
        Waits.until(() -> lookup("#libraryList").queryAs(ListView.class).getItems().size() == 5);
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
