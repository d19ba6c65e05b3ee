package org.crosscheck.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * An open project database, migrated to the current schema: an embedded H2 file held by this
 * process alone (the default), or a PostgreSQL database on a server that several people share.
 * Work runs through {@link #inTransaction}, one transaction per user action; callers see a
 * {@link Transaction} handle, never the JDBC connection.
 *
 * <p>Thread-safe: this process's transactions are serialised, on H2's one connection or on one
 * connection at a time from the server project's pool.
 */
public final class Database implements AutoCloseable {

    /** Flyway's progress lines mean nothing to a researcher; only its warnings are kept. Held so it is not collected. */
    private static final java.util.logging.Logger FLYWAY_LOG = quietFlyway();


    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    /** H2's code for "Database may be already in use" (another program holds the file). */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private final ProjectLocation location;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Connections connections;
    private final boolean readOnly;
    /**
     * In a shared project, the last row of each change log ({@link ChangeLog}) that this process has
     * shown: its own edits, and what others changed up to the last {@link #takeOthersChanges()}.
     */
    private ChangeLog.Position seenChange = ChangeLog.Position.START;
    /** Others' changes found before this process's own rows as it wrote them: news for the next look. */
    private final Set<ChangeTopic> othersBeforeMine = EnumSet.noneOf(ChangeTopic.class);
    /** When this process last pruned the server's change logs (System.nanoTime). */
    private long lastPruned;
    /** How often a window left open prunes the logs again, beside each opening. */
    private static final long PRUNE_EVERY_NANOS = java.util.concurrent.TimeUnit.HOURS.toNanos(1);
    /** Whether opening made the project (a new file, or the first schema in a server's database). */
    private boolean created;
    /** The full-text index, open from the first search on (or from opening, when it exists already). */
    private SearchSync search;

    private Database(ProjectLocation location, FileChannel lockChannel, FileLock lock, Connections connections,
                     boolean readOnly) {
        this.location = location;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.connections = connections;
        this.readOnly = readOnly;
    }

    /** How a project is opened: to work in it, or only to read it (a command that changes nothing). */
    public enum Access {
        /** Created when missing, migrated when older; opened read-only when the file cannot be written. */
        EDIT,
        /** Never created, never migrated, never written. */
        READ
    }

    /**
     * Opens (creating if needed) the project and brings its schema up to date; a file that
     * cannot be written opens read-only ({@link #isReadOnly()}).
     *
     * @throws ProjectLockedException if another Crosscheck holds the project
     * @throws StoreException         if the file cannot be opened or migrated
     */
    public static Database open(ProjectLocation project) {
        return open(project, Access.EDIT);
    }

    /**
     * Opens a file or a server project for {@code access}.
     *
     * @throws ProjectLockedException if another Crosscheck holds the project file
     * @throws StoreException         if it cannot be opened, or is no project this version can use
     */
    public static Database open(ProjectLocation location, Access access) {
        return open(location, access, MigrationSteps.NONE);
    }

    /** The same, telling {@code steps} of each schema migration an older project file goes through. */
    public static Database open(ProjectLocation location, Access access, MigrationSteps steps) {
        if (location instanceof ServerProject server) {
            return openServer(server, access);
        }
        return open((ProjectFile) location, access, steps);
    }

    /**
     * A shared project: no lock file (several people work in it at once) and no daily copy (the server's
     * own backups keep it); the full-text index is this user's, in the user data folder.
     */
    private static Database openServer(ServerProject server, Access access) {
        boolean readOnly = access == Access.READ;
        ServerConnections pool = ServerConnections.open(server, !readOnly, readOnly);
        Database database = new Database(server, null, null, pool, readOnly);
        database.created = pool.created();
        try {
            database.seenChange = database.inConnection("read the project's last change", connection -> {
                if (!readOnly) {
                    database.pruneLogs(connection); // before the search index catches up, so it knows what is gone
                }
                return ChangeLog.newest(connection);
            });
            if (Files.isDirectory(server.searchFolder())) {
                database.keepSearchInStep();
            }
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /**
     * Opens the project for {@code access}.
     *
     * @throws ProjectLockedException if another Crosscheck holds the project
     * @throws StoreException         if the file cannot be opened, or is no project this version can use
     */
    public static Database open(ProjectFile project, Access access) {
        return open(project, access, MigrationSteps.NONE);
    }

    private static Database open(ProjectFile project, Access access, MigrationSteps steps) {
        Path file = project.databaseFile();
        boolean exists = Files.exists(file);
        if (!exists && access == Access.READ) {
            throw new StoreException("There is no project at " + file + ".");
        }
        boolean readOnly = access == Access.READ || (exists && !Files.isWritable(file));
        FileChannel channel = null;
        try {
            channel = lockChannel(project, readOnly);
            FileLock lock = channel == null ? null : tryLock(channel);
            if (channel != null && lock == null) {
                throw new ProjectLockedException(file);
            }
            SchemaCheck.refuseWhatIsNoProject(file);
            String url = "jdbc:h2:file:" + project.h2Base() + ";DB_CLOSE_ON_EXIT=FALSE";
            if (readOnly) {
                return new Database(project, channel, lock, Connections.one(openReadOnly(url, file, access)), true);
            }
            if (exists) {
                keepDailyCopy(project);
            } else {
                NewProject.create(project);
            }
            boolean current = guardBeforeMigrating(url, project);
            if (exists) {
                settle(url);
            }
            // Our connection opens first so the database stays open while Flyway migrates it. H2 would
            // keep a commit in memory for up to half a second: a crash then lost an edit the researcher
            // saw saved (found by the kill harness). Without the delay each commit is written as it returns.
            Connection connection = DriverManager.getConnection(url + ";WRITE_DELAY=0", "sa", "");
            try {
                if (!current) {
                    migrate(url, steps);
                }
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
            Database database = new Database(project, channel, lock, Connections.one(connection), false);
            database.created = !exists;
            if (Files.isDirectory(project.searchFolder())) {
                database.keepSearchInStep(); // an index that exists is kept up to date from the first edit on
            }
            return database;
        } catch (IOException e) {
            closeQuietly(channel);
            LOG.log(Level.WARNING, "Cannot open " + file, e);
            throw new StoreException("Cannot open the project " + file + ": " + IoWords.of(e), e);
        } catch (SQLException e) {
            closeQuietly(channel);
            if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                throw new ProjectLockedException(file);
            }
            LOG.log(Level.WARNING, "Cannot open " + file, e);
            throw SqlWords.openFailure(file, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /**
     * The lock file's channel; none for a read-only project in a folder we may not write, where
     * no lock file can be made (and nothing of ours writes, so there is nothing to guard).
     */
    private static FileChannel lockChannel(ProjectFile project, boolean readOnly) throws IOException {
        try {
            Files.createDirectories(project.databaseFile().getParent());
            return FileChannel.open(project.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (java.nio.file.FileSystemException e) {
            if (readOnly) {
                return null;
            }
            throw e;
        }
    }

    /** A read-only connection to a project whose schema is exactly this version's. */
    private static Connection openReadOnly(String url, Path file, Access access) throws SQLException {
        String readOnlyUrl = url + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        Connection connection = DriverManager.getConnection(readOnlyUrl, "sa", "");
        try {
            if (SchemaVersion.isCurrent(connection)) {
                return connection;
            }
            Flyway flyway = Migrations.h2(readOnlyUrl);
            SchemaCheck.refuseNewer(flyway, file);
            SchemaCheck.refuseUnmigrated(flyway, file, access == Access.READ);
            return connection;
        } catch (RuntimeException e) {
            connection.close();
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

    /** The daily copy is a help, not a condition: a project whose copy fails still opens. */
    private static void keepDailyCopy(ProjectFile project) {
        try {
            Backups.refreshDaily(project);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot keep the daily copy of " + project.databaseFile(), e);
        }
    }

    /**
     * Opens an existing project once as H2 opens it by default and writes a checkpoint, before
     * the connection without a write delay. H2 2.5 (2.5.250 as 2.5.252) opening a file whose last
     * session was killed straight with {@code WRITE_DELAY=0} lost every later commit at the next
     * kill, and with them edits the killed session had saved (found on a project ended by SIGTERM,
     * see {@code KilledSessionEditsTest}, and by the kill harness). Once H2 has written a checkpoint
     * of such a file in its default mode, what follows is kept.
     */
    private static void settle(String url) throws SQLException {
        try (Connection first = DriverManager.getConnection(url, "sa", "");
             Statement checkpoint = first.createStatement()) {
            checkpoint.execute("CHECKPOINT");
        }
    }

    /**
     * Looks at an existing project's schema with the database closed afterwards, so that a copy
     * taken before migrating is a whole file: refuses a newer schema, keeps a copy when migrating.
     * Returns whether the schema is current already, so that there is nothing to migrate.
     */
    private static boolean guardBeforeMigrating(String url, ProjectFile project) throws SQLException {
        // read-only, so that looking writes nothing: a refused file stays byte for byte as it was
        String readOnly = url + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        try (Connection look = DriverManager.getConnection(readOnly, "sa", "")) {
            if (SchemaVersion.isCurrent(look)) {
                return true;
            }
            Flyway flyway = Migrations.h2(readOnly);
            boolean copy = SchemaCheck.pendingCopyNeeded(flyway, project.databaseFile());
            look.close();
            if (copy) {
                SchemaCheck.copyBeforeMigrating(flyway, project.databaseFile());
            }
            return false;
        }
    }

    static void migrate(String url) {
        migrate(url, MigrationSteps.NONE);
    }

    private static void migrate(String url, MigrationSteps steps) {
        try {
            if (steps == MigrationSteps.NONE) {
                Migrations.h2(url).migrate();
            } else {
                Migrations.h2(url, steps, Migrations.h2(url).info().pending().length).migrate();
            }
        } catch (RuntimeException e) {
            if (e instanceof org.flywaydb.core.api.FlywayException
                    && String.valueOf(e.getMessage()).contains("no schema history table")) {
                throw new StoreException("This file is an H2 database, but not a Crosscheck project: it has tables "
                        + "of its own. Nothing was changed.", e);
            }
            LOG.log(Level.WARNING, "Migration failed", e);
            throw new StoreException("Cannot bring the project's schema up to date; the copy kept beside it (.before-v…)"
                    + " holds it as it was. Details are in crosscheck.log.", e);
        }
    }

    /** Where the project lives: its file, or its server. */
    public ProjectLocation project() {
        return location;
    }

    /** Whether opening made this project: it holds nothing yet that anyone put there. */
    public boolean wasCreated() {
        return created;
    }

    /** Whether this is a shared project on a server, which others may change while it is open here. */
    public boolean isShared() {
        return location instanceof ServerProject;
    }

    /** Whether this project was opened only to be read: every change is refused. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * Runs work in one transaction: committed if it returns, rolled back if it throws. The work reads
     * and writes through repository methods that take the {@link Transaction} it is given.
     *
     * @param what a phrase for error messages, such as "save claim 42"
     * @throws StoreException when the database refuses the work (nothing of it is kept)
     */
    public <T> T inTransaction(String what, Work<T> work) {
        return inConnection(what, connection -> {
            Transaction transaction = new Transaction(connection);
            try {
                return work.run(transaction);
            } catch (SqlFailure failure) {
                throw failure.sqlCause();
            } finally {
                transaction.end();
            }
        });
    }

    /** The same for JDBC work inside the store (checks, tests): one transaction on one connection. */
    synchronized <T> T inConnection(String what, SqlWork<T> work) {
        Connection connection;
        try {
            connection = connections.take();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot " + what + " in " + location.describe(), e);
            throw failure(what, e);
        }
        try {
            connection.setAutoCommit(false);
            T result = work.run(connection);
            if (isShared()) {
                noteOwnChanges(connection);
            }
            connection.commit();
            if (search != null) {
                searchAfterCommit(connection);
            }
            return result;
        } catch (SQLException e) {
            rollback(connection);
            LOG.log(Level.WARNING, "Cannot " + what + " in " + location.describe(), e);
            throw failure(what, e);
        } catch (RuntimeException e) {
            rollback(connection);
            throw e;
        } finally {
            give(connection);
        }
    }

    /**
     * Before committing a shared project's transaction: when it wrote to a change log, this process's
     * position in that log moves to its own last row. The note functions' lock keeps others from adding
     * rows until it commits, so every row between the old position and its own first row is someone
     * else's, and is kept as news for {@link #takeOthersChanges()} instead of being passed over.
     */
    private void noteOwnChanges(Connection connection) throws SQLException {
        ChangeLog.Position first = ChangeLog.firstOwn(connection);
        boolean search = first.search() > 0;
        boolean changes = first.changes() > 0;
        if (!search && !changes) {
            return;
        }
        ChangeLog.Position beforeMine = new ChangeLog.Position(search ? first.search() - 1 : seenChange.search(),
                changes ? first.changes() - 1 : seenChange.changes());
        Set<ChangeTopic> news = ChangeLog.topicsBetween(connection, seenChange, beforeMine);
        if (seenChange.isBefore(ChangeLog.pruned(connection))) {
            news = ChangeTopic.all();
        }
        ChangeLog.Position newest = ChangeLog.newest(connection);
        othersBeforeMine.addAll(news);
        seenChange = new ChangeLog.Position(search ? newest.search() : seenChange.search(),
                changes ? newest.changes() : seenChange.changes());
    }

    /**
     * What others changed in the shared project since this process last looked or wrote: its articles,
     * claims and tags, and its stories, group edits, entities and aliases, speakers and grades. Every
     * kind when this process fell behind the pruning of the logs and cannot tell. The search index takes
     * their changes in as well. Always empty for a project file, which no one else can change while it is
     * open here. Blocking: a few short queries (and, once an hour, the pruning of the logs).
     */
    public synchronized Set<ChangeTopic> takeOthersChanges() {
        if (!isShared()) {
            return Set.of();
        }
        return inConnection("look for changes by others", connection -> {
            if (!readOnly && System.nanoTime() - lastPruned > PRUNE_EVERY_NANOS) {
                pruneLogs(connection);
            }
            ChangeLog.Position newest = ChangeLog.newest(connection);
            Set<ChangeTopic> news = EnumSet.noneOf(ChangeTopic.class);
            news.addAll(othersBeforeMine);
            news.addAll(ChangeLog.topicsBetween(connection, seenChange, newest));
            if (seenChange.isBefore(ChangeLog.pruned(connection))) {
                news.addAll(ChangeTopic.all()); // rows it had not read are gone: anything may have changed
            }
            seenChange = new ChangeLog.Position(Math.max(seenChange.search(), newest.search()),
                    Math.max(seenChange.changes(), newest.changes()));
            othersBeforeMine.clear();
            return news; // the index catches up after this transaction commits, as after any other
        });
    }

    /** Deletes the rows of the server's change logs that are older than {@link ChangeLog#RETENTION}. */
    private void pruneLogs(Connection connection) throws SQLException {
        lastPruned = System.nanoTime();
        ChangeLog.prune(connection, java.time.OffsetDateTime.now());
    }

    private StoreException failure(String what, SQLException e) {
        return isShared() ? new StoreException("Cannot " + what + ": " + ServerWords.reason(e) + ".", e)
                : SqlWords.workFailure(what, e);
    }

    private void give(Connection connection) {
        try {
            connections.give(connection);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Cannot give a connection back", e);
        }
    }

    /**
     * The full-text index, opened (and brought up to date, or rebuilt) on first use. Blocking: a
     * rebuild reads every article.
     */
    public ProjectSearch search() {
        return new ProjectSearch(this);
    }

    /** How long a rebuild of the index lets other work at the project between two of its batches. */
    private static final long SEARCH_PAUSE_MILLIS = 15;
    /** The index is being opened or rebuilt by one thread; another that needs it waits for it. */
    private boolean searchOpening;

    /**
     * Opens the index if it is not open yet, so that the edits from now on keep it up to date. A
     * rebuild lets go of the project between its batches ({@link SearchSync.Pause}): other work on
     * the project (on this one connection, each piece a transaction of its own) runs there, and any
     * article it changes is noted for the index as every edit is, and taken in after the rebuild.
     */
    synchronized SearchSync keepSearchInStep() {
        try {
            awaitSearchOpened();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while the search index of " + location.displayName()
                    + " was being made", e);
        }
        if (search == null) {
            Connection connection = null;
            searchOpening = true;
            long[] resumed = {System.nanoTime()};
            SearchSync.Pause pause = caughtUp -> {
                // at least as long as the batch took: the rebuild takes at most half of the time it runs beside
                long worked = java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - resumed[0]);
                long until = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(
                        Math.max(SEARCH_PAUSE_MILLIS, worked));
                do {
                    wait(SEARCH_PAUSE_MILLIS); // lets go of the lock meanwhile
                } while (System.nanoTime() < until || !caughtUp.getAsBoolean());
                resumed[0] = System.nanoTime();
            };
            try {
                connection = connections.take();
                connection.setAutoCommit(false);
                search = isShared() ? SearchSync.openShared(connection, location.searchFolder(), pause)
                        : SearchSync.open(connection, fileIndexFolder(), !readOnly, pause);
            } catch (IOException e) {
                throw new StoreException("Cannot open the search index of " + location.displayName() + ": "
                        + IoWords.of(e), e);
            } catch (SQLException e) {
                rollback(connection);
                throw failure("bring the search index up to date", e);
            } finally {
                searchOpening = false;
                notifyAll();
                if (connection != null) {
                    give(connection);
                }
            }
        }
        return search;
    }

    /** Waits (letting go of the lock meanwhile) while another thread opens or rebuilds the index. */
    private void awaitSearchOpened() throws InterruptedException {
        while (searchOpening) {
            wait();
        }
    }

    /** A project file we may not write, or in a folder we may not write, is indexed in memory. */
    private Path fileIndexFolder() {
        ProjectFile project = (ProjectFile) location;
        return readOnly && !Files.isWritable(project.databaseFile().getParent()) ? null : project.searchFolder();
    }

    /** A failure here must not make a committed edit look failed: the index is closed and caught up on next use. */
    private void searchAfterCommit(Connection connection) {
        try {
            search.afterCommit(connection);
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot update the search index of " + location.describe(), e);
            try {
                search.close();
            } catch (IOException ignored) {
                // it is opened again, and caught up from search_pending, on the next search
            }
            search = null;
        }
    }

    private static void rollback(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is what the user needs to see; a failed rollback adds nothing.
        }
    }

    /**
     * Closes the project. Never fails: every edit was committed when it was made, and a close that
     * cannot write (a full disk) loses only what H2 rolls back anyway, so it is logged, not thrown.
     */
    @Override
    public synchronized void close() {
        try {
            awaitSearchOpened(); // a rebuild lets go of the lock between its batches: close after it, not amid it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            closeSearch();
            if (location instanceof ProjectFile file && !readOnly) {
                Connection connection = connections.take();
                if (mostlyGarbage(connection)) {
                    compactAndClose(connection, file);
                }
            }
            connections.close();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot close " + location.describe() + " cleanly", e);
        } finally {
            try {
                if (lock != null) {
                    lock.release();
                }
            } catch (IOException ignored) {
                // Closing the channel releases the lock as well.
            }
            closeQuietly(lockChannel);
        }
    }

    private void closeSearch() {
        if (search == null) {
            return;
        }
        Connection connection = null;
        try {
            connection = connections.take();
            search.close(connection);
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot close the search index of " + location.describe() + " cleanly", e);
        } finally {
            if (connection != null) {
                give(connection);
            }
        }
        search = null;
    }

    /** Below this a project is small enough that what H2 leaves unused costs nothing worth waiting for. */
    private static final long COMPACT_FROM_BYTES = 16L << 20;
    /** Share of the file's chunks in use below which closing rewrites the file whole. */
    private static final int COMPACT_BELOW_FILL_PERCENT = 50;

    /**
     * Whether most of the file is space H2 no longer uses. A large import leaves the file several
     * times its data (H2 writes a new chunk for every change and reclaims old ones only bit by bit:
     * 214 MB for 25 MB of live data after importing 10,000 articles), and the compaction H2 does
     * itself when it closes gets only part of it back in the time it allows.
     */
    private static boolean mostlyGarbage(Connection connection) throws SQLException {
        long size = 0;
        int fill = 100;
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(
                "SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                        + "WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.CHUNKS_FILL_RATE')")) {
            while (row.next()) {
                if (row.getString(1).equals("info.FILE_SIZE")) {
                    size = Long.parseLong(row.getString(2));
                } else {
                    fill = Integer.parseInt(row.getString(2));
                }
            }
        } catch (NumberFormatException unexpected) {
            return false; // another H2 that words these differently: leave the file as H2 leaves it
        }
        return size >= COMPACT_FROM_BYTES && fill < COMPACT_BELOW_FILL_PERCENT;
    }

    /**
     * Closes the database with a full compaction: H2 copies the live data into a new file beside
     * the project and moves it over the project in one step, so a crash meanwhile leaves the
     * project as it was (and the half-written copy, which H2 removes when it next opens it).
     */
    private static void compactAndClose(Connection connection, ProjectFile project) throws SQLException {
        long started = System.nanoTime();
        long before = sizeOf(project.databaseFile());
        try (Statement shutdown = connection.createStatement()) {
            shutdown.execute("SHUTDOWN COMPACT");
        }
        LOG.info(() -> String.format("Compacted %s on closing: %,d → %,d bytes in %d ms", project.displayName(),
                before, sizeOf(project.databaseFile()), (System.nanoTime() - started) / 1_000_000));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
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
