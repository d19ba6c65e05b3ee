package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A shared project's two change logs, as a client reads them: {@code search_pending} (articles whose
 * indexed words changed, V5) and {@code change_log} (every other kind of change, by topic, V11). Both
 * are numbered in commit order, and each client keeps how far it has read. Rows older than
 * {@link #RETENTION} are pruned, and {@code change_log_state} keeps how far: a client whose position
 * lies below that may have missed rows, and takes in everything again instead.
 *
 * <p>Stateless; every method works in the caller's transaction.
 */
final class ChangeLog {

    private static final Logger LOG = Logger.getLogger(ChangeLog.class.getName());

    /**
     * How long a row is kept: far longer than any client waits between two looks (a few seconds while a
     * window is open), so only a project left closed that long (or a machine asleep with it open) finds
     * its rows gone, and rebuilds its search index from the project once.
     */
    static final Duration RETENTION = Duration.ofDays(30);

    /** How far each log reaches: {@code search} in {@code search_pending}, {@code changes} in {@code change_log}. */
    record Position(long search, long changes) {

        static final Position START = new Position(0, 0);

        /** Whether a reader at this position may have missed rows that pruning took away. */
        boolean isBefore(Position pruned) {
            return search < pruned.search || changes < pruned.changes;
        }
    }

    private ChangeLog() {
    }

    /** The newest row of each log, or how far it was pruned when no row is left. */
    static Position newest(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(
                "SELECT (SELECT COALESCE(MAX(id), 0) FROM search_pending), (SELECT COALESCE(MAX(id), 0) FROM change_log), "
                        + "search_pruned_through, change_pruned_through FROM change_log_state WHERE id = 1")) {
            row.next();
            return new Position(Math.max(row.getLong(1), row.getLong(3)), Math.max(row.getLong(2), row.getLong(4)));
        }
    }

    /**
     * How far each log was pruned. Read it after the rows it is to vouch for: a prune that commits in
     * between then shows here, and the reader takes everything in again rather than trusting rows it missed.
     */
    static Position pruned(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(
                "SELECT search_pruned_through, change_pruned_through FROM change_log_state WHERE id = 1")) {
            row.next();
            return new Position(row.getLong(1), row.getLong(2));
        }
    }

    /** The kinds of change logged in rows after {@code from} up to {@code upTo}, of both logs. */
    static Set<ChangeTopic> topicsBetween(Connection connection, Position from, Position upTo) throws SQLException {
        Set<ChangeTopic> topics = EnumSet.noneOf(ChangeTopic.class);
        if (upTo.search() > from.search() && anyRow(connection, "search_pending", from.search(), upTo.search())) {
            topics.add(ChangeTopic.ARTICLES);
        }
        if (upTo.changes() > from.changes()) {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT DISTINCT topic FROM change_log WHERE id > ? AND id <= ?")) {
                query.setLong(1, from.changes());
                query.setLong(2, upTo.changes());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ChangeTopic.ofLogged(rows.getString(1)).ifPresent(topics::add);
                    }
                }
            }
        }
        return topics;
    }

    private static boolean anyRow(Connection connection, String log, long after, long upTo) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM " + log + " WHERE id > ? AND id <= ? FETCH FIRST 1 ROWS ONLY")) {
            query.setLong(1, after);
            query.setLong(2, upTo);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * In a transaction about to commit on PostgreSQL: the first row it wrote to each log (0 where it
     * wrote none), as the note functions keep it. Every row before those that the client has not read
     * is someone else's, committed before this transaction took the logs' lock.
     */
    static Position firstOwn(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(
                "SELECT current_setting('crosscheck.first_search', true), current_setting('crosscheck.first_change', true)")) {
            row.next();
            return new Position(number(row.getString(1)), number(row.getString(2)));
        }
    }

    private static long number(String setting) {
        return setting == null || setting.isEmpty() ? 0 : Long.parseLong(setting);
    }

    /**
     * Deletes the rows of both logs noted before {@code now} less {@link #RETENTION}, oldest first, and
     * records how far; returns how many went. Safe beside readers and writers: writers add rows after
     * these, and a reader that had not read them sees the new mark and reads everything again.
     */
    static int prune(Connection connection, OffsetDateTime now) throws SQLException {
        OffsetDateTime before = now.minus(RETENTION).withOffsetSameInstant(ZoneOffset.UTC);
        int gone = 0;
        for (String log : new String[] {"search_pending", "change_log"}) {
            long through;
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COALESCE(MAX(id), 0) FROM " + log + " WHERE noted_at < ?")) {
                query.setObject(1, before);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    through = row.getLong(1);
                }
            }
            if (through == 0) {
                continue;
            }
            String mark = log.equals("search_pending") ? "search_pruned_through" : "change_pruned_through";
            try (PreparedStatement keep = connection.prepareStatement(
                    "UPDATE change_log_state SET " + mark + " = ? WHERE id = 1 AND " + mark + " < ?");
                 PreparedStatement delete = connection.prepareStatement("DELETE FROM " + log + " WHERE id <= ?")) {
                keep.setLong(1, through);
                keep.setLong(2, through);
                keep.executeUpdate(); // first: it locks the row, so two people pruning at once take turns
                delete.setLong(1, through);
                gone += delete.executeUpdate();
            }
        }
        if (gone > 0) {
            int count = gone;
            LOG.info(() -> "Pruned " + count + " rows older than " + RETENTION.toDays() + " days from the change logs");
        }
        return gone;
    }
}
