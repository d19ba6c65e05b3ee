package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns what the researcher chose or dropped (files and folders) into the files to import.
 * Chosen files are all tried, so a wrong one gets a message rather than silence; in folders
 * only text files are taken, and the folder's own {@code sources.json} and hidden files are skipped.
 */
public final class ImportableFiles {

    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "html", "htm", "pdf");

    private ImportableFiles() {
    }

    /** What a choice of files and folders holds: the files to import, those of other kinds, and what could not be read. */
    public record Survey(List<Path> files, List<Path> skipped, List<Unreadable> unreadable) {
    }

    /** A folder (or a file in one) that could not be listed or read, and why. */
    public record Unreadable(Path path, String reason) {
    }

    public static List<Path> expand(List<Path> chosen) {
        return survey(chosen).files();
    }

    /**
     * The files to import from what was chosen. A folder that cannot be read is one entry of
     * {@link Survey#unreadable()}, and the rest of the choice is still taken.
     */
    public static Survey survey(List<Path> chosen) {
        List<Path> files = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        for (Path path : chosen) {
            if (Files.isDirectory(path)) {
                walk(path, files, skipped, unreadable);
            } else {
                files.add(path);
            }
        }
        return new Survey(files, skipped, unreadable);
    }

    private static void walk(Path folder, List<Path> files, List<Path> skipped, List<Unreadable> unreadable) {
        List<Path> found = new ArrayList<>();
        List<Path> other = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    // hidden folders (.git, .cache) are a tool's, not the researcher's articles
                    return !directory.equals(folder) && isHidden(directory) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    // a link is taken when it leads to a file; a link in a loop leads nowhere and is left out
                    boolean regular = attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file);
                    if (!regular) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (isTextFile(file)) {
                        found.add(file);
                    } else if (!isHidden(file) && !file.getFileName().toString().equals("sources.json")) {
                        other.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    unreadable.add(new Unreadable(file, file.getFileName() + " cannot be read"
                            + (e instanceof java.nio.file.AccessDeniedException ? ": you are not allowed to open it"
                            : e instanceof java.nio.file.FileSystemLoopException ? ": it links back to a folder "
                            + "above it" : "") + "."));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unreadable.add(new Unreadable(folder, "The folder " + folder.getFileName() + " cannot be read."));
        }
        found.sort(null);
        other.sort(null);
        files.addAll(found);
        skipped.addAll(other);
    }

    private static boolean isHidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
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
