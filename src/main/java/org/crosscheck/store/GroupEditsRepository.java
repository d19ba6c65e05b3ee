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
 * replaces them all in the caller's transaction, except that a group that goes on keeps its row of
 * comparison_group, and with it its id and the claims it remembers (V12, {@link #claimsHeld}; see
 * {@link GroupRows}); an edit of a claim the project no longer holds is not kept (the foreign keys
 * would refuse it, and it could never apply again).
 */
public final class GroupEditsRepository {

    private static final List<String> TABLES = List.of("event_link_claim", "event_link", "verdict_override",
            "dismissed_event_pair", "group_member_edit");

    public GroupEdits load(Transaction transaction) {
        return transaction.with(this::load);
    }

    /** Saves the edits, keeping who made each one; a row that is not there yet is unsigned. */
    public void save(Transaction transaction, GroupEdits edits) {
        transaction.run(connection -> save(connection, edits, Signature.NONE));
    }

    /**
     * Saves the edits as the researcher {@code editor} made them: every row that is new or changed is
     * signed with their name and now; a row that stays as it was keeps who made it.
     */
    public void save(Transaction transaction, GroupEdits edits, String editor) {
        transaction.run(connection -> save(connection, edits, Signature.now(editor)));
    }

    /**
     * Saves the edits as {@code editor} made them only if the project's group edits are still
     * {@code expected}. The edits are saved whole, so any change by someone else since (of any group)
     * would be overwritten: that is refused instead, naming the latest signed change.
     *
     * @return the group edits as saved (edits of claims that are gone are not kept)
     * @throws EditConflictException if the group edits are no longer {@code expected}; nothing is written
     */
    public GroupEdits saveIfStill(Transaction transaction, GroupEdits expected, GroupEdits edits, String editor) {
        return saveIfStill(transaction, expected, edits, Map.of(), editor);
    }

    /**
     * The same, when some groups' keys have changed since they were stored ({@code rekeyed}: stored key →
     * the key {@code edits} names it by, see compare.GroupCarry): each such row takes its new key and keeps
     * its id, the claims it remembers and who edited it, so carrying a group to its new key is no edit of it.
     */
    public GroupEdits saveIfStill(Transaction transaction, GroupEdits expected, GroupEdits edits,
                                  Map<String, String> rekeyed, String editor) {
        return transaction.with(connection -> {
            if (!load(connection).equals(expected)) {
                Signature latest = RowIdentity.signatures(connection).values().stream()
                        .filter(signature -> signature.at() != null)
                        .max(java.util.Comparator.comparing(Signature::at)).orElse(Signature.NONE);
                throw new EditConflictException("grouping", 0, new ClaimEdit(latest.by(), latest.at(), 0));
            }
            save(connection, edits, rekeyed, Signature.now(editor));
            return load(connection);
        });
    }

    /**
     * The claims each stored group held by its key when it was last compared, by the group's key;
     * a group that remembers none is left out.
     */
    public Map<String, Set<Long>> claimsHeld(Transaction transaction) {
        return transaction.with(connection -> {
            Map<String, Set<Long>> held = new HashMap<>();
            try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(
                    "SELECT g.group_key, c.claim_id FROM comparison_group_claim c "
                            + "JOIN comparison_group g ON g.id = c.group_id")) {
                while (row.next()) {
                    held.computeIfAbsent(row.getString(1), key -> new HashSet<>()).add(row.getLong(2));
                }
            }
            return held;
        });
    }

    /**
     * Remembers the claims these stored groups hold now, by key, in place of what they held before; a
     * key with no stored row is passed over, and so is a claim no longer in the project (it may have
     * gone since it was read). Not a hand edit: no signature changes.
     */
    public void rememberClaims(Transaction transaction, Map<String, Set<Long>> byKey) {
        transaction.run(connection -> {
            Map<String, Long> ids = groupIds(connection);
            try (PreparedStatement forget = connection.prepareStatement(
                    "DELETE FROM comparison_group_claim WHERE group_id = ?");
                 PreparedStatement remember = connection.prepareStatement("INSERT INTO comparison_group_claim "
                         + "(group_id, claim_id) SELECT ?, id FROM claim WHERE id = ?")) {
                for (Map.Entry<String, Set<Long>> group : byKey.entrySet()) {
                    Long id = ids.get(group.getKey());
                    if (id == null) {
                        continue;
                    }
                    forget.setLong(1, id);
                    forget.executeUpdate();
                    for (long claim : new TreeSet<>(group.getValue())) {
                        remember.setLong(1, id);
                        remember.setLong(2, claim);
                        remember.addBatch();
                    }
                }
                remember.executeBatch();
            }
        });
    }

    static Map<String, Long> groupIds(Connection connection) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT group_key, id FROM comparison_group")) {
            while (row.next()) {
                ids.put(row.getString(1), row.getLong(2));
            }
        }
        return ids;
    }

    /** Who last named, noted or merged the group, or moved a statement into it; empty when no edit concerns it. */
    public java.util.Optional<Signature> signatureOfGroup(Transaction transaction, String groupKey) {
        return transaction.with(connection -> first(connection,
                "SELECT edited_by, edited_at FROM comparison_group WHERE group_key = ?", groupKey));
    }

    /** Who set the verdict between two claims (smaller id first or not); empty when none is set. */
    public java.util.Optional<Signature> signatureOfOverride(Transaction transaction, long claimA, long claimB) {
        return transaction.with(connection -> first(connection, "SELECT edited_by, edited_at FROM verdict_override "
                + "WHERE (claim_a = ? AND claim_b = ?) OR (claim_a = ? AND claim_b = ?)", claimA, claimB, claimB, claimA));
    }

    private static java.util.Optional<Signature> first(Connection connection, String sql, Object... parameters)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? java.util.Optional.of(Signature.read(row, 1)) : java.util.Optional.empty();
            }
        }
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
        save(connection, edits, Signature.NONE);
    }

    /**
     * Saves the edits into the tables as V7 made them, before V8 added who made each edit: for the
     * migration (7.1) that moves an older project's JSON document into them.
     */
    void saveBeforeSignatures(Connection connection, GroupEdits edits) throws SQLException {
        write(connection, edits, Map.of(), null);
    }

    /**
     * Replaces every row. Each row's signature is carried over when an identical row was there before
     * (found by {@link RowIdentity}), and is {@code fresh} otherwise.
     */
    private void save(Connection connection, GroupEdits edits, Signature fresh) throws SQLException {
        save(connection, edits, Map.of(), fresh);
    }

    /** The same, with the rows of {@code rekeyed} carried to their new keys (their identities are the old ones'). */
    private void save(Connection connection, GroupEdits edits, Map<String, String> rekeyed, Signature fresh)
            throws SQLException {
        Map<String, Signature> before = RowIdentity.signatures(connection);
        write(connection, edits, rekeyed, identity -> before.getOrDefault(identity, fresh));
    }

    /**
     * Replaces every row but those of comparison_group, which are kept where a group goes on (so a group
     * keeps its id, and the claims it remembers, from one save to the next; see {@link GroupRows}). Signs
     * each row as {@code signing} says, or writes no signatures when it is null.
     */
    private void write(Connection connection, GroupEdits edits, Map<String, String> rekeyed,
                       java.util.function.Function<String, Signature> signing) throws SQLException {
        try (Statement delete = connection.createStatement()) {
            for (String table : TABLES) {
                delete.executeUpdate("DELETE FROM " + table);
            }
            delete.executeUpdate("UPDATE comparison_group SET merged_into = NULL");
        }
        Set<Long> held = claimsHeld(connection, edits);
        Map<String, String> storedKey = new HashMap<>();
        rekeyed.forEach((old, now) -> storedKey.put(now, old));
        Map<String, Long> groups = GroupRows.write(connection, edits, storedKey, signing);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO group_member_edit (claim_id, group_id" + signed(signing, 2) + ")")) {
            for (Map.Entry<Long, String> move : edits.moves().entrySet()) {
                if (held.contains(move.getKey())) {
                    insert.setLong(1, move.getKey());
                    insert.setLong(2, groups.get(move.getValue()));
                    sign(signing, RowIdentity.member(move.getKey(), storedKey.getOrDefault(move.getValue(),
                            move.getValue())), insert, 3);
                    insert.addBatch();
                }
            }
            for (long claim : edits.excluded()) {
                if (held.contains(claim) && !edits.moves().containsKey(claim)) {
                    insert.setLong(1, claim);
                    insert.setNull(2, java.sql.Types.BIGINT);
                    sign(signing, RowIdentity.member(claim, null), insert, 3);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        insertEvents(connection, edits, held, signing);
        insertOverrides(connection, edits, held, signing);
        insertDismissed(connection, edits, held, signing);
    }

    private static void insertEvents(Connection connection, GroupEdits edits, Set<Long> held,
                                     java.util.function.Function<String, Signature> signing) throws SQLException {
        try (PreparedStatement link = connection.prepareStatement(
                "INSERT INTO event_link (link_key, name" + signed(signing, 2) + ")", new String[] {"id"});
             PreparedStatement member = connection.prepareStatement(
                     "INSERT INTO event_link_claim (event_id, claim_id) VALUES (?, ?)")) {
            for (GroupEdits.EventLink event : edits.events()) {
                link.setString(1, event.id());
                link.setString(2, event.name() == null ? "" : event.name());
                Set<Long> members = new TreeSet<>(event.claimIds());
                members.retainAll(held);
                sign(signing, RowIdentity.event(event.id(), event.name() == null ? "" : event.name(), members),
                        link, 3);
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

    private static void insertOverrides(Connection connection, GroupEdits edits, Set<Long> held,
                                        java.util.function.Function<String, Signature> signing) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO verdict_override "
                + "(claim_a, claim_b, verdict, note" + signed(signing, 4) + ")")) {
            for (GroupEdits.VerdictOverride override : edits.overrides()) {
                if (held.contains(override.claimA()) && held.contains(override.claimB())) {
                    insert.setLong(1, override.claimA());
                    insert.setLong(2, override.claimB());
                    insert.setString(3, override.verdict().name());
                    insert.setString(4, override.note() == null ? "" : override.note());
                    sign(signing, RowIdentity.override(override.claimA(), override.claimB(), override.verdict().name(),
                            override.note() == null ? "" : override.note()), insert, 5);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void insertDismissed(Connection connection, GroupEdits edits, Set<Long> held,
                                        java.util.function.Function<String, Signature> signing) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO dismissed_event_pair (claim_a, claim_b" + signed(signing, 2) + ")")) {
            for (String pair : edits.dismissed()) {
                String[] ids = pair.split("-");
                long a = Long.parseLong(ids[0]);
                long b = Long.parseLong(ids[1]);
                if (a != b && held.contains(a) && held.contains(b)) {
                    insert.setLong(1, Math.min(a, b));
                    insert.setLong(2, Math.max(a, b));
                    sign(signing, RowIdentity.dismissed(Math.min(a, b), Math.max(a, b)), insert, 3);
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

    /** The rest of an INSERT after its first {@code columns} columns: the signature's columns too, unless unsigned. */
    static String signed(java.util.function.Function<String, Signature> signing, int columns) {
        String marks = String.join(", ", java.util.Collections.nCopies(columns + (signing == null ? 0 : 2), "?"));
        return (signing == null ? "" : ", edited_by, edited_at") + ") VALUES (" + marks;
    }

    static void sign(java.util.function.Function<String, Signature> signing, String identity,
                             PreparedStatement insert, int index) throws SQLException {
        if (signing != null) {
            signing.apply(identity).bind(insert, index);
        }
    }
}
