package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns what the researcher chose or dropped (files and folders) into the files to import.
 * Chosen files are all tried, so a wrong one gets a message rather than silence; in folders
 * only text files are taken, and the folder's own {@code sources.json} and hidden files are skipped.
 */
public final class ImportableFiles {

    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "html", "htm", "pdf");

    private ImportableFiles() {
    }

    /**
     * The files to import, in order. A folder, or a folder inside one, that cannot be listed is
     * handed to {@code unreadable} with the reason, and the rest is still taken.
     */
    public static List<Path> expand(List<Path> chosen, Consumer<UnreadableFileException> unreadable) {
        List<Path> files = new ArrayList<>();
        for (Path path : chosen) {
            if (Files.isDirectory(path)) {
                files.addAll(textFilesIn(path, unreadable));
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static List<Path> textFilesIn(Path folder, Consumer<UnreadableFileException> unreadable) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    // a link is taken when it leads to a file; a link in a loop leads nowhere and is left out
                    boolean regular = attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file);
                    if (regular && isTextFile(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // a folder nobody may open: what else the folder holds still imports
                    unreadable.accept(new UnreadableFileException(file, e instanceof AccessDeniedException
                            ? "cannot be opened: permission denied; nothing in it was imported."
                            : "cannot be read; nothing in it was imported.", e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unreadable.accept(new UnreadableFileException(folder, "cannot be read; its files were not imported.", e));
        }
        found.sort(null);
        return found;
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
