package org.crosscheck.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a row of the group-edit tables says, as one string: saving the edits replaces every row, and
 * a row whose identity was there before is the same edit, so it keeps who made it and when.
 */
final class RowIdentity {

    private RowIdentity() {
    }

    static String group(String key, String name, String note, String mergedInto) {
        return String.join("\u0000", "group", key, String.valueOf(name), String.valueOf(note), String.valueOf(mergedInto));
    }

    static String member(long claimId, String groupKey) {
        return String.join("\u0000", "member", Long.toString(claimId), String.valueOf(groupKey));
    }

    static String event(String linkKey, String name, Set<Long> claimIds) {
        return String.join("\u0000", "event", linkKey, name, new TreeSet<>(claimIds).toString());
    }

    static String override(long claimA, long claimB, String verdict, String note) {
        return String.join("\u0000", "override", Long.toString(claimA), Long.toString(claimB), verdict, note);
    }

    static String dismissed(long claimA, long claimB) {
        return String.join("\u0000", "dismissed", Long.toString(claimA), Long.toString(claimB));
    }

    /** The signature of every row of the group-edit tables now, by its identity. */
    static Map<String, Signature> signatures(Connection connection) throws SQLException {
        Map<String, Signature> signatures = new HashMap<>();
        try (Statement query = connection.createStatement()) {
            try (ResultSet row = query.executeQuery("SELECT g.group_key, g.name, g.note, m.group_key, g.edited_by, "
                    + "g.edited_at FROM comparison_group g LEFT JOIN comparison_group m ON m.id = g.merged_into")) {
                while (row.next()) {
                    signatures.put(group(row.getString(1), row.getString(2), row.getString(3), row.getString(4)),
                            Signature.read(row, 5));
                }
            }
            try (ResultSet row = query.executeQuery("SELECT e.claim_id, g.group_key, e.edited_by, e.edited_at "
                    + "FROM group_member_edit e LEFT JOIN comparison_group g ON g.id = e.group_id")) {
                while (row.next()) {
                    signatures.put(member(row.getLong(1), row.getString(2)), Signature.read(row, 3));
                }
            }
            Map<Long, String[]> links = new TreeMap<>();
            Map<Long, Signature> linkSignatures = new HashMap<>();
            Map<Long, Set<Long>> members = new HashMap<>();
            try (ResultSet row = query.executeQuery("SELECT l.id, l.link_key, l.name, l.edited_by, l.edited_at, "
                    + "c.claim_id FROM event_link l LEFT JOIN event_link_claim c ON c.event_id = l.id")) {
                while (row.next()) {
                    long id = row.getLong(1);
                    links.putIfAbsent(id, new String[] {row.getString(2), row.getString(3)});
                    linkSignatures.putIfAbsent(id, Signature.read(row, 4));
                    Set<Long> claims = members.computeIfAbsent(id, key -> new TreeSet<>());
                    long claim = row.getLong(6);
                    if (!row.wasNull()) {
                        claims.add(claim);
                    }
                }
            }
            links.forEach((id, link) -> signatures.put(event(link[0], link[1], members.get(id)), linkSignatures.get(id)));
            try (ResultSet row = query.executeQuery(
                    "SELECT claim_a, claim_b, verdict, note, edited_by, edited_at FROM verdict_override")) {
                while (row.next()) {
                    signatures.put(override(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4)),
                            Signature.read(row, 5));
                }
            }
            try (ResultSet row = query.executeQuery(
                    "SELECT claim_a, claim_b, edited_by, edited_at FROM dismissed_event_pair")) {
                while (row.next()) {
                    signatures.put(dismissed(row.getLong(1), row.getLong(2)), Signature.read(row, 3));
                }
            }
        }
        return signatures;
    }
}
