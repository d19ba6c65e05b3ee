package org.crosscheck.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * An open project database: one embedded H2 file, migrated to the current schema, held by this
 * process alone. Work runs through {@link #inTransaction}, one transaction per user action.
 *
 * <p>Thread-safe: transactions are serialised on the one connection, which is what an embedded
 * single-user store wants (no connection pool, no interleaved writes).
 */
public final class Database implements AutoCloseable {

    /** Flyway's progress lines mean nothing to a researcher; only its warnings are kept. Held so it is not collected. */
    private static final java.util.logging.Logger FLYWAY_LOG = quietFlyway();


    /** H2's code for "Database may be already in use" (another program holds the file). */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private final ProjectFile project;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Connection connection;

    private Database(ProjectFile project, FileChannel lockChannel, FileLock lock, Connection connection) {
        this.project = project;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.connection = connection;
    }

    /**
     * Opens (creating if needed) the project and brings its schema up to date.
     *
     * @throws ProjectLockedException if another Crosscheck holds the project
     * @throws StoreException         if the file cannot be opened or migrated
     */
    public static Database open(ProjectFile project) {
        FileChannel channel = null;
        try {
            Files.createDirectories(project.databaseFile().getParent());
            channel = FileChannel.open(project.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new ProjectLockedException(project.databaseFile());
            }
            SchemaCheck.refuseWhatIsNoProject(project.databaseFile());
            if (!Files.exists(project.databaseFile())) {
                NewProject.create(project);
            }
            String url = "jdbc:h2:file:" + project.h2Base() + ";DB_CLOSE_ON_EXIT=FALSE";
            guardBeforeMigrating(url, project);
            // Our connection opens first so the database stays open while Flyway migrates it. H2 would
            // keep a commit in memory for up to half a second: a crash then lost an edit the researcher
            // saw saved (found by the kill harness). Without the delay each commit is written as it returns.
            Connection connection = DriverManager.getConnection(url + ";WRITE_DELAY=0", "sa", "");
            try {
                migrate(url);
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
            return new Database(project, channel, lock, connection);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("Cannot open the project " + project.databaseFile() + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            closeQuietly(channel);
            if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                throw new ProjectLockedException(project.databaseFile());
            }
            throw new StoreException("Cannot open the project database " + project.databaseFile()
                    + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            return null;
        }
    }

    /**
     * Looks at an existing project's schema with the database closed afterwards, so that a copy
     * taken before migrating is a whole file: refuses a newer schema, keeps a copy when migrating.
     */
    private static void guardBeforeMigrating(String url, ProjectFile project) throws SQLException {
        // read-only, so that looking writes nothing: a refused file stays byte for byte as it was
        String readOnly = url + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        try (Connection look = DriverManager.getConnection(readOnly, "sa", "")) {
            Flyway flyway = Flyway.configure().dataSource(readOnly, "sa", "").locations("classpath:db/migration").load();
            boolean copy = SchemaCheck.pendingCopyNeeded(flyway, project.databaseFile());
            look.close();
            if (copy) {
                SchemaCheck.copyBeforeMigrating(flyway, project.databaseFile());
            }
        }
    }

    static void migrate(String url) {
        try {
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        } catch (org.flywaydb.core.api.FlywayException e) {
            if (String.valueOf(e.getMessage()).contains("no schema history table")) {
                throw new StoreException("This file is an H2 database, but not a Crosscheck project: it has tables "
                        + "of its own. Nothing was changed.", e);
            }
            throw new StoreException("Cannot bring the project's schema up to date: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new StoreException("Cannot bring the project's schema up to date: " + e.getMessage(), e);
        }
    }

    public ProjectFile project() {
        return project;
    }

    /**
     * Runs work in one transaction: committed if it returns, rolled back if it throws.
     *
     * @param what a phrase for error messages, such as "save claim 42"
     */
    public synchronized <T> T inTransaction(String what, SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback();
            throw new StoreException("Cannot " + what + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is what the user needs to see; a failed rollback adds nothing.
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the project " + project.databaseFile(), e);
        } finally {
            try {
                lock.release();
            } catch (IOException ignored) {
                // Closing the channel releases the lock as well.
            }
            closeQuietly(lockChannel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing more can be done; the OS releases the lock when the process ends.
            }
        }
    }

    private static java.util.logging.Logger quietFlyway() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.flywaydb");
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }
}
