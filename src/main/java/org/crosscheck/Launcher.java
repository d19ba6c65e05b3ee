package org.crosscheck;

import javafx.application.Application;
import org.crosscheck.ui.CrosscheckApp;

/**
 * The entry point of {@code crosscheck.jar} and of {@code mvn javafx:run}. A plain class, not an
 * {@link Application}, so that the jar runs on a classpath without the JavaFX module setup.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println("Usage: java -jar crosscheck.jar [--project PATH]");
            System.out.println("Opens the Crosscheck window on the project PATH (an H2 file, NAME.mv.db),");
            System.out.println("or on the default project in the user's data folder.");
            return;
        }
        Application.launch(CrosscheckApp.class, args);
    }
}
