package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the full-text index holds of each article, read from the project in batches. */
final class SearchRecords {

    /** An article: its stored text and the claims it indexes (rejected suggestions are left out). */
    record Article(long id, String title, String outlet, String file, String text, List<ClaimFields> claims) {
    }

    /** A claim's searchable fields. */
    record ClaimFields(int start, int end, String quote, String speaker, String subject, String place, String note,
                       List<String> tags) {
    }

    private SearchRecords() {
    }

    /** The ids of every article, in order. */
    static List<Long> allIds(Connection connection) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM source ORDER BY id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** The articles of {@code ids} that still exist, by id. */
    static Map<Long, Article> read(Connection connection, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, List<String>> tags = tags(connection, in);
        Map<Long, List<Object[]>> claims = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, source_id, start_offset, end_offset, "
                + "speaker, subject, place, note FROM claim WHERE status <> 'REJECTED' AND source_id IN (" + in + ")"
                + " ORDER BY source_id, start_offset");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                claims.computeIfAbsent(rows.getLong(2), id -> new ArrayList<>()).add(new Object[] {rows.getLong(1),
                        rows.getInt(3), rows.getInt(4), rows.getString(5), rows.getString(6), rows.getString(7),
                        rows.getString(8)});
            }
        }
        Map<Long, Article> articles = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, title, outlet, imported_from, body "
                + "FROM source WHERE id IN (" + in + ")");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                String text = rows.getString(5);
                List<ClaimFields> fields = new ArrayList<>();
                for (Object[] claim : claims.getOrDefault(id, List.of())) {
                    int start = (Integer) claim[1];
                    int end = (Integer) claim[2];
                    String quote = text.substring(Math.min(start, text.length()), Math.min(end, text.length()));
                    fields.add(new ClaimFields(start, end, quote, (String) claim[3], (String) claim[4],
                            (String) claim[5], (String) claim[6], tags.getOrDefault((Long) claim[0], List.of())));
                }
                articles.put(id, new Article(id, rows.getString(2), rows.getString(3), rows.getString(4), text, fields));
            }
        }
        return articles;
    }

    private static Map<Long, List<String>> tags(Connection connection, String sourceIds) throws SQLException {
        Map<Long, List<String>> tags = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT claim_tag.claim_id, tag.name FROM claim_tag "
                + "JOIN tag ON tag.id = claim_tag.tag_id JOIN claim ON claim.id = claim_tag.claim_id "
                + "WHERE claim.source_id IN (" + sourceIds + ")");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tags.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return tags;
    }
}
