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

    /** What the extractor found in one file. */
    public record Result(Path file, Extraction extraction) {
    }

    private FileExtraction() {
    }

    /** Reads every file (folders expand to their articles); a file that fails is reported and skipped. */
    public static List<Result> read(List<Path> filesOrFolders, LocalDate published, BiConsumer<Path, String> failed) {
        Extractor extractor = Extractor.withDefaults();
        TextFileReader reader = new TextFileReader();
        List<Result> results = new ArrayList<>();
        for (Path file : ImportableFiles.expand(filesOrFolders, unreadable -> failed.accept(unreadable.file(),
                unreadable.getMessage()))) {
            try {
                results.add(new Result(file, extractor.extract(reader.read(file).text(), published)));
            } catch (UnreadableFileException e) {
                failed.accept(file, e.getMessage());
            }
        }
        return results;
    }
}
