package org.crosscheck.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.crosscheck.service.Workbench;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLockedException;

/**
 * The desktop application. Opens the project named by {@code --project PATH}, or the default
 * project, off the JavaFX thread; a new project starts with the sample articles.
 */
public final class CrosscheckApp extends Application {

    private static final Logger LOG = Logger.getLogger(CrosscheckApp.class.getName());
    private static final String ICON = "/assets/icons/crosscheck.png";
    private static final String READ_ONLY = "--read-only";

    private final FxRunner runner = new FxRunner();
    private volatile Workbench workbench;

    @Override
    public void start(Stage stage) {
        CrashReporting.install();
        ProjectFile project = projectFrom(getParameters().getRaw());
        Label opening = new Label(Texts.get("status.opening", project.displayName()));
        stage.setTitle(Texts.get("app.title", project.displayName()));
        stage.getIcons().add(new Image(CrosscheckApp.class.getResource(ICON).toExternalForm()));
        stage.setScene(new Scene(new StackPane(opening), 480, 160));
        stage.show();
        boolean onlyToRead = getParameters().getRaw().contains(READ_ONLY);
        runner.run(() -> onlyToRead ? Workbench.openForReading(project) : Workbench.open(project, true), opened -> {
            workbench = opened;
            showWindow(stage, opened);
            LOG.info(() -> "Crosscheck window open on " + project.displayName() + " after "
                    + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms");
        }, error -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, Notices.describe(error));
            alert.setHeaderText(error instanceof ProjectLockedException
                    ? Texts.get("problem.open") : Texts.get("problem.open") + ": " + project.databaseFile());
            alert.showAndWait();
            Platform.exit();
        });
    }

    private void showWindow(Stage stage, Workbench opened) {
        MainWindow window = new MainWindow(new MainViewModel(opened, runner));
        window.setProjectSwitcher((file, onlyToRead) -> switchTo(stage, file, onlyToRead));
        window.setRestorer(backup -> restore(stage, opened, backup));
        window.show(stage);
    }

    /**
     * Opens another project in this window: the new one is opened first, so a project that cannot
     * be opened (held by another window, damaged) leaves the current one as it was.
     */
    private void switchTo(Stage stage, ProjectFile file, boolean onlyToRead) {
        Workbench current = workbench;
        if (current != null && current.project().databaseFile().toAbsolutePath()
                .equals(file.databaseFile().toAbsolutePath()) && current.isReadOnly() == onlyToRead) {
            return;
        }
        if (current != null && current.project().equals(file)) {
            // the same file in the other mode: it must be let go first, as it can be held only once
            runner.run(() -> {
                current.close();
                return Boolean.TRUE;
            }, closed -> {
                workbench = null;
                switchTo(stage, file, onlyToRead);
            }, error -> LOG.warning("Could not close " + current.project().displayName()));
            return;
        }
        runner.run(() -> onlyToRead ? Workbench.openForReading(file) : Workbench.open(file, true), opened -> {
            workbench = opened;
            showWindow(stage, opened);
            if (current != null) {
                runner.run(() -> {
                    current.close();
                    return Boolean.TRUE;
                }, closed -> { }, error -> LOG.warning("Could not close " + current.project().displayName()));
            }
        }, error -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, Notices.describe(error));
            alert.initOwner(stage);
            alert.setHeaderText(Texts.get("problem.open") + ": " + file.databaseFile());
            alert.show();
        });
    }

    /**
     * Puts a copy in the place of the open project: the project is closed first (it cannot be
     * replaced while open), kept beside the copy, and the restored project opened in its place.
     */
    private void restore(Stage stage, Workbench current, org.crosscheck.store.Backups.Backup backup) {
        ProjectFile file = current.project();
        runner.run(() -> {
            current.close();
            workbench = null;
            java.nio.file.Path kept = org.crosscheck.store.Backups.restore(file, backup);
            return new Restored(Workbench.open(file, false), kept);
        }, restored -> {
            workbench = restored.workbench();
            showWindow(stage, restored.workbench());
            Alert done = new Alert(Alert.AlertType.INFORMATION, Texts.get("check.restored",
                    backup.file().getFileName(), restored.kept().getFileName()));
            done.initOwner(stage);
            done.show();
        }, error -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, Notices.describe(error));
            alert.initOwner(stage);
            alert.setHeaderText(Texts.get("problem.open") + ": " + file.databaseFile());
            alert.show();
            switchTo(stage, file, false); // the project as it is, again, rather than a window on a closed one
        });
    }

    private record Restored(Workbench workbench, java.nio.file.Path kept) {
    }

    /** Waits for queued edits to be saved, then releases the project. */
    @Override
    public void stop() {
        runner.close();
        if (workbench != null) {
            workbench.close();
        }
    }

    /**
     * What is wrong with the window's command line, if anything: it takes {@code --project PATH}
     * and {@code --read-only}, and a mistyped option must not silently open the default project.
     */
    public static java.util.Optional<String> problemWith(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--project")) {
                if (i + 1 >= arguments.size() || arguments.get(i + 1).startsWith("--")) {
                    return java.util.Optional.of("--project needs the path of a project");
                }
                i++;
            } else if (!argument.equals(READ_ONLY)) {
                return java.util.Optional.of("unexpected argument " + argument);
            }
        }
        return java.util.Optional.empty();
    }

    static ProjectFile projectFrom(List<String> arguments) {
        int at = arguments.indexOf("--project");
        if (at >= 0 && at + 1 < arguments.size()) {
            return ProjectFile.of(Path.of(arguments.get(at + 1)));
        }
        return ProjectFile.defaultProject();
    }
}
