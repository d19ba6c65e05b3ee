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
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.TableEntity;

/**
 * The project's own table of entities and aliases, in the typed tables of V9 (entity, entity_alias).
 * A project without one uses the table shipped with Crosscheck; the setting {@value #OWN_TABLE} says
 * that it has its own, so that a table the researcher emptied stays empty. Every method works inside
 * the caller's transaction.
 */
public final class EntityRepository {

    static final String OWN_TABLE = "entity-table";

    private final SettingsRepository settings = new SettingsRepository();

    /** The project's own entities in the researcher's order; empty when it uses the default table. */
    public Optional<List<Entity>> load(Transaction transaction) {
        return transaction.with(this::load);
    }

    /**
     * Whether the project has a table of its own (even an emptied one); without one it uses the table
     * shipped with Crosscheck and has no entity rows for its claims to be linked to.
     */
    public boolean hasOwnTable(Transaction transaction) {
        return transaction.with(connection -> settings.get(connection, OWN_TABLE).isPresent());
    }

    /**
     * The project's own entities in the researcher's order, each with its id (as Tags › Entities and
     * aliases… carries them through an edit); empty when it uses the default table.
     */
    public Optional<List<TableEntity>> loadWithIds(Transaction transaction) {
        return transaction.with(this::loadWithIds);
    }

    /**
     * Makes {@code entities} the project's own table, or with empty goes back to the default one. An
     * entity that is new or changed is signed by {@code editor} and now; one that stays as it was keeps
     * who made it.
     */
    public void save(Transaction transaction, Optional<List<Entity>> entities, String editor) {
        transaction.run(connection -> save(connection, entities, Signature.now(editor), List.of()));
    }

    /**
     * Makes {@code shipped}, the table shipped with Crosscheck, the project's own when it has none yet,
     * unsigned (nobody edited it), and links its claims to those rows by their words: so that a project's
     * claims refer to their entities from the start, and renaming an entity keeps them. A project with a
     * table of its own (even an emptied one) is left as it is.
     *
     * @return whether the shipped table was written
     */
    public boolean adoptIfNone(Transaction transaction, List<Entity> shipped) {
        return transaction.with(connection -> {
            if (settings.get(connection, OWN_TABLE).isPresent()) {
                return false;
            }
            save(connection, Optional.of(shipped), Signature.NONE, shipped);
            return true;
        });
    }

    /**
     * Saves the table as {@link #save} does, only if the project's own table is still {@code expected}:
     * the table is saved whole, so any change someone else made since would be overwritten, and that is
     * refused instead, naming the latest signed change.
     *
     * @param shipped the table shipped with Crosscheck, which a project without its own uses: how its
     *                claims' words were read until now, so that they keep their entity when it is renamed
     * @return the project's own table as saved
     * @param entities  the rows to save; a row that carries the id of one of the table is that entity, kept
     *                  with its claims whatever its names now, and a row without one is matched by its names
     * @throws EditConflictException if the table is no longer {@code expected}; nothing is written
     */
    public Optional<List<TableEntity>> saveIfStill(Transaction transaction, Optional<List<TableEntity>> expected,
                                                   Optional<List<TableEntity>> entities, String editor,
                                                   List<Entity> shipped) {
        return transaction.with(connection -> {
            if (!loadWithIds(connection).equals(expected)) {
                Signature latest = rows(connection).values().stream().filter(signature -> signature.at() != null)
                        .max(java.util.Comparator.comparing(Signature::at)).orElse(Signature.NONE);
                throw new EditConflictException("alias table", 0, new ClaimEdit(latest.by(), latest.at(), 0));
            }
            saveRows(connection, entities, Signature.now(editor), shipped);
            return loadWithIds(connection);
        });
    }

    /**
     * The project's own entities by the id its claims are linked by, in the researcher's order; empty
     * when it uses the shipped table (whose entities have no rows, and so no claims linked to them).
     */
    public Map<Long, Entity> byId(Transaction transaction) {
        return transaction.with(connection -> {
            EntityLinks.Rows rows = EntityLinks.Rows.read(connection);
            Map<Long, Entity> byId = new LinkedHashMap<>();
            for (int i = 0; i < rows.ids().size(); i++) {
                byId.put(rows.ids().get(i), rows.entities().get(i));
            }
            return byId;
        });
    }

