package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Who the researcher said a speaker of an article is (see V6__citation_chains.sql): by article,
 * the speaker's name key as written → the person. Every method works inside the caller's transaction.
 */
public final class SpeakerIdentityRepository {

    /** Every confirmed identity, by article id, then by the written speaker's name key. */
    public Map<Long, Map<String, String>> all(Transaction transaction) {
        return transaction.with(connection -> all(connection));
    }

    Map<Long, Map<String, String>> all(Connection connection) throws SQLException {
        Map<Long, Map<String, String>> bySource = new HashMap<>();
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT source_id, written, person FROM speaker_identity")) {
            while (row.next()) {
                bySource.computeIfAbsent(row.getLong(1), id -> new HashMap<>()).put(row.getString(2), row.getString(3));
            }
        }
        return bySource;
    }

    /** The identity the researcher gave to {@code written} in an article; null when none. */
    public String find(Transaction transaction, long sourceId, String written) {
        return transaction.with(connection -> find(connection, sourceId, written));
    }

    String find(Connection connection, long sourceId, String written) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT person FROM speaker_identity WHERE source_id = ? AND written = ?")) {
            query.setLong(1, sourceId);
            query.setString(2, written);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** Sets who {@code written} is in an article, unsigned (a restore); a null person forgets the answer. */
    public void put(Transaction transaction, long sourceId, String written, String person) {
        transaction.run(connection -> put(connection, sourceId, written, person, Signature.NONE));
    }

    /** Sets who {@code written} is in an article, signed by {@code editor} and now; a null person forgets the answer. */
    public void put(Transaction transaction, long sourceId, String written, String person, String editor) {
        transaction.run(connection -> put(connection, sourceId, written, person, Signature.now(editor)));
    }

    /** Who last answered who {@code written} is in an article, and when; empty when nobody has. */
    public java.util.Optional<Signature> signatureOf(Transaction transaction, long sourceId, String written) {
        return transaction.with(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT edited_by, edited_at FROM speaker_identity WHERE source_id = ? AND written = ?")) {
                query.setLong(1, sourceId);
                query.setString(2, written);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? java.util.Optional.of(Signature.read(row, 1)) : java.util.Optional.<Signature>empty();
                }
            }
        });
    }

    void put(Connection connection, long sourceId, String written, String person, Signature signature) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM speaker_identity WHERE source_id = ? AND written = ?")) {
            delete.setLong(1, sourceId);
            delete.setString(2, written);
            delete.executeUpdate();
        }
        if (person == null) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO speaker_identity (source_id, written, person, edited_by, edited_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, sourceId);
            insert.setString(2, written);
            insert.setString(3, person);
            signature.bind(insert, 4);
            insert.executeUpdate();
        }
    }
}
