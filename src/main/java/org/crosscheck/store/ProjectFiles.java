package org.crosscheck.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.logging.Logger;

/**
 * Moves and discards whole closed projects: the database file with the lock and trace files beside
 * it, so a project made under a hidden name and then put in place leaves nothing behind.
 */
public final class ProjectFiles {

    private static final Logger LOG = Logger.getLogger(ProjectFiles.class.getName());

    private ProjectFiles() {
    }

    /** Whether a project of that name exists, so that making one there would replace it. */
    public static boolean exists(ProjectFile project) {
        return Files.exists(project.databaseFile());
    }

    /** Puts the closed project {@code from} under the name {@code to}, which must be free, in one move. */
    public static void move(ProjectFile from, ProjectFile to) {
        try {
            Files.move(from.databaseFile(), to.databaseFile(), StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(from.lockFile());
            Files.deleteIfExists(traceFile(from));
        } catch (IOException e) {
            throw new StoreException("Cannot put the project in place as " + to.databaseFile().getFileName() + ": "
                    + IoWords.of(e), e);
        }
    }

    /** Where H2 writes what went wrong while the project was open, if anything did. */
    private static java.nio.file.Path traceFile(ProjectFile project) {
        return java.nio.file.Path.of(project.h2Base() + ".trace.db");
    }

    /** Deletes a closed project made only for the moment, when what it was made for failed. */
    public static void discard(ProjectFile project) {
        try {
            Files.deleteIfExists(project.databaseFile());
            Files.deleteIfExists(project.lockFile());
            Files.deleteIfExists(traceFile(project));
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete " + project.databaseFile() + ": " + IoWords.of(e));
        }
    }
}
