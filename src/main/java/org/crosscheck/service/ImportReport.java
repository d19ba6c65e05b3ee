package org.crosscheck.service;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did: the files it added, those already in the project, those it could not
 * read with the reason for each, and the files in chosen folders that are of no kind it reads.
 */
public record ImportReport(List<Path> imported, List<Path> duplicates, List<Failure> failures, List<Path> skipped) {

    public ImportReport {
        imported = List.copyOf(imported);
        duplicates = List.copyOf(duplicates);
        failures = List.copyOf(failures);
        skipped = List.copyOf(skipped);
    }

    public ImportReport(List<Path> imported, List<Path> duplicates, List<Failure> failures) {
        this(imported, duplicates, failures, List.of());
    }

    ImportReport withSkipped(List<Path> files) {
        return new ImportReport(imported, duplicates, failures, files);
    }

    /** A file that could not be imported, and why, in words a researcher understands. */
    public record Failure(Path file, String reason) {
    }

    /** One line for the status bar: "Imported 3 files; 1 already in the project; 1 could not be read." */
    public String summary() {
        StringBuilder text = new StringBuilder("Imported ").append(count(imported.size(), "file"));
        if (!duplicates.isEmpty()) {
            text.append("; ").append(duplicates.size()).append(" already in the project");
        }
        if (!failures.isEmpty()) {
            text.append("; ").append(failures.size()).append(" could not be read");
        }
        if (!skipped.isEmpty()) {
            text.append("; ").append(skipped.size()).append(" skipped (not text, a web page or a PDF)");
        }
        return text.append('.').toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
