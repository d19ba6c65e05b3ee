package org.crosscheck;

import javafx.application.Application;
import org.crosscheck.cli.CommandLine;
import org.crosscheck.ui.CrosscheckApp;

/**
 * The entry point of {@code crosscheck.jar} and of {@code mvn javafx:run}: a headless command when
 * the first argument names one, else the window. A plain class, not an {@link Application}, so
 * that the jar runs on a class path without the JavaFX module setup.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        org.crosscheck.store.ProblemLog.install();
        CommandLine commands = CommandLine.standard();
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            commands.printUsage(System.out);
            return;
        }
        if (commands.handles(args)) {
            System.exit(commands.run(args, System.out, System.err));
        }
        java.util.Optional<String> problem = CrosscheckApp.problemWith(java.util.Arrays.asList(args));
        if (problem.isPresent()) {
            System.err.println("crosscheck: " + problem.get());
            commands.printUsage(System.err);
            System.exit(2);
        }
        CrosscheckApp.beginOpening(java.util.Arrays.asList(args)); // while the toolkit starts
        Application.launch(CrosscheckApp.class, args);
    }
}
