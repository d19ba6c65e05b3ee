package org.crosscheck.service;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.crosscheck.store.Database;
import org.crosscheck.store.SettingsRepository;

/**
 * File › Export: the claims and the verdicts as CSV tables for a spreadsheet, and the verdicts as
 * ClaimReview JSON-LD for fact-check publishing (README, "Exports"); the JSON project is
 * {@link ProjectExport}. Each export reads only, so a project open read-only exports too, and is
 * written beside its file and moved over it whole, so a failed or cancelled one leaves no part
 * behind. Blocking: call from a background thread.
 */
public final class Exports {

    /** The project setting that names the researcher, the author of every ClaimReview. */
    static final String RESEARCHER_SETTING = "researcher-name";

    /** A file written, and how many rows (claims, pairs) or reviews it holds. */
    public record Exported(Path file, long count) {
    }

    @FunctionalInterface
    private interface Content {
        long write(ExportSnapshot snapshot, OutputStream out, Progress progress) throws IOException;
    }

    private final Database database;
    private final SettingsRepository settings = new SettingsRepository();

    private final java.util.function.Supplier<org.crosscheck.extract.Extractor> extractor;

    Exports(Database database, java.util.function.Supplier<org.crosscheck.extract.Extractor> extractor) {
        this.database = database;
        this.extractor = extractor;
    }

    /** The claims table (.csv): one row per claim. */
    public Exported claimsCsv(Path file, Progress progress) {
        return write(file, ".csv", progress, ClaimsCsv::write);
    }

    /** The verdicts table (.csv): one row per pair of statements with a verdict. */
    public Exported verdictsCsv(Path file, Progress progress) {
        return write(file, ".csv", progress, VerdictsCsv::write);
    }

    /** ClaimReview JSON-LD (.jsonld) by {@code researcher}, dated today. */
    public Exported claimReview(Path file, String researcher, Progress progress) {
        if (researcher == null || researcher.isBlank()) {
            throw new IllegalArgumentException("A ClaimReview names its author: give the researcher's name.");
        }
        LocalDate today = LocalDate.now();
        return write(file, ".jsonld", progress, (snapshot, out, watching) ->
                new ClaimReviewJson(snapshot).write(researcher.strip(), today, out, watching));
    }

    /** The researcher's name as last saved with the project, else the computer's user name. */
    public String researcherName() {
        return database.inTransaction("read the researcher's name", transaction ->
                settings.get(transaction, RESEARCHER_SETTING)).filter(name -> !name.isBlank())
                .orElseGet(() -> System.getProperty("user.name", ""));
    }

    /**
     * Keeps the name with the project for the next export. Not an undoable edit: it is a preference,
     * like the size of the window, and nothing the researcher compares. A read-only project keeps
     * nothing, and the name is used for this export only.
     */
    public void rememberResearcherName(String name) {
        if (database.isReadOnly() || name == null || name.isBlank()) {
            return;
        }
        database.inTransaction("save the researcher's name", transaction -> {
            settings.put(transaction, RESEARCHER_SETTING, name.strip());
            return null;
        });
    }

    private Exported write(Path file, String extension, Progress progress, Content content) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)) {
            throw new IllegalArgumentException("This export is written as a " + extension + " file, not as "
                    + file.getFileName() + ".");
        }
        progress.update(0, 1, "Reading the project");
        org.crosscheck.extract.Extractor reader = extractor.get();
        ExportSnapshot snapshot = new ExportSnapshot(new ProjectExport(database, extractor).contents(), reader);
        AtomicLong count = new AtomicLong();
        WholeFile.write(file, progress, partial -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                count.set(content.write(snapshot, out, progress));
            }
        });
        return new Exported(file, count.get());
    }
}
