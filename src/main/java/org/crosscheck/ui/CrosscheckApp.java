package org.crosscheck.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.crosscheck.model.ProjectBackup;
import org.crosscheck.service.AppInfo;
import org.crosscheck.service.Cancellation;
import org.crosscheck.service.CancelledException;
import org.crosscheck.service.Progress;
import org.crosscheck.service.ProjectFromExport;
import org.crosscheck.service.Workbench;
import org.crosscheck.service.ProjectBackups;
import org.crosscheck.service.ProjectPlace;

/**
 * The desktop application. Opens the project named by {@code --project PATH}, or the default
 * project, off the JavaFX thread; a new project starts with the sample articles.
 */
public final class CrosscheckApp extends Application {

    private static final Logger LOG = Logger.getLogger(CrosscheckApp.class.getName());
    private static final String ICON = "/assets/icons/crosscheck.png";
    private static final String READ_ONLY = "--read-only";
    private static final String SETTINGS_FILE = "settings.properties";
    private static final String SETTINGS_PROPERTY = "crosscheck.settings";

    private final FxRunner runner = new FxRunner();
    private volatile Workbench workbench;
    private Splash splash;
    private MainWindow window;
    /** The model of the project the window shows, so that its watching stops when another replaces it. */
    private MainViewModel shown;
    private Settings settings = Settings.inMemory();
    private ProjectPlace startProject;
    private StartOpening startOpening;

    /**
     * Reads the researcher's settings, picks the project to open and begins opening it before the
     * JavaFX thread starts (this runs on the launcher's thread), so that thread never waits on the disk
     * for them; when {@code Launcher} began it already, before the toolkit started, that opening is taken.
     */
    @Override
    public void init() {
        List<String> arguments = getParameters().getRaw();
        startOpening = StartOpening.take(arguments).orElseGet(() -> beginOpeningFor(arguments));
        settings = startOpening.settings();
        startProject = startOpening.project();
    }

    /**
     * Begins opening the project of the window's command line now, on a thread of its own, so that it
     * overlaps the start of the JavaFX toolkit; the application takes it when it starts.
     */
    public static void beginOpening(List<String> arguments) {
        StartOpening.beginAhead(beginOpeningFor(arguments));
    }

    private static StartOpening beginOpeningFor(List<String> arguments) {
        Settings read = settingsAt(System.getProperty(SETTINGS_PROPERTY));
        ProjectPlace project = projectFrom(arguments, read.recentProjects());
        boolean onlyToRead = arguments.contains(READ_ONLY);
        return StartOpening.begin(arguments, read, project, progress -> onlyToRead ? Workbench.openForReading(project)
                : Workbench.open(project, fillsWithSample(project), progress));
    }

    @Override
    public void start(Stage stage) {
        CrashReporting.install();
        ProjectPlace project = startProject;
        splash = new Splash(Texts.get("status.opening", project.displayName()));
        stage.setTitle(Texts.get("app.title", project.displayName()));
        stage.getIcons().add(new Image(CrosscheckApp.class.getResource(ICON).toExternalForm()));
        stage.setScene(new Scene(splash.view(), 480, 160));
        stage.show();
        // an old project's migrations and a first start's sample take seconds: the splash says which step
        startOpening.hearProgress((done, total, message) -> Platform.runLater(() ->
                splash.step(message, total == 0 ? -1 : (double) done / total)));
        startOpening.whenDone((opened, error) -> Platform.runLater(() -> {
            if (error != null) {
                cannotOpenAtStart(stage, project, error);
                return;
            }
            workbench = opened;
            showWindow(stage, opened).whenLoaded(() -> LOG.info(() -> String.format(
                    "Crosscheck window ready on %s after %d ms: window mapped, library filled (%,d articles)",
                    project.displayName(), sinceLaunch(), window.articleCount())));
        }));
    }

    /**
     * The project named at start cannot be opened: say why and offer the ways back (a copy kept
     * beside it, a JSON export restored as a new project) before giving up.
     */
    private void cannotOpenAtStart(Stage stage, ProjectPlace place, Throwable error) {
        if (place.isShared()) {
            // a shared project: no copy here to fall back on; the message says what is wrong with the server
            Alert alert = new Alert(Alert.AlertType.ERROR, Notices.describe(error));
            alert.setHeaderText(Texts.get("problem.open") + ": " + place.describe());
            alert.showAndWait();
            Platform.exit();
            return;
        }
        cannotOpenFileAtStart(stage, place, error);
    }

