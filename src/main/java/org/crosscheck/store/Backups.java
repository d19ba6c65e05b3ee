package org.crosscheck.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.model.ProjectBackup;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The copies of a project kept beside it: {@code NAME.mv.db.bak}, refreshed at most once a day
 * when the project is opened (a file that has just passed the opening checks, taken before
 * anything writes to it), and {@code NAME.mv.db.before-vN}, kept before a schema migration.
 * Restoring puts a copy in the project's place and keeps the project as it was under
 * {@code NAME.mv.db.replaced-TIME}, so a restore loses nothing either.
 */
public final class Backups {

    static final Duration DAILY = Duration.ofHours(24);

    private Backups() {
    }

    /** The daily copy: {@code NAME.mv.db.bak}. */
    static Path daily(ProjectFile project) {
        return project.databaseFile().resolveSibling(project.databaseFile().getFileName() + ".bak");
    }

    /** Refreshes the daily copy if it is missing or a day old; the project must be closed. */
    static void refreshDaily(ProjectFile project) throws IOException {
        Path copy = daily(project);
        Instant now = Instant.now();
        if (Files.exists(copy) && Files.getLastModifiedTime(copy).toInstant().isAfter(now.minus(DAILY))) {
            return;
        }
        Path partial = copy.resolveSibling(copy.getFileName() + ".part");
        try {
            Files.copy(project.databaseFile(), partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            // a copy cut off by a full disk must not keep the space the project needs to open
            Files.deleteIfExists(partial);
        }
        Files.setLastModifiedTime(copy, FileTime.from(now));
    }

    /** Every copy of the project there is, newest first. */
    public static List<ProjectBackup> of(ProjectFile project) {
        Path file = project.databaseFile();
        String prefix = file.getFileName().toString();
        List<ProjectBackup> found = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(file.toAbsolutePath().getParent())) {
            for (Path sibling : (Iterable<Path>) siblings::iterator) {
                String name = sibling.getFileName().toString();
                if (name.equals(prefix + ".bak") || (name.startsWith(prefix + ".before-v") && !name.endsWith(".part"))) {
                    found.add(new ProjectBackup(sibling, Files.getLastModifiedTime(sibling).toInstant()));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        found.sort(Comparator.comparing(ProjectBackup::taken).reversed());
        return found;
    }

    /**
     * Puts {@code backup} in the place of the closed project, keeping the project as it was
     * beside it; returns where it was kept.
     */
    public static Path restore(ProjectFile project, ProjectBackup backup) {
        Path file = project.databaseFile();
        Path kept = file.resolveSibling(file.getFileName() + ".replaced-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Path partial = file.resolveSibling(file.getFileName() + ".restoring");
        try {
            Files.copy(backup.file(), partial, StandardCopyOption.REPLACE_EXISTING);
            if (Files.exists(file)) {
                Files.move(file, kept);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return kept;
        } catch (IOException e) {
            throw new StoreException("Cannot restore " + file.getFileName() + " from " + backup.file().getFileName()
                    + ": " + IoWords.of(e) + ". The project was left as it was" + (Files.exists(kept)
                    ? " under " + kept.getFileName() : "") + ".", e);
        }
    }
}
