package org.crosscheck.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.Extractor;
import org.crosscheck.ingest.ImportableFiles;
import org.crosscheck.ingest.TextFileReader;
import org.crosscheck.ingest.UnreadableFileException;

/**
 * Reads files and runs the extractor on them without a project (the {@code extract} command).
 * Offsets in the results index each file's text as decoded: {@code \n} line ends, no byte-order mark.
 */
public final class FileExtraction {

    /**
     * What the extractor found in one file.
     *
     * @param mentions each mention's fields as the command line prints them ({@code kind}, {@code start} …),
     *                 in text order
     */
    public record Result(Path file, List<java.util.Map<String, Object>> mentions) {

        static Result of(Path file, Extraction extraction) {
            return new Result(file, extraction.mentions().stream().map(org.crosscheck.extract.Mention::fields).toList());
        }
    }

    private FileExtraction() {
    }

    /** A file read and extracted, or why it could not be read. */
    private record Outcome(Path file, Extraction extraction, String failure) {
    }

    /**
     * Reads every file (folders expand to their articles) on every core, the results in the order
     * of the files; a file that fails is reported, in that order too, and skipped.
     */
    public static List<Result> read(List<Path> filesOrFolders, LocalDate published, BiConsumer<Path, String> failed) {
        Extractor extractor = Extractor.withDefaults();
        TextFileReader reader = new TextFileReader(); // stateless, and the extractor immutable: both shared
        ImportableFiles.Survey survey = ImportableFiles.survey(filesOrFolders);
        survey.unreadable().forEach(what -> failed.accept(what.path(), what.reason()));
        List<Outcome> outcomes = survey.files().parallelStream().map(file -> {
            try {
                return new Outcome(file, extractor.extract(reader.read(file).text(), published), null);
            } catch (UnreadableFileException e) {
                return new Outcome(file, null, e.getMessage());
            }
        }).toList();
        List<Result> results = new ArrayList<>(outcomes.size());
        for (Outcome outcome : outcomes) {
            if (outcome.failure() == null) {
                results.add(Result.of(outcome.file(), outcome.extraction()));
            } else {
                failed.accept(outcome.file(), outcome.failure());
            }
        }
        return results;
    }
}
