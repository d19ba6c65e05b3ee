package org.crosscheck.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.crosscheck.service.AppInfo;

/**
 * The headless side of {@code crosscheck.jar}: {@code java -jar crosscheck.jar COMMAND ...}. Results
 * go to standard output (JSON or files), problems to standard error, and the exit code says how it went.
 */
public final class CommandLine {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(CommandLine.class.getName());

    private static final String VERSION = "--version";

    private final List<Command> commands;

    private CommandLine(List<Command> commands) {
        this.commands = commands;
    }

    public static CommandLine standard() {
        return new CommandLine(List.of(new ExtractCommand(), new ImportCommand(), new CompareCommand(),
                new TimelineCommand(), new ReportCommand(), new ExportCommand(), new SearchCommand(),
                new SpeakersCommand()));
    }

    /**
     * Whether the command line is for the headless side, never the window: a first word that is
     * no option (a command, or a mistyped one, which must not open a window) or {@code --version}.
     */
    public boolean handles(String[] args) {
        return args.length > 0 && (!args[0].startsWith("-") || args[0].equals(VERSION));
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args[0].equals("help")) {
            printUsage(out);
            return 0;
        }
        if (args[0].equals(VERSION)) {
            if (args.length > 1) {
                err.println("crosscheck: --version takes nothing after it");
                return 2;
            }
            out.println("crosscheck " + AppInfo.version());
            return 0;
        }
        Optional<Command> found = find(args[0]);
        if (found.isEmpty()) {
            err.println("crosscheck: unknown command " + args[0]);
            printUsage(err);
            return 2;
        }
        Command command = found.get();
        try {
            return command.run(parse(command, Arrays.asList(args).subList(1, args.length)), out, err);
        } catch (UsageException e) {
            err.println("crosscheck " + command.name() + ": " + e.getMessage());
            err.println("usage: java -jar crosscheck.jar " + command.usage());
            return 2;
        } catch (RuntimeException e) {
            // the sentence to standard error, the stack trace to the log: a script's user reads the first
            LOG.log(java.util.logging.Level.WARNING, "crosscheck " + command.name() + " failed", e);
            err.println("crosscheck " + command.name() + ": " + (e.getMessage() == null || e.getMessage().isBlank()
                    ? "it failed unexpectedly; the details are in crosscheck.log" : e.getMessage()));
            return 1;
        }
    }

    public void printUsage(PrintStream out) {
        out.println("Usage: java -jar crosscheck.jar [--project PATH] [--read-only]   opens the window");
        out.println("       java -jar crosscheck.jar --version");
        for (Command command : commands) {
            out.println("       java -jar crosscheck.jar " + command.usage());
        }
    }

    private Arguments parse(Command command, List<String> words) {
        Arguments arguments = Arguments.parse(words, optionsOf(command));
        // only a command whose usage takes "FILE...", "DIR..." or a QUERY has plain arguments; a stray word is a mistake
        boolean takesFiles = command.usage().contains("FILE...") || command.usage().contains("DIR...")
                || command.usage().contains("QUERY");
        if (!takesFiles && !arguments.plain().isEmpty()) {
            throw new UsageException("unexpected argument " + arguments.plain().get(0));
        }
        return arguments;
    }

    /** The options a command's usage line mentions: "--published", "--project" … */
    private static List<String> optionsOf(Command command) {
        return Arrays.stream(command.usage().split("[\\s\\[\\]|]+"))
                .filter(word -> word.startsWith("--"))
                .map(word -> word.substring(2))
                .toList();
    }

    private Optional<Command> find(String name) {
        return commands.stream().filter(command -> command.name().equals(name)).findFirst();
    }
}
