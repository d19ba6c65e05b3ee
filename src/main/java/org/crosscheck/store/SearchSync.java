package org.crosscheck.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a project's {@link SearchIndex} in step with its database. Every change to what is indexed
 * leaves its article in {@code search_pending} inside the change's own transaction (SearchTrigger);
 * after each commit the index takes those articles in, and about once a second it commits, marked
 * with the next generation, and only then are the rows removed and the generation kept in
 * {@code search_state}. On opening, an index whose generation is neither the project's nor (with
 * rows pending) the one after it is rebuilt whole: it is missing, damaged, of another layout, or
 * belongs to an older or newer copy of the project.
 *
 * <p>A shared project on a server is read by several people, each with an index of their own, so no
 * one may remove the rows as they are read ({@link #openShared}): there {@code search_pending} is a log,
 * numbered in commit order (the PostgreSQL triggers take a lock to make it so), and each index commits
 * the number of the last row it has taken in, and reads on from there: what others changed too. Rows
 * older than {@link ChangeLog#RETENTION} are pruned; an index whose position lies below what was
 * pruned is rebuilt whole.
 *
 * <p>Not thread-safe: {@link Database} calls it inside its own lock, on its one connection.
 */
final class SearchSync implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SearchSync.class.getName());
    private static final long COMMIT_EVERY_NANOS = 1_000_000_000L;
    /** Articles read and indexed at a time; between two batches of a rebuild the index lets other work in. */
    static final int BATCH = 200;

    /**
     * What a rebuild does between two batches: {@link Database} waits a moment there with its lock
     * let go, so that the window's own reads (an article clicked, the comparison) are not held up
     * behind a rebuild of thousands of articles.
     */
    interface Pause {
        Pause NONE = caughtUp -> { };

        /**
         * Lets other work in for a moment, and for as long as the batches already read are being
         * analysed ({@code caughtUp} false), so the rebuild never holds the project while it waits.
         */
        void between(java.util.function.BooleanSupplier caughtUp) throws InterruptedException;
    }

    private final SearchIndex index;
    private final boolean projectWritable;
    /** A server project's log, which this client only reads: see the class comment. */
    private final boolean sharedLog;
    private long generation;
    private long seenPending;
    private long flushedPending;
    private boolean unflushed;
    private long lastFlush = System.nanoTime();

    private final Pause pause;

    private SearchSync(SearchIndex index, boolean projectWritable, boolean sharedLog, Pause pause) {
        this.index = index;
        this.pause = pause;
        this.projectWritable = projectWritable;
        this.sharedLog = sharedLog;
    }

    /**
     * Opens the index in {@code folder} (in memory when null) and brings it up to date.
     *
     * @param projectWritable whether the project may be written (the pending rows removed)
     */
    static SearchSync open(Connection connection, Path folder, boolean projectWritable) throws IOException, SQLException {
        return open(connection, folder, projectWritable, false, Pause.NONE);
    }

    /** The same, pausing between the batches of a rebuild (see {@link Pause}). */
    static SearchSync open(Connection connection, Path folder, boolean projectWritable, Pause pause)
            throws IOException, SQLException {
        return open(connection, folder, projectWritable, false, pause);
    }

    /** Opens this user's index of a shared project in {@code folder} and brings it up to date from the log. */
    static SearchSync openShared(Connection connection, Path folder, Pause pause) throws IOException, SQLException {
        java.nio.file.Files.createDirectories(folder.getParent());
        return open(connection, folder, false, true, pause);
    }

    private static SearchSync open(Connection connection, Path folder, boolean projectWritable, boolean sharedLog,
                                   Pause pause) throws IOException, SQLException {
        SearchIndex index;
        try {
            index = SearchIndex.open(folder);
        } catch (org.apache.lucene.store.LockObtainFailedException held) {
            if (!sharedLog) {
                throw held;
            }
            // this user has the shared project open in another window too: that one keeps the folder, and
            // this one an index of its own in memory, made from the project
            LOG.info(() -> "The search index " + folder + " is in use by another window; this one keeps its own in memory");
            index = SearchIndex.open(null);
        } catch (IOException | RuntimeException damaged) {
            LOG.log(Level.WARNING, "Cannot open the search index " + folder + "; making it again", damaged);
            SearchIndex.delete(folder);
            index = SearchIndex.open(folder);
        }
        SearchSync sync = new SearchSync(index, projectWritable, sharedLog, pause);
        try {
            if (sharedLog) {
                sync.catchUpFromLog(connection);
            } else {
                sync.catchUp(connection);
            }
        } catch (IOException | SQLException | RuntimeException e) {
            index.close();
            throw e;
        }
        return sync;
    }

    private void catchUp(Connection connection) throws IOException, SQLException {
        generation = projectGeneration(connection);
        long pending = maxPending(connection);
        long committed = index.committedGeneration();
        boolean current = committed == generation || (committed == generation + 1 && pending > 0);
        if (current) {
            reindex(connection, pendingSources(connection, 0, pending));
        } else {
            LOG.info(() -> "Rebuilding the search index (index generation " + committed + ", project " + generation + ")");
            index.clear();
            reindex(connection, SearchRecords.allIds(connection), pause);
            pending = takeInChangesMadeMeanwhile(connection, pending);
            unflushed = true;
        }
        seenPending = pending;
        flush(connection, pending > 0);
    }

    /**
     * The articles changed by work that ran while a rebuild paused between its batches (their rows in
     * {@code search_pending} come after {@code upTo}), indexed again as they now are.
     *
     * @return the last pending row taken in
     */
    private long takeInChangesMadeMeanwhile(Connection connection, long upTo) throws IOException, SQLException {
        long newest = maxPending(connection);
        if (newest > upTo) {
            reindex(connection, pendingSources(connection, upTo, newest));
        }
        return Math.max(upTo, newest);
    }

    /**
     * A shared project's index is current up to the log row it committed, if every row after it is still
     * there: none was pruned ({@link ChangeLog}) before this client read it. Otherwise (new, damaged, of
     * another database, or left behind while the log was pruned) it is rebuilt, in paused batches.
     */
    private void catchUpFromLog(Connection connection) throws IOException, SQLException {
        long position = index.committedGeneration();
        long newest = ChangeLog.newest(connection).search();
        List<Long> changed = position > 0 && position <= newest ? pendingSources(connection, position, newest) : null;
        long pruned = ChangeLog.pruned(connection).search(); // after the rows it vouches for
        if (changed != null && pruned <= position) {
            reindex(connection, changed);
            seenPending = newest;
        } else {
            LOG.info(() -> "Rebuilding the search index of the shared project (index at " + position + ", log at "
                    + newest + ", pruned up to " + pruned + ")");
            index.clear();
            reindex(connection, SearchRecords.allIds(connection), pause);
            seenPending = takeInChangesMadeMeanwhile(connection, newest);
        }
        unflushed = true;
        flush(connection, false);
    }

    private void rebuild(Connection connection) throws IOException, SQLException {
        index.clear();
        reindex(connection, SearchRecords.allIds(connection));
    }

    /**
     * Takes in what others committed since, in a shared project: called between this client's own
     * transactions, so the index and the window's searches see their edits within a few seconds.
     */
    void catchUpWithOthers(Connection connection) throws IOException, SQLException {
        afterCommit(connection);
    }

    /** Takes in what the transaction just committed added to {@code search_pending}. */
    void afterCommit(Connection connection) throws IOException, SQLException {
        long pending = sharedLog ? ChangeLog.newest(connection).search() : maxPending(connection);
        if (pending > seenPending) {
            List<Long> changed = pendingSources(connection, seenPending, pending);
            if (sharedLog && ChangeLog.pruned(connection).search() > seenPending) {
                // rows this client had not read were pruned (a machine asleep for weeks): what they named is unknown
                LOG.info(() -> "Rebuilding the search index of the shared project: its log was pruned past " + seenPending);
                rebuild(connection);
            } else {
                reindex(connection, changed);
            }
            seenPending = pending;
            unflushed = true;
        }
        if (unflushed && System.nanoTime() - lastFlush > COMMIT_EVERY_NANOS) {
            flush(connection, true);
        }
    }

    SearchIndex index() {
        return index;
    }

    /** Commits the index and then forgets the pending rows it has taken in. */
    void flush(Connection connection, boolean rowsPending) throws IOException, SQLException {
        lastFlush = System.nanoTime();
        if (!unflushed && !rowsPending) {
            return;
        }
        if (sharedLog) {
            // the index says how far into the log it has read; the log is left for the others
            index.commit(seenPending);
            flushedPending = seenPending;
            unflushed = false;
            return;
        }
        if (!projectWritable) {
            // the rows stay; the index says it has taken them in, which the next opening accepts
            index.commit(generation + (rowsPending ? 1 : 0));
            unflushed = false;
            return;
        }
        index.commit(generation + 1);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement forget = connection.prepareStatement("DELETE FROM search_pending WHERE id <= ?");
             PreparedStatement keep = connection.prepareStatement("UPDATE search_state SET generation = ? WHERE id = 1")) {
            forget.setLong(1, seenPending);
            forget.executeUpdate();
            keep.setLong(1, generation + 1);
            keep.executeUpdate();
            connection.commit();
            generation++;
            flushedPending = seenPending;
            unflushed = false;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private void reindex(Connection connection, List<Long> sources) throws IOException, SQLException {
        reindex(connection, sources, Pause.NONE);
    }

    /**
     * Reads the articles in batches of {@value #BATCH} on this thread (the connection is not shared)
     * while the index analyses the batches read so far on other cores: a rebuild or a large import's
     * articles. A rebuild ({@code pause} not NONE) pauses between batches and leaves a core to the
     * window: it runs beside the researcher's work when a large project opens.
     */
    private void reindex(Connection connection, List<Long> sources, Pause pause) throws IOException, SQLException {
        if (sources.size() <= BATCH) {
            replaceAll(sources, SearchRecords.read(connection, sources));
            return;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = Math.max(1, Math.min(4, pause == Pause.NONE ? cores : cores - 1));
        java.util.concurrent.ExecutorService analysing = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.Deque<java.util.concurrent.Future<?>> queued = new java.util.ArrayDeque<>();
        List<java.util.concurrent.Future<?>> finished = new ArrayList<>();
        try {
            for (int from = 0; from < sources.size(); from += BATCH) {
                List<Long> batch = List.copyOf(sources.subList(from, Math.min(sources.size(), from + BATCH)));
                Map<Long, SearchRecords.Article> articles = SearchRecords.read(connection, batch);
                queued.add(analysing.submit(() -> {
                    replaceAll(batch, articles);
                    return null;
                }));
                if (pause != Pause.NONE && from + BATCH < sources.size()) {
                    pauseBetweenBatches(pause, () -> {
                        while (!queued.isEmpty() && queued.peek().isDone()) {
                            finished.add(queued.poll());
                        }
                        return queued.size() <= threads;
                    });
                    for (java.util.concurrent.Future<?> done : finished) {
                        waitFor(done); // at once: a failure is met here
                    }
                    finished.clear();
                }
                while (queued.size() > 2 * threads) {
                    waitFor(queued.poll());
                }
            }
            while (!queued.isEmpty()) {
                waitFor(queued.poll());
            }
        } finally {
            analysing.shutdownNow();
        }
    }

    private static void pauseBetweenBatches(Pause pause, java.util.function.BooleanSupplier caughtUp) throws IOException {
        try {
            pause.between(caughtUp);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        }
    }

    private void replaceAll(List<Long> batch, Map<Long, SearchRecords.Article> articles) throws IOException {
        for (long id : batch) {
            index.replace(id, articles.get(id));
        }
    }

    private static void waitFor(java.util.concurrent.Future<?> work) throws IOException {
        try {
            work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("cannot index the articles", e.getCause());
        }
    }

    private static long projectGeneration(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT generation FROM search_state WHERE id = 1")) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    private static long maxPending(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT COALESCE(MAX(id), 0) FROM search_pending")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static List<Long> pendingSources(Connection connection, long after, long upTo) throws SQLException {
        List<Long> sources = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT DISTINCT source_id FROM search_pending WHERE id > ? AND id <= ? ORDER BY source_id")) {
            query.setLong(1, after);
            query.setLong(2, upTo);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sources.add(rows.getLong(1));
                }
            }
        }
        return sources;
    }

    /** Commits what is left, then closes the index. */
    void close(Connection connection) throws IOException, SQLException {
        try {
            if (seenPending > flushedPending || unflushed) {
                flush(connection, seenPending > flushedPending);
            }
        } finally {
            index.close();
        }
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