    /** The project file named at start cannot be opened: the copies beside it, or a JSON export, are offered. */
    private void cannotOpenFileAtStart(Stage stage, ProjectPlace project, Throwable error) {
        String header = Texts.get("problem.open") + ": " + project.describe();
        if (Workbench.isHeldElsewhere(error)) {
            Alert alert = new Alert(Alert.AlertType.ERROR, Notices.describe(error));
            alert.setHeaderText(Texts.get("problem.open"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        CannotOpenDialog.Choice choice = new CannotOpenDialog(stage, header, Notices.describe(error),
                ProjectBackups.of(project), Texts.get("cannotOpen.quit")).showAndWait().orElse(new CannotOpenDialog.GiveUp());
        if (choice instanceof CannotOpenDialog.RestoreCopy copy) {
            splash.show(Texts.get("status.restoringProject", copy.backup().file().getFileName()), null);
            runner.run(() -> {
                Path kept = ProjectBackups.restore(project, copy.backup());
                return new Restored(Workbench.open(project, false), kept);
            }, restored -> {
                workbench = restored.workbench();
                showWindow(stage, restored.workbench());
                inform(stage, Texts.get("check.restored", copy.backup().file().getFileName(),
                        restored.kept().getFileName()));
            }, again -> cannotOpenFileAtStart(stage, project, again));
        } else if (choice instanceof CannotOpenDialog.RestoreJson) {
            restoreJsonAtStart(stage, project);
        } else {
            Platform.exit();
        }
    }

    /** Restores a JSON project as a new project with progress and Cancel on the splash, then opens it. */
    private void restoreJsonAtStart(Stage stage, ProjectPlace damaged) {
        java.util.Optional<Path> json = ProjectJson.chooseJson(stage,
                damaged.filePath().orElseThrow().toAbsolutePath().getParent().toFile());
        java.util.Optional<ProjectPlace> target = json.flatMap(file -> ProjectJson.chooseNewProject(stage, file));
        if (target.isEmpty()) {
            cannotOpenAtStart(stage, damaged, new IllegalStateException(Texts.get("status.restoreCancelled")));
            return;
        }
        Cancellation cancellation = new Cancellation();
        splash.show(Texts.get("status.restoringProject", json.get().getFileName()), cancellation);
        Progress progress = cancellation.watching((done, total, what) -> Platform.runLater(
                () -> splash.progress(total == 0 ? -1 : (double) done / total)));
        runner.run(() -> {
            ProjectFromExport.restore(json.get(), target.get(), progress);
            return Workbench.open(target.get(), false);
        }, opened -> {
            workbench = opened;
            stage.setTitle(Texts.get("app.title", target.get().displayName()));
            showWindow(stage, opened);
        }, error -> cannotOpenAtStart(stage, damaged, error instanceof CancelledException
                ? new IllegalStateException(Texts.get("status.restoreCancelled")) : error));
    }

    private static void inform(Stage stage, String text) {
        Alert done = new Alert(Alert.AlertType.INFORMATION, text);
        done.initOwner(stage);
        done.show();
    }

    /** A new project file starts with the sample articles; a new shared project is the team's, and starts empty. */
    private static boolean fillsWithSample(ProjectPlace project) {
        return !project.isShared();
    }

    /** Milliseconds since the Java process started, as a launch is measured from outside. */
    private static long sinceLaunch() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private MainViewModel showWindow(Stage stage, Workbench opened) {
        if (shown != null) {
            shown.stopWatching(); // the project it watched is being closed
        }
        MainViewModel model = new MainViewModel(opened, runner);
        shown = model;
        ProjectPlace place = opened.place();
        if (place.isShared()) {
            settings.addRecentServerProject(place);
        } else {
            place.filePath().ifPresent(settings::addRecentProject);
        }
        window = new MainWindow(model, settings);
        window.setProjectSwitcher((file, onlyToRead) -> switchTo(stage, file, onlyToRead));
        window.setRestorer(backup -> restore(stage, opened, backup));
        window.show(stage);
        return model;
    }

    /**
     * Opens another project in this window: the new one is opened first, so a project that cannot
     * be opened (held by another window, damaged) leaves the current one as it was.
     */
    private void switchTo(Stage stage, ProjectPlace file, boolean onlyToRead) {
        Workbench current = workbench;
        if (current != null && current.place().equals(file) && current.isReadOnly() == onlyToRead) {
            return;
        }
        if (current != null && current.place().equals(file)) {
            // the same file in the other mode: it must be let go first, as it can be held only once
            runner.run(() -> {
                current.close();
                return Boolean.TRUE;
            }, closed -> {
                workbench = null;
                switchTo(stage, file, onlyToRead);
            }, error -> LOG.warning("Could not close " + current.place().displayName()));
            return;
        }
        runner.run(() -> onlyToRead ? Workbench.openForReading(file)
                : Workbench.open(file, fillsWithSample(file)), opened -> {
            workbench = opened;
            showWindow(stage, opened);
            if (current != null) {
                runner.run(() -> {
                    current.close();
                    return Boolean.TRUE;
                }, closed -> { }, error -> LOG.warning("Could not close " + current.place().displayName()));
            }
        }, error -> cannotSwitch(stage, file, onlyToRead, error));
    }

    /** Another project cannot be opened: the open one stays, and the ways back are offered. */
    private void cannotSwitch(Stage stage, ProjectPlace place, boolean onlyToRead, Throwable error) {
        if (place.isShared()) {
            // on a server: nothing here to put back; the message says what is wrong
            Alert alert = new Alert(Alert.AlertType.ERROR, Notices.describe(error));
            alert.initOwner(stage);
            alert.setHeaderText(Texts.get("problem.open") + ": " + place.describe());
            alert.show();
            return;
        }
        cannotSwitchToFile(stage, place, onlyToRead, error);
    }

    /** Another project file cannot be opened: the open project stays, and the copies beside the file are offered. */
    private void cannotSwitchToFile(Stage stage, ProjectPlace file, boolean onlyToRead, Throwable error) {
        String header = Texts.get("problem.open") + ": " + file.describe();
        if (Workbench.isHeldElsewhere(error) || onlyToRead) {
            // held elsewhere, or only to be read: nothing here to put back
            Alert alert = new Alert(Alert.AlertType.ERROR, Notices.describe(error));
            alert.initOwner(stage);
            alert.setHeaderText(header);
            alert.show();
            return;
        }
        CannotOpenDialog.Choice choice = new CannotOpenDialog(stage, header, Notices.describe(error),
                ProjectBackups.of(file), Texts.get("cannotOpen.close")).showAndWait().orElse(new CannotOpenDialog.GiveUp());
        if (choice instanceof CannotOpenDialog.RestoreCopy copy) {
            runner.run(() -> ProjectBackups.restore(file, copy.backup()), kept -> {
                inform(stage, Texts.get("check.restored", copy.backup().file().getFileName(), kept.getFileName()));
                switchTo(stage, file, false);
            }, again -> cannotSwitch(stage, file, false, again));
        } else if (choice instanceof CannotOpenDialog.RestoreJson && window != null) {
            window.restoreProjectFromJson();
        }
    }

    /**
     * Puts a copy in the place of the open project: the project is closed first (it cannot be
     * replaced while open), kept beside the copy, and the restored project opened in its place.
     */
    private void restore(Stage stage, Workbench current, ProjectBackup backup) {
        if (current.place().isShared()) {
            return; // a shared project keeps no copies here: the server's backups are the way back
        }
        ProjectPlace file = current.place();
        runner.run(() -> {
            current.close();
            workbench = null;
            Path kept = ProjectBackups.restore(file, backup);
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
            alert.setHeaderText(Texts.get("problem.open") + ": " + file.describe());
            alert.show();
            switchTo(stage, file, false); // the project as it is, again, rather than a window on a closed one
        });
    }

    private record Restored(Workbench workbench, Path kept) {
    }

    /**
     * The researcher's settings: {@code settings.properties} in the data folder, another file when
     * {@code -Dcrosscheck.settings=FILE} names one, none kept when it says {@code none} (the tests
     * that start the whole app, so they never touch the real user's settings).
     */
    static Settings settingsAt(String chosen) {
        if ("none".equals(chosen)) {
            return Settings.inMemory();
        }
        return Settings.in(chosen == null || chosen.isBlank()
                ? AppInfo.dataFolder().resolve(SETTINGS_FILE) : Path.of(chosen));
    }

    /** Waits for queued edits to be saved, then releases the project. */
    @Override
    public void stop() {
        settings.flush();
        runner.close();
        if (workbench != null) {
            workbench.close();
        } else if (startOpening != null) {
            // closed before the start project was shown: release it once it is open
            startOpening.whenDone((opened, error) -> {
                if (opened != null) {
                    opened.close();
                }
            });
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

    /**
     * The project to open: the one named by {@code --project}, else the one open last (if its file
     * is still there), else the default project.
     */
    static ProjectPlace projectFrom(List<String> arguments, List<Path> recent) {
        int at = arguments.indexOf("--project");
        if (at >= 0 && at + 1 < arguments.size()) {
            return ProjectPlace.parse(arguments.get(at + 1));
        }
        return recent.stream().filter(java.nio.file.Files::isRegularFile).findFirst().map(ProjectPlace::file)
                .orElseGet(ProjectPlace::defaultProject);
    }
}
