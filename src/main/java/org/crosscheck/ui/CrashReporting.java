package org.crosscheck.ui;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import org.crosscheck.service.AppInfo;

/**
 * What happens to a failure nobody expected: it is written to {@code crosscheck.log} in the user's
 * data folder and shown in a dialog, instead of vanishing into a console the researcher never sees.
 * Every edit is already saved when it is made, so the window can carry on.
 */
final class CrashReporting {

    private static final Logger LOG = Logger.getLogger("org.crosscheck");

    private CrashReporting() {
    }

    static void install() {
        Path log = AppInfo.dataFolder().resolve("crosscheck.log");
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.log(Level.SEVERE, "Unexpected failure on " + thread.getName(), error);
            if (Platform.isFxApplicationThread()) {
                show(error, log);
            } else {
                Platform.runLater(() -> show(error, log));
            }
        });
    }

    private static void show(Throwable error, Path log) {
        Alert alert = new Alert(Alert.AlertType.ERROR, Notices.describe(error) + "\n\n"
                + Texts.get("problem.unexpected.details", log));
        alert.setHeaderText(Texts.get("problem.unexpected"));
        alert.show();
    }
}
