package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.model.SpeakerMerge;

/**
 * The researcher's answers to whether speakers of two articles are one person (see
 * V10__speaker_merges.sql). Every method works inside the caller's transaction.
 */
public final class SpeakerMergeRepository {

    /** Every answer, in no particular order. */
    public List<SpeakerMerge> all(Transaction transaction) {
        return transaction.with(SpeakerMergeRepository::all);
    }

    static List<SpeakerMerge> all(Connection connection) throws SQLException {
        List<SpeakerMerge> merges = new ArrayList<>();
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(
                "SELECT source_id, written, other_source_id, other_written, decision FROM speaker_merge")) {
            while (row.next()) {
                merges.add(new SpeakerMerge(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4),
                        "SAME".equals(row.getString(5))));
            }
        }
        return merges;
    }

    /** Who gave the answer about these two speakers, and when; empty when none was given. */
    public Optional<Signature> signatureOf(Transaction transaction, SpeakerMerge merge) {
        return transaction.with(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT edited_by, edited_at FROM speaker_merge"
                    + " WHERE source_id = ? AND written = ? AND other_source_id = ? AND other_written = ?")) {
                bindKey(query, merge);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(Signature.read(row, 1)) : Optional.<Signature>empty();
                }
            }
        });
    }

    /** Keeps {@code merge} in place of any answer about the same two speakers, signed by {@code editor} and now. */
    public void put(Transaction transaction, SpeakerMerge merge, String editor) {
        transaction.run(connection -> put(connection, merge, Signature.now(editor)));
    }

    /** Keeps {@code merge} unsigned (a restore: who answered is not carried). */
    public void put(Transaction transaction, SpeakerMerge merge) {
        transaction.run(connection -> put(connection, merge, Signature.NONE));
    }

    /** Forgets the answer about the two speakers of {@code merge}, whichever way round it was kept. */
    public void forget(Transaction transaction, SpeakerMerge merge) {
        transaction.run(connection -> forget(connection, merge));
    }

    private static void put(Connection connection, SpeakerMerge merge, Signature signature) throws SQLException {
        forget(connection, merge);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO speaker_merge (source_id, written,"
                + " other_source_id, other_written, decision, edited_by, edited_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int next = bindKey(insert, merge);
            insert.setString(next, merge.same() ? "SAME" : "APART");
            signature.bind(insert, next + 1);
            insert.executeUpdate();
        }
    }

    private static void forget(Connection connection, SpeakerMerge merge) throws SQLException {
        SpeakerMerge reversed = new SpeakerMerge(merge.otherSourceId(), merge.otherWritten(), merge.sourceId(),
                merge.written(), merge.same());
        for (SpeakerMerge either : List.of(merge, reversed)) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM speaker_merge"
                    + " WHERE source_id = ? AND written = ? AND other_source_id = ? AND other_written = ?")) {
                bindKey(delete, either);
                delete.executeUpdate();
            }
        }
    }

    private static int bindKey(PreparedStatement statement, SpeakerMerge merge) throws SQLException {
        statement.setLong(1, merge.sourceId());
        statement.setString(2, merge.written());
        statement.setLong(3, merge.otherSourceId());
        statement.setString(4, merge.otherWritten());
        return 5;
    }
}