    /**
     * Links claims to the entities of the project's own table of these canonical names, by claim id: as
     * a JSON project names them, where a claim's words may no longer name its entity. A name the table
     * does not hold leaves the claim's link as it is.
     */
    public void linkClaims(Transaction transaction, Map<Long, String> subjects, Map<Long, String> places) {
        transaction.run(connection -> {
            EntityLinks.Rows rows = EntityLinks.Rows.read(connection);
            Map<String, Long> byCanonical = new HashMap<>();
            for (int i = 0; i < rows.ids().size(); i++) {
                byCanonical.putIfAbsent(rows.entities().get(i).canonical(), rows.ids().get(i));
            }
            link(connection, "subject_entity_id", subjects, byCanonical);
            link(connection, "place_entity_id", places, byCanonical);
        });
    }

    private static void link(Connection connection, String column, Map<Long, String> names, Map<String, Long> byCanonical)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE claim SET " + column + " = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> claim : names.entrySet()) {
                Long entity = byCanonical.get(claim.getValue());
                if (entity != null) {
                    update.setLong(1, entity);
                    update.setLong(2, claim.getKey());
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
    }

    /** Who last changed the entity of that canonical name; empty when the project's table has none. */
    public Optional<Signature> signatureOf(Transaction transaction, String canonical) {
        return transaction.with(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT edited_by, edited_at FROM entity WHERE canonical = ? ORDER BY sort_order")) {
                query.setString(1, canonical);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(Signature.read(row, 1)) : Optional.empty();
                }
            }
        });
    }

    Optional<List<Entity>> load(Connection connection) throws SQLException {
        if (settings.get(connection, OWN_TABLE).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ArrayList<>(rows(connection).keySet()));
    }

    private Optional<List<TableEntity>> loadWithIds(Connection connection) throws SQLException {
        if (settings.get(connection, OWN_TABLE).isEmpty()) {
            return Optional.empty();
        }
        EntityLinks.Rows rows = EntityLinks.Rows.read(connection);
        List<TableEntity> withIds = new ArrayList<>();
        for (int i = 0; i < rows.ids().size(); i++) {
            withIds.add(new TableEntity(rows.ids().get(i), rows.entities().get(i)));
        }
        return Optional.of(withIds);
    }

    /** Every entity with its signature, in order. */
    private static Map<Entity, Signature> rows(Connection connection) throws SQLException {
        Map<Long, List<String>> aliases = new HashMap<>();
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(
                "SELECT entity_id, alias FROM entity_alias ORDER BY entity_id, sort_order")) {
            while (row.next()) {
                aliases.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2));
            }
        }
        Map<Entity, Signature> entities = new LinkedHashMap<>();
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(
                "SELECT id, canonical, entity_type, within_place, edited_by, edited_at FROM entity ORDER BY sort_order")) {
            while (row.next()) {
                Entity entity = new Entity(row.getString(2), EntityType.valueOf(row.getString(3)),
                        aliases.getOrDefault(row.getLong(1), List.of()), row.getString(4));
                entities.putIfAbsent(entity, Signature.read(row, 5));
            }
        }
        return entities;
    }

    /**
     * Writes the rows as {@link #save(Connection, Optional, Signature, List)} does, and links no claim: for
     * migration 9.1, which runs on a schema before claims had links (migration 13.1 makes them).
     */
    void save(Connection connection, Optional<List<Entity>> entities, Signature fresh) throws SQLException {
        write(connection, entities.map(TableEntity::unsaved), fresh);
    }

    /**
     * Makes {@code entities} the project's table, or with empty goes back to the shipped one. An entity
     * that stays (as it was, renamed, or with other aliases: {@link EntityMatching}) keeps its row and id,
     * so the claims linked to it stay linked; {@code fresh} signs the entities that were not there as they
     * are now. Claims without a link are then linked by their words: first as the table in use before
     * (the project's own, or {@code shipped}, the table shipped with Crosscheck) read them, carried to the
     * entity that one became, then as the new table reads them. Back on the shipped table no claim has a link.
     */
    void save(Connection connection, Optional<List<Entity>> entities, Signature fresh, List<Entity> shipped)
            throws SQLException {
        saveRows(connection, entities.map(TableEntity::unsaved), fresh, shipped);
    }

    /** Saves as {@link #save(Connection, Optional, Signature, List)} does, each row that carries an id kept as that entity. */
    private void saveRows(Connection connection, Optional<List<TableEntity>> entities, Signature fresh,
                          List<Entity> shipped) throws SQLException {
        boolean hadOwn = settings.get(connection, OWN_TABLE).isPresent();
        Optional<List<Long>> ids = write(connection, entities, fresh);
        if (ids.isPresent()) {
            List<Entity> after = TableEntity.entities(entities.get());
            EntityLinks.Lookup now = EntityLinks.byNames(after, ids.get());
            EntityLinks.linkUnlinked(connection, hadOwn ? now : carried(shipped, after, ids.get()).orElse(now));
        }
    }

    /** Writes the rows, keeping the row of each entity that stays; returns the ids in order, empty for the shipped table. */
    private Optional<List<Long>> write(Connection connection, Optional<List<TableEntity>> entities, Signature fresh)
            throws SQLException {
        Map<Entity, Signature> signatures = rows(connection);
        EntityLinks.Rows before = EntityLinks.Rows.read(connection);
        settings.set(connection, OWN_TABLE, entities.map(own -> "own"));
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM entity_alias");
            if (entities.isEmpty()) {
                delete.executeUpdate("DELETE FROM entity"); // its claims' links go with it
                return Optional.empty();
            }
            // every row takes a new place in the order below: free the places first, as they are unique
            delete.executeUpdate("UPDATE entity SET sort_order = -1 - sort_order");
        }
        List<Entity> after = TableEntity.entities(entities.get());
        int[] matched = EntityMatching.match(before.ids(), before.entities(),
                entities.get().stream().map(TableEntity::id).toList(), after);
        java.util.Set<Long> kept = new java.util.HashSet<>();
        for (int index : matched) {
            if (index >= 0) {
                kept.add(before.ids().get(index));
            }
        }
        try (PreparedStatement gone = connection.prepareStatement("DELETE FROM entity WHERE id = ?")) {
            for (long id : before.ids()) {
                if (!kept.contains(id)) {
                    gone.setLong(1, id);
                    gone.addBatch();
                }
            }
            gone.executeBatch();
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement entity = connection.prepareStatement("INSERT INTO entity (sort_order, canonical, "
                + "entity_type, within_place, edited_by, edited_at) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
             PreparedStatement stays = connection.prepareStatement("UPDATE entity SET sort_order = ?, canonical = ?, "
                     + "entity_type = ?, within_place = ?, edited_by = ?, edited_at = ? WHERE id = ?");
             PreparedStatement alias = connection.prepareStatement(
                     "INSERT INTO entity_alias (entity_id, sort_order, alias) VALUES (?, ?, ?)")) {
            for (int order = 0; order < after.size(); order++) {
                Entity each = after.get(order);
                PreparedStatement row = matched[order] >= 0 ? stays : entity;
                row.setInt(1, order);
                row.setString(2, each.canonical());
                row.setString(3, each.type().name());
                row.setString(4, each.within());
                signatures.getOrDefault(each, fresh).bind(row, 5);
                long id;
                if (matched[order] >= 0) {
                    id = before.ids().get(matched[order]);
                    stays.setLong(7, id);
                    stays.executeUpdate();
                } else {
                    entity.executeUpdate();
                    try (ResultSet key = entity.getGeneratedKeys()) {
                        key.next();
                        id = key.getLong(1);
                    }
                }
                ids.add(id);
                for (int i = 0; i < each.aliases().size(); i++) {
                    alias.setLong(1, id);
                    alias.setInt(2, i);
                    alias.setString(3, each.aliases().get(i));
                    alias.addBatch();
                }
            }
            alias.executeBatch();
        }
        return Optional.of(ids);
    }

    /** The shipped table's reading of a claim's words, carried to the entity of the new table each entity became. */
    private static EntityLinks.Lookup carried(List<Entity> shipped, List<Entity> after, List<Long> ids) {
        int[] matched = EntityMatching.match(shipped, after);
        List<Long> idOfShipped = new ArrayList<>(java.util.Collections.nCopies(shipped.size(), (Long) null));
        for (int i = 0; i < matched.length; i++) {
            if (matched[i] >= 0) {
                idOfShipped.set(matched[i], ids.get(i));
            }
        }
        return EntityLinks.byNames(shipped, idOfShipped);
    }
}
