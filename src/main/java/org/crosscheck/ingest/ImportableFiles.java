package org.crosscheck.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns what the researcher chose or dropped (files and folders) into the files to import.
 * Chosen files are all tried, so a wrong one gets a message rather than silence; in folders
 * only text files are taken, and the folder's own {@code sources.json} and hidden files are skipped.
 */
public final class ImportableFiles {

    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "html", "htm", "pdf");

    private ImportableFiles() {
    }

    public static List<Path> expand(List<Path> chosen) {
        List<Path> files = new ArrayList<>();
        for (Path path : chosen) {
            if (Files.isDirectory(path)) {
                files.addAll(textFilesIn(path));
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static List<Path> textFilesIn(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(ImportableFiles::isTextFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the folder " + folder + ": " + e.getMessage(), e);
        }
    }

    static boolean isTextFile(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
