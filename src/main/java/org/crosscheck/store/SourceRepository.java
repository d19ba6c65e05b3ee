package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.model.Grade;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceHeading;
import org.crosscheck.model.SourceMetadata;
import org.crosscheck.model.SourceSummary;

/** Sources in the project database. Every method works inside the caller's transaction. */
public final class SourceRepository {

    private static final String COLUMNS = "id, title, outlet, author, url, published_date, published_precision, "
            + "imported_from, content_hash, body, grade, notes";

    /** Inserts a source; a source with id 0 gets a new id, any other id is kept (for redo). */
    public Source insert(Transaction transaction, Source source) {
        return transaction.with(connection -> insert(connection, source));
    }

    Source insert(Connection connection, Source source) throws SQLException {
        boolean newId = source.id() == 0;
        String sql = "INSERT INTO source (" + (newId ? "" : "id, ") + "title, outlet, author, url, published_date, "
                + "published_precision, imported_from, content_hash, body, grade, notes) VALUES ("
                + (newId ? "" : "?, ") + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            int index = 1;
            if (!newId) {
                insert.setLong(index++, source.id());
            }
            insert.setString(index++, source.title());
            insert.setString(index++, source.outlet());
            insert.setString(index++, source.author());
            insert.setString(index++, source.url());
            Rows.setFuzzyDate(insert, index, source.published());
            index += 2;
            insert.setString(index++, source.importedFrom());
            insert.setString(index++, source.contentHash());
            insert.setString(index++, source.text());
            insert.setString(index++, source.grade() == null ? null : source.grade().code());
            insert.setString(index, source.notes());
            insert.executeUpdate();
            if (!newId) {
                return source;
            }
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return source.withId(keys.getLong(1));
            }
        }
    }

    /** Saves a hand edit of the source's details, signed with who made it ({@code editor}) and now. */
    public void updateMetadata(Transaction transaction, long id, SourceMetadata metadata, String editor) {
        transaction.run(connection -> updateMetadata(connection, id, metadata, Signature.now(editor)));
    }

    /**
     * Saves the details only if they are still {@code expected} (the values are the version; the row is
     * locked while they are compared), signed with {@code editor} and now: on a shared project, an undo
     * never overwrites another person's later edit of the article's details.
     *
     * @throws EditConflictException if someone else changed the details or deleted the source since; nothing is written
     */
    public void updateMetadataIfStill(Transaction transaction, long id, SourceMetadata expected, SourceMetadata metadata,
                                      String editor) {
        transaction.run(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM source WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, id);
                lock.executeQuery().close();
            }
            Optional<Source> now = find(connection, id);
            if (now.isEmpty() || !now.get().metadata().equals(expected)) {
                throw new EditConflictException("article", id, Rows.signature(connection, "source", id)
                        .map(found -> new ClaimEdit(found.by(), found.at(), 0)).orElse(null));
            }
            updateMetadata(connection, id, metadata, Signature.now(editor));
        });
    }

    /** Who last changed the source's details by hand and when; empty when there is no such source. */
    public Optional<Signature> lastEdit(Transaction transaction, long id) {
        return transaction.with(connection -> Rows.signature(connection, "source", id));
    }

    void updateMetadata(Connection connection, long id, SourceMetadata metadata) throws SQLException {
        updateMetadata(connection, id, metadata, Signature.NONE);
    }

    void updateMetadata(Connection connection, long id, SourceMetadata metadata, Signature signature)
            throws SQLException {
        String sql = "UPDATE source SET title = ?, outlet = ?, author = ?, url = ?, published_date = ?, "
                + "published_precision = ?, grade = ?, notes = ?, edited_by = ?, edited_at = ? WHERE id = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, metadata.title());
            update.setString(2, metadata.outlet());
            update.setString(3, metadata.author());
            update.setString(4, metadata.url());
            Rows.setFuzzyDate(update, 5, metadata.published());
            update.setString(7, metadata.grade() == null ? null : metadata.grade().code());
            update.setString(8, metadata.notes());
            signature.bind(update, 9);
            update.setLong(11, id);
            if (update.executeUpdate() != 1) {
                throw new SQLException("source " + id + " does not exist");
            }
        }
    }

    public Optional<Source> find(Transaction transaction, long id) {
        return transaction.with(connection -> find(connection, id));
    }

    Optional<Source> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM source WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    public Optional<Source> findByHash(Transaction transaction, String contentHash) {
        return transaction.with(connection -> findByHash(connection, contentHash));
    }

    Optional<Source> findByHash(Connection connection, String contentHash) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM source WHERE content_hash = ?";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, contentHash);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    /** The content hashes of every source, so an import can skip reading what the project has. */
    public Set<String> contentHashes(Transaction transaction) {
        return transaction.with(connection -> contentHashes(connection));
    }

    /**
     * The texts already in the project, read for an import that decides its duplicates by them: in a
     * shared project the imports of two people then take turns (a lock held until this transaction
     * ends), so the second sees what the first saved and keeps its equal texts as duplicates, instead
     * of failing whole on the texts both brought. A project file has one writer, and needs no lock.
     */
    public Set<String> contentHashesForImport(Transaction transaction) {
        return transaction.with(connection -> {
            if (Dialect.of(connection) == Dialect.POSTGRESQL) {
                try (Statement lock = connection.createStatement()) {
                    lock.execute("SELECT pg_advisory_xact_lock(7368011806)"); // one past the search log's lock
                }
            }
            return contentHashes(connection);
        });
    }

    Set<String> contentHashes(Connection connection) throws SQLException {
        Set<String> hashes = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT content_hash FROM source");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                hashes.add(row.getString(1));
            }
        }
        return hashes;
    }

    public List<Source> all(Transaction transaction) {
        return transaction.with(connection -> all(connection));
    }

    List<Source> all(Connection connection) throws SQLException {
        List<Source> sources = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM source ORDER BY id");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                sources.add(read(row));
            }
        }
        return sources;
    }

    /** The library's rows: every source with the number of its claims that are not rejected. */
    public List<SourceSummary> summaries(Transaction transaction) {
        return transaction.with(connection -> summaries(connection));
    }

    List<SourceSummary> summaries(Connection connection) throws SQLException {
        String sql = "SELECT s.id, s.title, s.outlet, s.published_date, s.published_precision, s.grade, "
                + "(SELECT COUNT(*) FROM claim c WHERE c.source_id = s.id AND c.status <> 'REJECTED') AS claims "
                + "FROM source s ORDER BY s.published_date NULLS LAST, s.title";
        List<SourceSummary> summaries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                summaries.add(new SourceSummary(row.getLong("id"), row.getString("title"), row.getString("outlet"),
                        Rows.fuzzyDate(row, "published_date", "published_precision"),
                        Grade.parse(row.getString("grade")), row.getInt("claims")));
            }
        }
        return summaries;
    }

    public int count(Transaction transaction) {
        return transaction.with(connection -> count(connection));
    }

    int count(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM source");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    public void delete(Transaction transaction, long id) {
        transaction.run(connection -> delete(connection, id));
    }

    void delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM source WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    /** When each source was imported, by source id: kept by a project's JSON copy, not part of {@link Source}. */
    public Map<Long, LocalDateTime> importedTimes(Transaction transaction) {
        return transaction.with(connection -> importedTimes(connection));
    }

    Map<Long, LocalDateTime> importedTimes(Connection connection) throws SQLException {
        Map<Long, LocalDateTime> times = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, imported_at FROM source");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                times.put(row.getLong(1), row.getTimestamp(2).toLocalDateTime());
            }
        }
        return times;
    }

    /** Sets when sources were imported (a restored project keeps the times of the original). */
    public void setImportedTimes(Transaction transaction, Map<Long, LocalDateTime> times) {
        transaction.run(connection -> setImportedTimes(connection, times));
    }

    void setImportedTimes(Connection connection, Map<Long, LocalDateTime> times) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE source SET imported_at = ? WHERE id = ?")) {
            for (Map.Entry<Long, LocalDateTime> entry : times.entrySet()) {
                update.setTimestamp(1, Timestamp.valueOf(entry.getValue()));
                update.setLong(2, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Above this many texts to read, one query for every text is quicker than one for each. */
    private static final int TEXTS_READ_ONE_BY_ONE = 200;

    /** The texts of the sources with these ids (those that exist), by id. */
    public Map<Long, String> textsOf(Transaction transaction, java.util.Set<Long> ids) {
        return transaction.with(connection -> textsOf(connection, ids));
    }

    Map<Long, String> textsOf(Connection connection, java.util.Set<Long> ids) throws SQLException {
        Map<Long, String> texts = new HashMap<>();
        if (ids.size() > TEXTS_READ_ONE_BY_ONE) {
            try (PreparedStatement query = connection.prepareStatement("SELECT id, body FROM source");
                 ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    if (ids.contains(row.getLong(1))) {
                        texts.put(row.getLong(1), row.getString(2));
                    }
                }
            }
            return texts;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT body FROM source WHERE id = ?")) {
            for (long id : ids) {
                query.setLong(1, id);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        texts.put(id, row.getString(1));
                    }
                }
            }
        }
        return texts;
    }

    /** Every source without its text, in id order: what the comparison says beside each statement. */
    public List<SourceHeading> headings(Transaction transaction) {
        return transaction.with(connection -> headings(connection));
    }

    List<SourceHeading> headings(Connection connection) throws SQLException {
        String sql = "SELECT id, title, outlet, published_date, published_precision, imported_from FROM source ORDER BY id";
        List<SourceHeading> headings = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                headings.add(new SourceHeading(row.getLong("id"), row.getString("title"), row.getString("outlet"),
                        Rows.fuzzyDate(row, "published_date", "published_precision"), row.getString("imported_from")));
            }
        }
        return headings;
    }

    private static Source read(ResultSet row) throws SQLException {
        return new Source(row.getLong("id"), row.getString("title"), row.getString("outlet"),
                row.getString("author"), row.getString("url"),
                Rows.fuzzyDate(row, "published_date", "published_precision"),
                row.getString("imported_from"), row.getString("content_hash"), row.getString("body"),
                Grade.parse(row.getString("grade")), row.getString("notes"));
    }
}
