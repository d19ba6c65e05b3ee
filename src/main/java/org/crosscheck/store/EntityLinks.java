package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;

/**
 * Which entity rows (V9) a claim's subject and place name, by the words as written: how a claim gets
 * its links (claim.subject_entity_id, claim.place_entity_id, V13) when it is saved, when the alias table
 * changes, and when an older project is brought up to date (migration 13.1). A project on the table
 * shipped with Crosscheck has no entity rows, so its claims have no links and are compared by their
 * words. Immutable; every method works inside the caller's transaction.
 */
final class EntityLinks {

    /** What a claim's words are linked to: an entity id, or null for none. */
    interface Lookup {
        Long subject(String words);

        Long place(String words);

        /** This lookup, and where it finds nothing, {@code then}. */
        default Lookup orElse(Lookup then) {
            Lookup first = this;
            return new Lookup() {
                @Override
                public Long subject(String words) {
                    Long found = first.subject(words);
                    return found != null ? found : then.subject(words);
                }

                @Override
                public Long place(String words) {
                    Long found = first.place(words);
                    return found != null ? found : then.place(words);
                }
            };
        }
    }

    /** Names of {@code entities}, each found entity mapped to the id at its index ({@code null}: none). */
    static Lookup byNames(List<Entity> entities, List<Long> ids) {
        EntityNames names = new EntityNames(entities);
        return new Lookup() {
            @Override
            public Long subject(String words) {
                int index = names.named(words);
                return index < 0 ? null : ids.get(index);
            }

            @Override
            public Long place(String words) {
                int index = names.place(words);
                return index < 0 ? null : ids.get(index);
            }
        };
    }

    /** The project's entity rows, in the researcher's order, with their ids. */
    record Rows(List<Long> ids, List<Entity> entities) {

        static Rows read(Connection connection) throws SQLException {
            Map<Long, List<String>> aliases = new HashMap<>();
            try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(
                    "SELECT entity_id, alias FROM entity_alias ORDER BY entity_id, sort_order")) {
                while (row.next()) {
                    aliases.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2));
                }
            }
            List<Long> ids = new ArrayList<>();
            List<Entity> entities = new ArrayList<>();
            try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(
                    "SELECT id, canonical, entity_type, within_place FROM entity ORDER BY sort_order")) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                    entities.add(new Entity(row.getString(2), EntityType.valueOf(row.getString(3)),
                            aliases.getOrDefault(row.getLong(1), List.of()), row.getString(4)));
                }
            }
            return new Rows(ids, entities);
        }

        Lookup lookup() {
            return byNames(entities, ids);
        }
    }

    private EntityLinks() {
    }

    /** The links of a claim about to be saved with these words: found in the project's entity rows. */
    static Lookup of(Connection connection) throws SQLException {
        return Rows.read(connection).lookup();
    }

    /**
     * Links every claim whose subject or place has no link yet, where {@code lookup} finds one; a link
     * a claim has is kept (it may name an entity whose name has changed since). Returns the claims linked.
     */
    static int linkUnlinked(Connection connection, Lookup lookup) throws SQLException {
        List<long[]> linked = new ArrayList<>(); // id, subject (0: none), place (0: none)
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(
                "SELECT id, subject, place, subject_entity_id, place_entity_id FROM claim "
                        + "WHERE (subject_entity_id IS NULL AND subject <> '') OR (place_entity_id IS NULL AND place <> '')")) {
            while (row.next()) {
                long subject = row.getLong(4);
                long place = row.getLong(5);
                long newSubject = subject != 0 ? subject : orZero(lookup.subject(row.getString(2)));
                long newPlace = place != 0 ? place : orZero(lookup.place(row.getString(3)));
                if (newSubject != subject || newPlace != place) {
                    linked.add(new long[] {row.getLong(1), newSubject, newPlace});
                }
            }
        }
        if (linked.isEmpty()) {
            return 0;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE claim SET subject_entity_id = ?, place_entity_id = ? WHERE id = ?")) {
            for (long[] claim : linked) {
                bindLink(update, 1, claim[1]);
                bindLink(update, 2, claim[2]);
                update.setLong(3, claim[0]);
                update.addBatch();
            }
            update.executeBatch();
        }
        return linked.size();
    }

    /** Binds an entity id, NULL for 0 or null. */
    static void bindLink(PreparedStatement statement, int index, Long id) throws SQLException {
        if (id == null || id == 0) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, id);
        }
    }

    private static long orZero(Long id) {
        return id == null ? 0 : id;
    }
}
