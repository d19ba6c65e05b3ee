package org.crosscheck.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * What a project file is before anything writes to it, so that opening never damages what it
 * cannot use: an empty file or one that is no H2 database is refused untouched, a project made by
 * a newer Crosscheck is refused before its schema is touched, and a project about to be migrated
 * is first copied beside itself.
 */
final class SchemaCheck {

    /** How an H2 MVStore file begins. */
    private static final byte[] H2_HEADER = "H:2".getBytes(StandardCharsets.US_ASCII);
    /** H2 writes two header blocks of 4 KB before any data: a file no longer than that holds none. */
    private static final long H2_HEADER_BYTES = 2 * 4096;

    private SchemaCheck() {
    }

    /** Refuses a file that exists but cannot be a project, before any connection is opened. */
    static void refuseWhatIsNoProject(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        if (Files.size(file) == 0) {
            throw new StoreException("The project file " + file + " is empty: it holds no project. Nothing was "
                    + "changed. Open another project, or delete this file to start a new project under its name.");
        }
        byte[] start = new byte[H2_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(start, 0, start.length);
            if (read < start.length || !Arrays.equals(start, H2_HEADER)) {
                throw new StoreException("The file " + file + " is not a Crosscheck project (it is no H2 database). "
                        + "Nothing was changed.");
            }
        }
        if (Files.size(file) <= H2_HEADER_BYTES) {
            // H2 cannot open it read-only ("The database is read only"): an older Crosscheck stopped while making it
            throw new StoreException("The project file " + file + " holds no project: Crosscheck stopped while it was "
                    + "being made. Nothing was changed. Open another project, or delete this file to start a new "
                    + "project under its name.");
        }
        String damage = FileShape.damage(file);
        if (damage != null) {
            throw damaged(file, damage);
        }
    }

    /** The words for a project file H2 cannot read whole. */
    static StoreException damaged(Path file, String why) {
        return new StoreException("The project file " + file + " is damaged: " + why + ". Nothing was changed. "
                + "Restore it from a backup (a copy named " + file.getFileName() + ".before-v… beside it, if "
                + "Crosscheck kept one), or from a JSON export of it (File › Restore project from JSON…, or "
                + "import --project NEW FILE.json), or open another project.");
    }

    /**
     * Refuses a schema newer than this version knows; says whether migrations are pending for a
     * project that has a schema already (and so a copy should be kept first).
     */
    static boolean pendingCopyNeeded(Flyway flyway, Path file) {
        refuseNewer(flyway, file);
        return flyway.info().current() != null && flyway.info().pending().length > 0;
    }

    /** Refuses a schema newer than this version knows. */
    static void refuseNewer(Flyway flyway, Path file) {
        refuseNewer(flyway, file.toString());
    }

    /** Refuses a schema newer than this version knows, in the project named {@code project}. */
    static void refuseNewer(Flyway flyway, String file) {
        for (MigrationInfo migration : flyway.info().applied()) {
            if (migration.getState() == MigrationState.FUTURE_SUCCESS || migration.getState() == MigrationState.FUTURE_FAILED) {
                throw new StoreException("The project " + file + " was made by a newer Crosscheck (its schema is at "
                        + "version " + migration.getVersion() + "). Open it with that version; this one left it as it was.");
            }
        }
    }

    /**
     * Refuses, for reading only, a file whose schema is not exactly this version's: an H2 file of
     * someone else's, or a project that would need migrating, which reading must not do.
     */
    static void refuseUnmigrated(Flyway flyway, Path file, boolean onlyReading) {
        refuseUnmigrated(flyway, file.toString(), onlyReading);
    }

    /** As {@link #refuseUnmigrated(Flyway, Path, boolean)}, for the project named {@code file}. */
    static void refuseUnmigrated(Flyway flyway, String file, boolean onlyReading) {
        if (flyway.info().current() == null) {
            throw new StoreException("The file " + file + " is an H2 database, but not a Crosscheck project. "
                    + "Nothing was changed.");
        }
        if (flyway.info().pending().length > 0) {
            throw new StoreException(onlyReading
                    ? "The project " + file + " was made by an older Crosscheck and must be brought up to date "
                            + "before it can be read. Open it once in the window, or import into it (a copy is kept "
                            + "first); this command changes nothing."
                    : "The project " + file + " cannot be written, and it was made by an older Crosscheck, so it "
                            + "cannot be brought up to date. Make the file writable, or copy it somewhere you can "
                            + "write, and open it again.");
        }
    }

    /** Copies the closed project file to {@code NAME.mv.db.before-vN} (N its schema version), once. */
    static void copyBeforeMigrating(Flyway flyway, Path file) {
        Path backup = file.resolveSibling(file.getFileName() + ".before-v" + flyway.info().current().getVersion());
        if (Files.exists(backup)) {
            return;
        }
        try {
            Files.copy(file, backup, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new StoreException("Cannot keep a copy of the project before bringing it up to date (" + backup
                    + "): " + e.getMessage() + ". Nothing was changed.", e);
        }
    }
}
