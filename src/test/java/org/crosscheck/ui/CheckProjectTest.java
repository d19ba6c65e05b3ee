package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.service.Workbench;
import org.crosscheck.store.Backups;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Help › Check project reads the project, says it is whole, and restores it from the daily copy. */
class CheckProjectTest extends FxRobot {

    @TempDir
    Path folder;

    private Application app;

    @BeforeEach
    void reopenASampleProject() throws Exception {
        ProjectFile project = ProjectFile.of(folder.resolve("sample"));
        Workbench.open(project, true).close();
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CrosscheckApp.class, "--project", project.databaseFile().toString());
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
    void theCheckFindsNoDamageAndTheDailyCopyRestoresTheProject() throws Exception {
        clickOn("Help").clickOn("Check project…");
        Waits.until(() -> lookup("#checkFindings").tryQuery().isPresent());
        assertThat(lookup("#checkFindings").queryAs(Label.class).getText()).startsWith("No damage found:")
                .contains("its 5 articles");
        @SuppressWarnings("unchecked")
        ListView<org.crosscheck.model.ProjectBackup> copies = lookup("#checkBackups").queryAs(ListView.class);
        assertThat(copies.getItems()).extracting(backup -> backup.file().getFileName().toString())
                .containsExactly("sample.mv.db.bak");

        assertThat(lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class))
                .extracting(javafx.scene.control.Button::getText)
                .contains(Texts.get("check.restore"), Texts.get("cannotOpen.restoreJson"));

        interact(() -> copies.getSelectionModel().select(0));
        clickOn(Texts.get("check.restore"));

        Waits.until(() -> lookup(".dialog-pane .content").queryAll().stream().anyMatch(node ->
                node instanceof Label label && label.getText().startsWith("Restored from sample.mv.db.bak")));
        Waits.until(() -> library().getItems().size() == 5);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("sample.mv.db.replaced-"));
        }
    }

    @SuppressWarnings("unchecked")
    private ListView<SourceSummary> library() {
        return lookup("#libraryList").queryAs(ListView.class);
    }
}
