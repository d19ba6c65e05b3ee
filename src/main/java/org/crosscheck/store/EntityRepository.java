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
     * Makes {@code entities} the project's own table, or with empty goes back to the default one. An
     * entity that is new or changed is signed by {@code editor} and now; one that stays as it was keeps
     * who made it.
     */
    public void save(Transaction transaction, Optional<List<Entity>> entities, String editor) {
        transaction.run(connection -> save(connection, entities, Signature.now(editor)));
    }

    /**
     * Saves the table as {@link #save} does, only if the project's own table is still {@code expected}:
     * the table is saved whole, so any change someone else made since would be overwritten, and that is
     * refused instead, naming the latest signed change.
     *
     * @return the project's own table as saved
     * @throws EditConflictException if the table is no longer {@code expected}; nothing is written
     */
    public Optional<List<Entity>> saveIfStill(Transaction transaction, Optional<List<Entity>> expected,
                                              Optional<List<Entity>> entities, String editor) {
        return transaction.with(connection -> {
            if (!load(connection).equals(expected)) {
                Signature latest = rows(connection).values().stream().filter(signature -> signature.at() != null)
                        .max(java.util.Comparator.comparing(Signature::at)).orElse(Signature.NONE);
                throw new EditConflictException("alias table", 0, new ClaimEdit(latest.by(), latest.at(), 0));
            }
            save(connection, entities, Signature.now(editor));
            return load(connection);
        });
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

    /** Replaces every row; {@code fresh} signs the entities that were not there as they are now. */
    void save(Connection connection, Optional<List<Entity>> entities, Signature fresh) throws SQLException {
        Map<Entity, Signature> before = rows(connection);
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM entity_alias");
            delete.executeUpdate("DELETE FROM entity");
        }
        settings.set(connection, OWN_TABLE, entities.map(own -> "own"));
        if (entities.isEmpty()) {
            return;
        }
        try (PreparedStatement entity = connection.prepareStatement("INSERT INTO entity (sort_order, canonical, "
                + "entity_type, within_place, edited_by, edited_at) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
             PreparedStatement alias = connection.prepareStatement(
                     "INSERT INTO entity_alias (entity_id, sort_order, alias) VALUES (?, ?, ?)")) {
            int order = 0;
            for (Entity each : entities.get()) {
                entity.setInt(1, order++);
                entity.setString(2, each.canonical());
                entity.setString(3, each.type().name());
                entity.setString(4, each.within());
                before.getOrDefault(each, fresh).bind(entity, 5);
                entity.executeUpdate();
                long id;
                try (ResultSet key = entity.getGeneratedKeys()) {
                    key.next();
                    id = key.getLong(1);
                }
                for (int i = 0; i < each.aliases().size(); i++) {
                    alias.setLong(1, id);
                    alias.setInt(2, i);
                    alias.setString(3, each.aliases().get(i));
                    alias.addBatch();
                }
            }
            alias.executeBatch();
        }
    }
}
