package org.crosscheck.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where the details of a failure go: {@code crosscheck.log} in the user's data folder, not the
 * console. The researcher sees a sentence on screen or standard error; the stack trace and the
 * database's own words stay in the log for whoever looks into it.
 */
public final class ProblemLog {

    /** Held so that the logger, and so its handler, is not collected. */
    private static final Logger CROSSCHECK = Logger.getLogger("org.crosscheck");
    /** The migrations' own notices ("H2 newer than Flyway has been verified with") are details too. */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");
    /** JavaFX's notices ("Unsupported JavaFX configuration" on a class path) would end up on a command's standard error. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private ProblemLog() {
    }

    /** Sends Crosscheck's log lines to the log file only; returns the file. Call once, at start. */
    public static synchronized Path install() {
        Path log = UserDataFolder.locate().resolve("crosscheck.log");
        CROSSCHECK.setUseParentHandlers(false);
        FLYWAY.setUseParentHandlers(false);
        JAVAFX.setUseParentHandlers(false);
        try {
            Files.createDirectories(log.getParent());
            FileHandler file = new FileHandler(log.toString(), 1_000_000, 1, true);
            file.setFormatter(new SimpleFormatter());
            CROSSCHECK.addHandler(file);
            FLYWAY.addHandler(file);
            JAVAFX.addHandler(file);
        } catch (IOException | SecurityException e) {
            // no log file: keep the console, so that the details are not lost altogether
            CROSSCHECK.setUseParentHandlers(true);
            FLYWAY.setUseParentHandlers(true);
            JAVAFX.setUseParentHandlers(true);
            CROSSCHECK.log(Level.WARNING, "Cannot write the log file " + log, e);
        }
        return log;
    }
}
