package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.service.Progress;
import org.crosscheck.service.Workbench;
import org.crosscheck.store.Backups;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The ways back to a project: a project that cannot be opened offers the copy kept beside it and
 * a JSON restore instead of only an error, and a JSON project restores as a new project.
 */
class RestoreProjectTest extends FxRobot {

    @TempDir
    Path folder;

    private Application app;

    @AfterEach
    void closeTheWindow() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void aProjectCutShortOffersItsDailyCopyAndOpensOnItWhenChosen() throws Exception {
        ProjectFile project = ProjectFile.of(folder.resolve("research"));
        Workbench.open(project, true).close();
        Workbench.open(project, true).close(); // opening again keeps the daily copy
        try (RandomAccessFile file = new RandomAccessFile(project.databaseFile().toFile(), "rw")) {
            file.setLength(file.length() - 1000); // cut part-way through its last block
        }

        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CrosscheckApp.class, "--project", project.databaseFile().toString());
        Waits.until(() -> lookup("#cannotOpenReason").tryQuery().isPresent());

        assertThat(lookup("#cannotOpenReason").queryAs(Label.class).getText()).contains("part-way through a block");
        @SuppressWarnings("unchecked")
        ListView<org.crosscheck.model.ProjectBackup> copies = lookup("#cannotOpenCopies").queryAs(ListView.class);
        assertThat(copies.getItems()).extracting(backup -> backup.file().getFileName().toString())
                .containsExactly("research.mv.db.bak");
        assertThat(lookup(".dialog-pane .button").queryAllAs(Button.class)).extracting(Button::getText)
                .contains(Texts.get("cannotOpen.restoreCopy"), Texts.get("cannotOpen.restoreJson"),
                        Texts.get("cannotOpen.quit"));

        clickOn(Texts.get("cannotOpen.restoreCopy"));

        Waits.until(() -> lookup("#libraryList").tryQuery().isPresent() && library().getItems().size() == 5);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("research.mv.db.replaced-"));
        }
    }

    @Test
    void aJsonProjectIsRestoredAsANewProjectAndHandedOnToBeOpened() throws Exception {
        Path json = folder.resolve("exported.json");
        try (Workbench workbench = Workbench.open(ProjectFile.of(folder.resolve("original")), true)) {
            workbench.projectExport().export(json, Progress.NONE);
        }
        org.crosscheck.service.ProjectPlace target = org.crosscheck.service.ProjectPlace.file(folder.resolve("restored"));
        AtomicReference<org.crosscheck.service.ProjectPlace> opened = new AtomicReference<>();
        try (WindowOnSample window = WindowOnSample.open(folder)) {
            interact(() -> window.model().restoreProject(json, target, opened::set));

            Waits.until(() -> opened.get() != null);
            assertThat(opened.get()).isEqualTo(target);
            assertThat(lookup("#statusMessage").queryAs(Label.class).getText())
                    .startsWith("Restored restored: 5 articles");
        }
        try (Workbench restored = Workbench.open(target, false)) {
            assertThat(restored.library().summaries()).hasSize(5);
        }
    }

    @SuppressWarnings("unchecked")
    private ListView<SourceSummary> library() {
        return lookup("#libraryList").queryAs(ListView.class);
    }
}
