package org.crosscheck.harness;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.service.ImportReport;
import org.crosscheck.service.Progress;
import org.crosscheck.service.Workbench;
import org.crosscheck.store.ProjectFile;

/**
 * The child process of {@link KillHarness}: opens a project as the app does and makes random edits
 * through the services until it is killed. Before each edit it prints {@code BEGIN} with what it
 * is about to do, and after the service call returns (the edit is committed) {@code COMMITTED}
 * with what was done; fields are separated by tabs. Nothing else goes to standard output.
 *
 * <p>Arguments: project, folder for new articles, seed, round, first note number.
 */
public final class EditSession {

    /** A child the harness forgot (it died itself) must not edit forever. */
    private static final long LIFETIME_MILLIS = 60_000;

    private final Workbench workbench;
    private final Random random;
    private final PrintStream out;
    private final Path articles;
    private final int round;
    private long noteNumber;
    private int made;

    private EditSession(Workbench workbench, Random random, PrintStream out, Path articles, int round, long firstNote) {
        this.workbench = workbench;
        this.random = random;
        this.out = out;
        this.articles = articles;
        this.round = round;
        this.noteNumber = firstNote;
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path articles = Files.createDirectories(Path.of(args[1]));
        Random random = new Random(Long.parseLong(args[2]));
        // autoflush on every line, straight to the descriptor: a line printed is a line the parent can read
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        ProjectFile file = ProjectFile.of(project);
        String opening = Files.exists(file.databaseFile()) ? "existing" : "new";
        say(out, "BEGIN", "open", opening);
        try (Workbench workbench = Workbench.open(file, true)) {
            say(out, "COMMITTED", "open", opening);
            EditSession session = new EditSession(workbench, random, out, articles, Integer.parseInt(args[3]),
                    Long.parseLong(args[4]));
            long end = System.currentTimeMillis() + LIFETIME_MILLIS;
            while (System.currentTimeMillis() < end) {
                session.editOnce();
                Thread.sleep(random.nextInt(10)); // a researcher between two edits, sped up
            }
        } catch (RuntimeException e) {
            say(out, "ERROR", String.valueOf(e));
            e.printStackTrace();
            System.exit(3);
        }
    }

    private void editOnce() throws Exception {
        int dice = random.nextInt(100);
        List<SourceSummary> library = workbench.library().summaries();
        if (dice < 12 || library.isEmpty()) {
            importArticles();
            return;
        }
        long sourceId = library.get(random.nextInt(library.size())).id();
        List<Claim> claims = workbench.claims().claimsOf(sourceId);
        if (dice < 40) {
            tag(sourceId);
        } else if (dice < 60 && !claims.isEmpty()) {
            note(claims.get(random.nextInt(claims.size())));
        } else if (dice < 82) {
            claims.stream().filter(claim -> claim.status() == ClaimStatus.SUGGESTED).findAny().ifPresent(this::judge);
        } else if (dice < 87) {
            say(out, "BEGIN", "accept-all", sourceId);
            int accepted = workbench.claims().acceptAll(sourceId);
            say(out, "COMMITTED", "accept-all", sourceId, accepted);
        } else {
            claims.stream().filter(claim -> claim.origin() == ClaimOrigin.MANUAL).findAny().ifPresent(this::delete);
        }
    }

    private void importArticles() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            String name = "r" + round + "-" + (++made);
            files.add(Files.writeString(articles.resolve(name + ".txt"), HarnessArticles.article(name, random)));
        }
        say(out, "BEGIN", withVerb("import", files));
        ImportReport report = workbench.imports().importFiles(files, Progress.NONE);
        if (!report.failures().isEmpty() || !report.duplicates().isEmpty()) {
            throw new IllegalStateException("the import of new articles went wrong: " + report.failures()
                    + " " + report.duplicates());
        }
        say(out, "COMMITTED", withVerb("import", report.imported()));
    }

    private void tag(long sourceId) {
        String text = workbench.library().source(sourceId).text();
        int start = random.nextInt(text.length());
        int end = Math.min(text.length(), start + 1 + random.nextInt(30));
        ClaimKind kind = ClaimKind.values()[random.nextInt(ClaimKind.values().length)];
        if (text.substring(start, end).isBlank()) {
            return; // the service refuses a selection of blanks; nothing to commit
        }
        say(out, "BEGIN", "tag", sourceId, start, end, kind);
        Claim claim = workbench.claims().tag(sourceId, start, end, kind);
        say(out, "COMMITTED", "tag", claim.id(), sourceId, claim.start(), claim.end(), kind);
    }

    private void note(Claim claim) {
        long number = ++noteNumber;
        say(out, "BEGIN", "note", claim.id(), number);
        workbench.claims().update(new Claim(claim.id(), claim.sourceId(), claim.start(), claim.end(), claim.kind(),
                claim.status(), claim.origin(), claim.subject(), claim.speaker(), claim.outlet(), claim.place(),
                claim.refersTo(), claim.quantity(), claim.tagIds(), Ledger.NOTE_PREFIX + number));
        say(out, "COMMITTED", "note", claim.id(), number);
    }

    private void judge(Claim suggestion) {
        ClaimStatus verdict = random.nextBoolean() ? ClaimStatus.CONFIRMED : ClaimStatus.REJECTED;
        say(out, "BEGIN", "status", suggestion.id(), verdict);
        if (verdict == ClaimStatus.CONFIRMED) {
            workbench.claims().confirm(suggestion.id());
        } else {
            workbench.claims().reject(suggestion.id());
        }
        say(out, "COMMITTED", "status", suggestion.id(), verdict);
    }

    private void delete(Claim manual) {
        say(out, "BEGIN", "delete", manual.id());
        workbench.claims().delete(manual.id());
        say(out, "COMMITTED", "delete", manual.id());
    }

    private static Object[] withVerb(String verb, List<Path> files) {
        List<Object> fields = new ArrayList<>(List.of(verb));
        fields.addAll(files);
        return fields.toArray();
    }

    private static void say(PrintStream out, String what, Object... fields) {
        StringBuilder line = new StringBuilder(what);
        for (Object field : fields) {
            line.append('\t').append(field);
        }
        out.println(line);
    }
}
