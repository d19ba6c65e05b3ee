package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.crosscheck.model.GroupEdits;

/**
 * The rows of comparison_group as a save of the group edits leaves them. A row is a group's stable id:
 * a save updates the row of a group that goes on instead of making it again, so the claims the group
 * remembers (comparison_group_claim, V12) stay with it, and a row carried to its group's new key (a
 * renamed entity, a re-scan's new spelling; see compare.GroupCarry) keeps its id and its signature.
 * Only a group no edit names any more loses its row.
 */
final class GroupRows {

    private GroupRows() {
    }

    /**
     * Writes a row for every group an edit names (renamed, noted, merged from or into, moved into) and
     * deletes the others; merged_into must be cleared before and no group_member_edit row may refer to them.
     *
     * @param storedKey for a group whose key changed, new key → the key its row had
     * @param signing   the signature of a row by its identity, or null to write no signatures (before V8)
     * @return the row id of each group, by its key
     */
    static Map<String, Long> write(Connection connection, GroupEdits edits, Map<String, String> storedKey,
                                   Function<String, Signature> signing) throws SQLException {
        Set<String> keys = new TreeSet<>(edits.groupsNamed());
        Map<String, Long> existing = GroupEditsRepository.groupIds(connection);
        Map<String, Long> ids = new HashMap<>();
        Set<Long> kept = new HashSet<>();
        for (String key : keys) { // a row carried to a new key is that group now
            Long row = existing.get(storedKey.getOrDefault(key, key));
            if (storedKey.containsKey(key) && row != null && kept.add(row)) {
                ids.put(key, row);
            }
        }
        for (String key : keys) {
            Long row = existing.get(key);
            if (!ids.containsKey(key) && row != null && kept.add(row)) {
                ids.put(key, row);
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM comparison_group WHERE id = ?");
             PreparedStatement park = connection.prepareStatement("UPDATE comparison_group SET group_key = ? WHERE id = ?")) {
            for (Map.Entry<String, Long> row : existing.entrySet()) {
                if (!kept.contains(row.getValue())) {
                    delete.setLong(1, row.getValue());
                    delete.addBatch();
                } else if (!row.getValue().equals(ids.get(row.getKey()))) {
                    // its key goes to another row: parked first, as keys are unique at every moment
                    park.setString(1, "#moving " + row.getValue());
                    park.setLong(2, row.getValue());
                    park.addBatch();
                }
            }
            delete.executeBatch();
            park.executeBatch();
        }
        update(connection, edits, ids, storedKey, signing);
        insert(connection, edits, keys, ids, storedKey, signing);
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

    private static void update(Connection connection, GroupEdits edits, Map<String, Long> ids,
                               Map<String, String> storedKey, Function<String, Signature> signing) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE comparison_group SET group_key = ?, "
                + "name = ?, note = ?" + (signing == null ? "" : ", edited_by = ?, edited_at = ?") + " WHERE id = ?")) {
            for (Map.Entry<String, Long> row : ids.entrySet()) {
                int next = bind(update, edits, row.getKey(), storedKey, signing);
                update.setLong(next, row.getValue());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static void insert(Connection connection, GroupEdits edits, Set<String> keys, Map<String, Long> ids,
                               Map<String, String> storedKey, Function<String, Signature> signing) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO comparison_group (group_key, name, note"
                + GroupEditsRepository.signed(signing, 3) + ")", new String[] {"id"})) {
            for (String key : keys) {
                if (ids.containsKey(key)) {
                    continue;
                }
                bind(insert, edits, key, storedKey, signing);
                insert.executeUpdate();
                try (ResultSet id = insert.getGeneratedKeys()) {
                    id.next();
                    ids.put(key, id.getLong(1));
                }
            }
        }
    }

    /** Binds key, name, note and (unless unsigned) the signature; returns the next free index. */
    private static int bind(PreparedStatement statement, GroupEdits edits, String key, Map<String, String> storedKey,
                            Function<String, Signature> signing) throws SQLException {
        statement.setString(1, key);
        statement.setString(2, edits.names().get(key));
        statement.setString(3, edits.notes().get(key));
        if (signing == null) {
            return 4;
        }
        String mergedInto = edits.merges().get(key);
        // identified as it was stored: a group carried to a new key is not an edit of it
        String identity = RowIdentity.group(storedKey.getOrDefault(key, key), edits.names().get(key),
                edits.notes().get(key), mergedInto == null ? null : storedKey.getOrDefault(mergedInto, mergedInto));
        return signing.apply(identity).bind(statement, 4);
    }
}
