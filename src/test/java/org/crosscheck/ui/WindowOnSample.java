package org.crosscheck.ui;

import java.nio.file.Path;
import org.crosscheck.service.Workbench;
import org.crosscheck.store.ProjectFile;
import org.testfx.api.FxToolkit;

/**
 * The main window on a new sample project, built from its view model so that a test can drive
 * the model as the menus do and look at the window as the researcher would.
 */
final class WindowOnSample implements AutoCloseable {

    private final Workbench workbench;
    private final FxRunner runner;
    private final MainViewModel model;

    private WindowOnSample(Workbench workbench) {
        this.workbench = workbench;
        this.runner = new FxRunner();
        this.model = new MainViewModel(workbench, runner);
    }

    static WindowOnSample open(Path folder) throws Exception {
        return open(folder, Settings.inMemory());
    }

    /** The window with the researcher's settings in {@code settings} (a file in the test's folder). */
    static WindowOnSample open(Path folder, Settings settings) throws Exception {
        WindowOnSample window = new WindowOnSample(Workbench.open(ProjectFile.of(folder.resolve("sample")), true));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> new MainWindow(window.model, settings).show(stage));
        return window;
    }

    /** The window's one worker: work given to it waits behind whatever runs there. */
    FxRunner runner() {
        return runner;
    }

    /** The project the window has open, to change it as another person (or window) would. */
    Workbench workbench() {
        return workbench;
    }

    MainViewModel model() {
        return model;
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        model.stopWatching(); // as the app does before it closes a project
        runner.close();
        workbench.close();
    }
}
