package org.crosscheck.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crosscheck.service.Workbench;
import org.crosscheck.store.ProjectFile;

/**
 * Kills edit sessions at random and checks that no committed edit is lost. Each round starts an
 * {@link EditSession} in a child process on the project, kills it with SIGKILL at a random moment
 * (while the JVM starts, while the project opens, in the middle of an import or a claim edit),
 * reopens the project here and compares it with the {@link Ledger} of everything the sessions
 * reported as committed ({@link ProjectCheck}). Every tenth round works on a new project instead
 * and is killed while that project is created and filled with the sample.
 *
 * <p>Not a test of {@code mvn verify} (it runs for minutes); see the README for the command.
 * Arguments: {@code [--rounds N] [--seed S] [--max-kill-ms M] [--dir FOLDER]}. Exit 0 when every
 * round passed, 1 when one failed (the work folder is kept for inspection).
 */
public final class KillHarness {

    private final Path folder;
    private final Random random;
    private final long maxKillMillis;
    private final ProjectCheck check = new ProjectCheck();
    private final Ledger ledger = new Ledger();

    private KillHarness(Path folder, Random random, long maxKillMillis) {
        this.folder = folder;
        this.random = random;
        this.maxKillMillis = maxKillMillis;
    }

    public static void main(String[] args) throws Exception {
        int rounds = 100;
        long seed = new Random().nextLong();
        long maxKill = 4000;
        Path folder = null;
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("arguments come in pairs: [--rounds N] [--seed S] [--max-kill-ms M] [--dir FOLDER]");
        }
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--max-kill-ms" -> maxKill = Long.parseLong(args[i + 1]);
                case "--dir" -> folder = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        folder = folder == null ? Files.createTempDirectory("crosscheck-kill-") : Files.createDirectories(folder);
        System.out.printf("Kill harness: %d rounds, seed %d (rerun with --seed %d), work folder %s%n",
                rounds, seed, seed, folder);
        int failed = new KillHarness(folder, new Random(seed), maxKill).run(rounds);
        System.exit(failed == 0 ? 0 : 1);
    }

    /** Runs the rounds; stops at the first that fails, since the ledger no longer says what is true. */
    private int run(int rounds) throws Exception {
        long committed = 0;
        int inFlightCommitted = 0;
        for (int round = 1; round <= rounds; round++) {
            boolean fresh = round % 10 == 0;
            Path project = fresh ? folder.resolve("new-" + round) : folder.resolve("project");
            Ledger roundLedger = fresh ? new Ledger() : ledger;
            RoundResult result = round(round, project, roundLedger, fresh);
            committed += result.committed();
            inFlightCommitted += result.inFlightCommitted() ? 1 : 0;
            System.out.printf("round %3d: %skilled after %5d ms, %3d edits committed, in flight: %s%s%n", round,
                    fresh ? "new project, " : "", result.killedAfter(), result.committed(), result.inFlight(),
                    result.problems().isEmpty() ? " — ok" : "");
            if (!result.problems().isEmpty()) {
                result.problems().forEach(problem -> System.out.println("    FAILED: " + problem));
                System.out.println("Kill harness failed in round " + round + "; the project is kept in " + folder);
                return 1;
            }
        }
        System.out.printf("Kill harness passed: %d rounds, %d committed edits all found after the kills "
                + "(%d edits in flight were committed whole, the others not at all); every project reopened.%n",
                rounds, committed, inFlightCommitted);
        return 0;
    }

    private record RoundResult(long killedAfter, int committed, String inFlight, boolean inFlightCommitted,
                               List<String> problems) {
    }

    private RoundResult round(int round, Path project, Ledger roundLedger, boolean fresh) throws Exception {
        Path log = folder.resolve("sessions.log");
        Files.writeString(log, "--- round " + round + "\n", java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        ChildRun child = ChildRun.start(project, folder.resolve("articles"), random.nextLong(), round,
                round * 1_000_000L, log);
        if (fresh) {
            child.awaitLine("BEGIN\topen", 60_000); // then kill while the new project is made and filled
            child.killAt(child.millisSinceStart() + random.nextInt(3000));
        } else if (random.nextInt(4) == 0) {
            child.killAt(200 + random.nextInt(4000)); // while the JVM starts or the project opens
        } else {
            child.awaitLine("COMMITTED\topen", 60_000); // then kill in the middle of the edits
            child.killAt(child.millisSinceStart() + (long) (random.nextDouble() * maxKillMillis));
        }
        long killedAfter = child.millisSinceStart();
        List<String> problems = new ArrayList<>();
        int committed = 0;
        for (String line : child.lines()) {
            committed += roundLedger.read(line) ? 1 : 0;
            if (line.startsWith("ERROR")) {
                problems.add("the session failed: " + line + " (see " + log + ")");
            }
        }
        if (child.unreadOutput() != null) {
            problems.add("the session's output could not be read to its end: " + child.unreadOutput());
        }
        Files.write(log, child.lines(), java.nio.file.StandardOpenOption.APPEND);
        if (child.exitedByItself() != null) {
            problems.add("the session ended by itself with exit code " + child.exitedByItself() + " (see " + log + ")");
        }
        Ledger.Line inFlight = roundLedger.inFlight();
        String flying = inFlight == null ? "none" : inFlight.verb() + " " + String.join(" ", inFlight.fields());
        if (flying.length() > 60) {
            flying = flying.substring(0, 57) + "...";
        }
        problems.addAll(reopen(project, roundLedger));
        return new RoundResult(killedAfter, committed, flying, roundLedger.inFlightWasCommitted(), problems);
    }

    /**
     * Opens the project as the app would, and compares it with the ledger. A project killed before
     * it was made is made now, from whatever the kill left.
     */
    private List<String> reopen(Path project, Ledger roundLedger) {
        try (Workbench workbench = Workbench.open(ProjectFile.of(project), false)) {
            return check.check(roundLedger, workbench);
        } catch (RuntimeException e) {
            return List.of("the project does not open again: " + e);
        }
    }
}
