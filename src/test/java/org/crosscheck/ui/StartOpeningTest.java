package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.ListView;
import org.crosscheck.service.ProjectPlace;
import org.crosscheck.service.Workbench;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The launcher begins opening the project before the toolkit starts; the window then shows that very
 * project, and an opening begun for another command line is let go, so its project is not left held.
 */
class StartOpeningTest extends FxRobot {

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
    void theWindowShowsTheProjectTheLauncherBeganToOpen() throws Exception {
        ProjectFile project = ProjectFile.of(folder.resolve("sample"));
        Workbench.open(project, true).close();
        List<String> arguments = List.of("--project", project.databaseFile().toString());
        CrosscheckApp.beginOpening(arguments);

        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CrosscheckApp.class, arguments.toArray(String[]::new));

        Waits.until(() -> library().getItems().size() == 5);
        assertThat(StartOpening.take(arguments)).as("taken once, by the window").isEmpty();
    }

    @Test
    void anOpeningBegunForAnotherCommandLineIsLetGo() throws Exception {
        ProjectFile other = ProjectFile.of(folder.resolve("other"));
        Workbench.open(other, true).close();
        java.util.concurrent.atomic.AtomicReference<Workbench> begun = new java.util.concurrent.atomic.AtomicReference<>();
        List<String> otherArguments = List.of("--project", other.databaseFile().toString());
        StartOpening.beginAhead(StartOpening.begin(otherArguments, Settings.inMemory(), ProjectPlace.of(other), progress -> {
            begun.set(Workbench.open(other, false));
            return begun.get();
        }));

        assertThat(StartOpening.take(List.of("--project", folder.resolve("shown").toString()))).isEmpty();

        Waits.until(() -> begun.get() != null && isClosed(begun.get()));
        assertThat(StartOpening.take(otherArguments)).as("let go, not kept for later").isEmpty();
    }

    @Test
    void whatTheOpeningSaidBeforeTheSplashListenedIsToldAtOnceAndThenAsItGoes() throws Exception {
        FxToolkit.registerPrimaryStage();
        ProjectFile project = ProjectFile.of(folder.resolve("told"));
        java.util.concurrent.CountDownLatch listening = new java.util.concurrent.CountDownLatch(1);
        StartOpening opening = StartOpening.begin(List.of(), Settings.inMemory(), ProjectPlace.of(project), progress -> {
            progress.update(0, 3, "step 1 of 3");
            listening.await();
            progress.update(1, 3, "step 2 of 3");
            return Workbench.open(project, false);
        });
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int tries = 0; heard.isEmpty() && tries < 200; tries++) { // until the opening has said its first
            heard.clear();
            opening.hearProgress((done, total, message) -> heard.add(message)); // what it said is kept for this
            Thread.sleep(50);
        }
        listening.countDown();
        java.util.concurrent.CompletableFuture<Workbench> opened = new java.util.concurrent.CompletableFuture<>();
        opening.whenDone((workbench, error) -> opened.complete(workbench));
        opened.get(30, java.util.concurrent.TimeUnit.SECONDS).close();

        assertThat(heard).startsWith("step 1 of 3").endsWith("step 2 of 3");
    }

    private static boolean isClosed(Workbench workbench) {
        try {
            workbench.library().summaries();
            return false;
        } catch (RuntimeException closed) {
            return true;
        }
    }

    @SuppressWarnings("unchecked")
    private ListView<Object> library() {
        return lookup("#libraryList").queryAs(ListView.class);
    }
}
