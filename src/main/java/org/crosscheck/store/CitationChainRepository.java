package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.model.CitationChain;

/**
 * The citation chains of claims (see V6__citation_chains.sql), without their last link (the
 * article's outlet, which is the source's). Every method works inside the caller's transaction.
 */
public final class CitationChainRepository {

    /** Every saved chain, by claim id; their outlets are empty. */
    public Map<Long, CitationChain> all(Transaction transaction) {
        return transaction.with(connection -> all(connection));
    }

    Map<Long, CitationChain> all(Connection connection) throws SQLException {
        Map<Long, String> speakers = new LinkedHashMap<>();
        Map<Long, Boolean> edited = new HashMap<>();
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT claim_id, speaker, edited FROM citation_chain")) {
            while (row.next()) {
                speakers.put(row.getLong(1), row.getString(2));
                edited.put(row.getLong(1), row.getBoolean(3));
            }
        }
        Map<Long, List<String>> carriers = new HashMap<>();
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT claim_id, carrier FROM citation_link ORDER BY claim_id, link_order")) {
            while (row.next()) {
                carriers.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2));
            }
        }
        Map<Long, CitationChain> chains = new HashMap<>();
        speakers.forEach((claimId, speaker) -> chains.put(claimId,
                new CitationChain(speaker, carriers.getOrDefault(claimId, List.of()), "", edited.get(claimId))));
        return chains;
    }

    /** The saved chain of one claim, if it has one. */
    public Optional<CitationChain> find(Transaction transaction, long claimId) {
        return transaction.with(connection -> find(connection, claimId));
    }

    Optional<CitationChain> find(Connection connection, long claimId) throws SQLException {
        String speaker;
        boolean edited;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT speaker, edited FROM citation_chain WHERE claim_id = ?")) {
            query.setLong(1, claimId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                speaker = row.getString(1);
                edited = row.getBoolean(2);
            }
        }
        List<String> carriers = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT carrier FROM citation_link WHERE claim_id = ? ORDER BY link_order")) {
            query.setLong(1, claimId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    carriers.add(row.getString(1));
                }
            }
        }
        return Optional.of(new CitationChain(speaker, carriers, "", edited));
    }

    /** Saves chains by claim id, replacing any saved before, in batches. */
    public void saveAll(Transaction transaction, Map<Long, CitationChain> byClaim) {
        transaction.run(connection -> saveAll(connection, byClaim));
    }

    void saveAll(Connection connection, Map<Long, CitationChain> byClaim) throws SQLException {
        if (byClaim.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM citation_chain WHERE claim_id = ?")) {
            for (Long claimId : byClaim.keySet()) {
                delete.setLong(1, claimId);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        try (PreparedStatement chain = connection.prepareStatement(
                "INSERT INTO citation_chain (claim_id, speaker, edited) VALUES (?, ?, ?)");
             PreparedStatement link = connection.prepareStatement(
                "INSERT INTO citation_link (claim_id, link_order, carrier) VALUES (?, ?, ?)")) {
            for (Map.Entry<Long, CitationChain> entry : byClaim.entrySet()) {
                chain.setLong(1, entry.getKey());
                chain.setString(2, entry.getValue().speaker());
                chain.setBoolean(3, entry.getValue().edited());
                chain.addBatch();
            }
            chain.executeBatch();
            for (Map.Entry<Long, CitationChain> entry : byClaim.entrySet()) {
                List<String> carriers = entry.getValue().carriers();
                for (int order = 0; order < carriers.size(); order++) {
                    link.setLong(1, entry.getKey());
                    link.setInt(2, order);
                    link.setString(3, carriers.get(order));
                    link.addBatch();
                }
            }
            link.executeBatch();
        }
    }

    /** Forgets one claim's chain; the comparison reads it from the text again. */
    public void delete(Transaction transaction, long claimId) {
        transaction.run(connection -> delete(connection, claimId));
    }

    void delete(Connection connection, long claimId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM citation_chain WHERE claim_id = ?")) {
            delete.setLong(1, claimId);
            delete.executeUpdate();
        }
    }

    /**
     * Forgets the chains read from one article's text, since a change to one of its claims can
     * change the others' (a headline's figure takes its chain from the figure it repeats); the
     * researcher's own chains stay. EXISTS rather than {@code IN (SELECT ...)}: H2 runs an IN subquery
     * again for every chain row, so an article of 10,000 claims took minutes to forget its chains.
     */
    public void forgetRead(Transaction transaction, long sourceId) {
        transaction.run(connection -> forgetRead(connection, sourceId));
    }

    void forgetRead(Connection connection, long sourceId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM citation_chain WHERE edited = FALSE "
                + "AND EXISTS (SELECT 1 FROM claim WHERE claim.id = citation_chain.claim_id AND claim.source_id = ?)")) {
            delete.setLong(1, sourceId);
            delete.executeUpdate();
        }
    }
}
