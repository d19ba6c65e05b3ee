package org.crosscheck.cli;

import java.io.PrintStream;

/** One headless command of {@code crosscheck.jar}: reads its arguments, prints its result, says how it went. */
interface Command {

    String name();

    /** One line of usage, as in "extract [--published YYYY-MM-DD] FILE...". */
    String usage();

    /** Runs the command; returns the process exit code (0 success, 1 partly failed, 2 bad usage). */
    int run(Arguments arguments, PrintStream out, PrintStream err);
}
