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
        runner.run(() -> Workbench.open(project, true), opened -> {
            workbench = opened;
            new MainWindow(new MainViewModel(opened, runner)).show(stage);
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

    /** Waits for queued edits to be saved, then releases the project. */
    @Override
    public void stop() {
        runner.close();
        if (workbench != null) {
            workbench.close();
        }
    }

    static ProjectFile projectFrom(List<String> arguments) {
        int at = arguments.indexOf("--project");
        if (at >= 0 && at + 1 < arguments.size()) {
            return ProjectFile.of(Path.of(arguments.get(at + 1)));
        }
        return ProjectFile.defaultProject();
    }
}
