package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.model.GroupEdits;
import org.crosscheck.model.Verdict;

/**
 * The researcher's hand edits of comparison groups, in the typed tables of V7 (comparison_group,
 * group_member_edit, event_link, event_link_claim, verdict_override, dismissed_event_pair). Saving
 * replaces them all in the caller's transaction; an edit of a claim the project no longer holds is
 * not kept (the foreign keys would refuse it, and it could never apply again).
 */
public final class GroupEditsRepository {

    private static final List<String> TABLES = List.of("event_link_claim", "event_link", "verdict_override",
            "dismissed_event_pair", "group_member_edit");

    public GroupEdits load(Transaction transaction) {
        return transaction.with(this::load);
    }

    public void save(Transaction transaction, GroupEdits edits) {
        transaction.run(connection -> save(connection, edits));
    }

    GroupEdits load(Connection connection) throws SQLException {
        Map<String, String> names = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        Map<String, String> merges = new HashMap<>();
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(
                "SELECT g.group_key, g.name, g.note, m.group_key FROM comparison_group g "
                        + "LEFT JOIN comparison_group m ON m.id = g.merged_into")) {
            while (row.next()) {
                putIfPresent(names, row.getString(1), row.getString(2));
                putIfPresent(notes, row.getString(1), row.getString(3));
                putIfPresent(merges, row.getString(1), row.getString(4));
            }
        }
        Map<Long, String> moves = new HashMap<>();
        Set<Long> excluded = new HashSet<>();
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(
                "SELECT e.claim_id, g.group_key FROM group_member_edit e LEFT JOIN comparison_group g ON g.id = e.group_id")) {
            while (row.next()) {
                if (row.getString(2) == null) {
                    excluded.add(row.getLong(1));
                } else {
                    moves.put(row.getLong(1), row.getString(2));
                }
            }
        }
        return new GroupEdits(names, notes, merges, moves, excluded, events(connection), overrides(connection),
                dismissed(connection));
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static List<GroupEdits.EventLink> events(Connection connection) throws SQLException {
        Map<Long, String[]> links = new LinkedHashMap<>();
        Map<Long, Set<Long>> claims = new HashMap<>();
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(
                "SELECT l.id, l.link_key, l.name, c.claim_id FROM event_link l "
                        + "LEFT JOIN event_link_claim c ON c.event_id = l.id ORDER BY l.id, c.claim_id")) {
            while (row.next()) {
                long id = row.getLong(1);
                links.putIfAbsent(id, new String[] {row.getString(2), row.getString(3)});
                long claim = row.getLong(4);
                if (!row.wasNull()) {
                    claims.computeIfAbsent(id, key -> new LinkedHashSet<>()).add(claim);
                }
            }
        }
        List<GroupEdits.EventLink> events = new ArrayList<>();
        links.forEach((id, link) -> events.add(new GroupEdits.EventLink(link[0], link[1], claims.getOrDefault(id, Set.of()))));
        return events;
    }

    private static List<GroupEdits.VerdictOverride> overrides(Connection connection) throws SQLException {
        List<GroupEdits.VerdictOverride> overrides = new ArrayList<>();
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(
                "SELECT claim_a, claim_b, verdict, note FROM verdict_override ORDER BY claim_a, claim_b")) {
            while (row.next()) {
                overrides.add(new GroupEdits.VerdictOverride(row.getLong(1), row.getLong(2),
                        Verdict.valueOf(row.getString(3)), row.getString(4)));
            }
        }
        return overrides;
    }

    private static Set<String> dismissed(Connection connection) throws SQLException {
        Set<String> pairs = new HashSet<>();
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT claim_a, claim_b FROM dismissed_event_pair")) {
            while (row.next()) {
                pairs.add(row.getLong(1) + "-" + row.getLong(2));
            }
        }
        return pairs;
    }

    void save(Connection connection, GroupEdits edits) throws SQLException {
        try (Statement delete = connection.createStatement()) {
            for (String table : TABLES) {
                delete.executeUpdate("DELETE FROM " + table);
            }
            delete.executeUpdate("UPDATE comparison_group SET merged_into = NULL");
            delete.executeUpdate("DELETE FROM comparison_group");
        }
        Set<Long> held = claimsHeld(connection, edits);
        Map<String, Long> groups = insertGroups(connection, edits);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO group_member_edit (claim_id, group_id) VALUES (?, ?)")) {
            for (Map.Entry<Long, String> move : edits.moves().entrySet()) {
                if (held.contains(move.getKey())) {
                    insert.setLong(1, move.getKey());
                    insert.setLong(2, groups.get(move.getValue()));
                    insert.addBatch();
                }
            }
            for (long claim : edits.excluded()) {
                if (held.contains(claim) && !edits.moves().containsKey(claim)) {
                    insert.setLong(1, claim);
                    insert.setNull(2, java.sql.Types.BIGINT);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        insertEvents(connection, edits, held);
        insertOverrides(connection, edits, held);
        insertDismissed(connection, edits, held);
    }

    /** A row for every group an edit names (renamed, noted, merged from or into, moved into). */
    private static Map<String, Long> insertGroups(Connection connection, GroupEdits edits) throws SQLException {
        Set<String> keys = new TreeSet<>();
        keys.addAll(edits.names().keySet());
        keys.addAll(edits.notes().keySet());
        keys.addAll(edits.merges().keySet());
        keys.addAll(edits.merges().values());
        keys.addAll(edits.moves().values());
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO comparison_group (group_key, name, note) VALUES (?, ?, ?)", new String[] {"id"})) {
            for (String key : keys) {
                insert.setString(1, key);
                insert.setString(2, edits.names().get(key));
                insert.setString(3, edits.notes().get(key));
                insert.executeUpdate();
                try (ResultSet id = insert.getGeneratedKeys()) {
                    id.next();
                    ids.put(key, id.getLong(1));
                }
            }
        }
        try (PreparedStatement merge = connection.prepareStatement(
                "UPDATE comparison_group SET merged_into = ? WHERE id = ?")) {
            for (Map.Entry<String, String> entry : edits.merges().entrySet()) {
                merge.setLong(1, ids.get(entry.getValue()));
                merge.setLong(2, ids.get(entry.getKey()));
                merge.addBatch();
            }
            merge.executeBatch();
        }
        return ids;
    }

    private static void insertEvents(Connection connection, GroupEdits edits, Set<Long> held) throws SQLException {
        try (PreparedStatement link = connection.prepareStatement(
                "INSERT INTO event_link (link_key, name) VALUES (?, ?)", new String[] {"id"});
             PreparedStatement member = connection.prepareStatement(
                     "INSERT INTO event_link_claim (event_id, claim_id) VALUES (?, ?)")) {
            for (GroupEdits.EventLink event : edits.events()) {
                link.setString(1, event.id());
                link.setString(2, event.name() == null ? "" : event.name());
                link.executeUpdate();
                long id;
                try (ResultSet key = link.getGeneratedKeys()) {
                    key.next();
                    id = key.getLong(1);
                }
                for (long claim : event.claimIds()) {
                    if (held.contains(claim)) {
                        member.setLong(1, id);
                        member.setLong(2, claim);
                        member.addBatch();
                    }
                }
            }
            member.executeBatch();
        }
    }

    private static void insertOverrides(Connection connection, GroupEdits edits, Set<Long> held) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO verdict_override (claim_a, claim_b, verdict, note) VALUES (?, ?, ?, ?)")) {
            for (GroupEdits.VerdictOverride override : edits.overrides()) {
                if (held.contains(override.claimA()) && held.contains(override.claimB())) {
                    insert.setLong(1, override.claimA());
                    insert.setLong(2, override.claimB());
                    insert.setString(3, override.verdict().name());
                    insert.setString(4, override.note() == null ? "" : override.note());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void insertDismissed(Connection connection, GroupEdits edits, Set<Long> held) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO dismissed_event_pair (claim_a, claim_b) VALUES (?, ?)")) {
            for (String pair : edits.dismissed()) {
                String[] ids = pair.split("-");
                long a = Long.parseLong(ids[0]);
                long b = Long.parseLong(ids[1]);
                if (a != b && held.contains(a) && held.contains(b)) {
                    insert.setLong(1, Math.min(a, b));
                    insert.setLong(2, Math.max(a, b));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Which of the claims the edits name the project still holds. */
    private static Set<Long> claimsHeld(Connection connection, GroupEdits edits) throws SQLException {
        Set<Long> named = new HashSet<>(edits.moves().keySet());
        named.addAll(edits.excluded());
        edits.events().forEach(event -> named.addAll(event.claimIds()));
        edits.overrides().forEach(override -> {
            named.add(override.claimA());
            named.add(override.claimB());
        });
        for (String pair : edits.dismissed()) {
            for (String id : pair.split("-")) {
                named.add(Long.parseLong(id));
            }
        }
        Set<Long> held = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM claim WHERE id = ?")) {
            for (long claim : named) {
                query.setLong(1, claim);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        held.add(claim);
                    }
                }
            }
        }
        return held;
    }
}
