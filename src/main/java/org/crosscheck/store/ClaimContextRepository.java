package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.crosscheck.model.ClaimContext;

/** The saved contexts of claims (see V4__claim_context.sql). Every method works inside the caller's transaction. */
public final class ClaimContextRepository {

    /** Every saved context, by claim id. */
    public Map<Long, ClaimContext> all(Transaction transaction) {
        return transaction.with(connection -> all(connection));
    }

    Map<Long, ClaimContext> all(Connection connection) throws SQLException {
        Map<Long, ClaimContext> byClaim = new HashMap<>();
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT claim_id, quote, changing FROM claim_context")) {
            while (row.next()) {
                byClaim.put(row.getLong(1), new ClaimContext(row.getString(2), row.getBoolean(3)));
            }
        }
        return byClaim;
    }

    /** Saves contexts by claim id, replacing any saved before, in one batch. */
    public void saveAll(Transaction transaction, Map<Long, ClaimContext> byClaim) {
        transaction.run(connection -> saveAll(connection, byClaim));
    }

    void saveAll(Connection connection, Map<Long, ClaimContext> byClaim) throws SQLException {
        if (byClaim.isEmpty()) {
            return;
        }
        try (PreparedStatement merge = connection.prepareStatement(Dialect.of(connection).upsert("claim_context",
                new String[] {"claim_id", "quote", "changing"}, 1))) {
            for (Map.Entry<Long, ClaimContext> entry : byClaim.entrySet()) {
                merge.setLong(1, entry.getKey());
                merge.setString(2, entry.getValue().quote());
                merge.setBoolean(3, entry.getValue().changing());
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }
}
