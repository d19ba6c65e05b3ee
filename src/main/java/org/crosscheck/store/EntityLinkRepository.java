package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Entity;

/**
 * The links of chosen claims to their entities (claim.subject_entity_id, claim.place_entity_id, V13), read
 * and given back by claim id: what an undo of a claim's deletion or of a re-scan keeps, where the claims'
 * words alone would link them anew and lose an entity renamed since. Also a table's reading of every
 * claim's words, in memory, for a project that has no entity rows to link to. Every method works inside
 * the caller's transaction.
 */
public final class EntityLinkRepository {

    /** H2 refuses an array parameter of more than 65,536 values, and an undo may hold more claims. */
    private static final int IDS_PER_QUERY = 10_000;

    /** The links of these claims, by claim id; a claim with neither link (or no longer there) is left out. */
    public Map<Long, EntityLink> of(Transaction transaction, Collection<Long> claimIds) {
        return transaction.with(connection -> {
            Map<Long, EntityLink> links = new HashMap<>();
            forEachRow(connection, claimIds, row -> {
                if (row.getLong(2) != 0 || row.getLong(3) != 0) {
                    links.put(row.getLong(1), new EntityLink(row.getLong(2), row.getLong(3)));
                }
            });
            return links;
        });
    }

    /**
     * Gives these claims exactly the links of {@code links} (as {@link #of} read them; a claim left out
     * has none). A link to an entity that is gone since stays as the claim's words give it now.
     */
    public void restore(Transaction transaction, Collection<Long> claimIds, Map<Long, EntityLink> links) {
        transaction.run(connection -> {
            Set<Long> entities = entityIds(connection);
            List<long[]> changed = new ArrayList<>(); // claim id, subject, place (0: none)
            forEachRow(connection, claimIds, row -> {
                EntityLink wanted = links.getOrDefault(row.getLong(1), new EntityLink(0, 0));
                long subject = restored(wanted.subjectEntityId(), row.getLong(2), entities);
                long place = restored(wanted.placeEntityId(), row.getLong(3), entities);
                if (subject != row.getLong(2) || place != row.getLong(3)) {
                    changed.add(new long[] {row.getLong(1), subject, place});
                }
            });
            write(connection, changed);
        });
    }

    /**
     * The links every claim's words would get if {@code table} were the project's entity rows, each
     * entity numbered by its place in the table from 1, worked out in memory without writing anything:
     * how a project on the table shipped with Crosscheck that has not been opened for writing since that
     * table became rows of a project ({@link EntityRepository#adoptIfNone}, which links its claims by the
     * same rules) is compared as it will be once it has. Claims whose words name no entity are left out.
     */
    public Map<Long, EntityLink> asNamedBy(Transaction transaction, List<Entity> table) {
        return transaction.with(connection -> {
            List<Long> numbers = new ArrayList<>(table.size());
            for (int i = 0; i < table.size(); i++) {
                numbers.add(i + 1L);
            }
            EntityLinks.Lookup lookup = EntityLinks.byNames(table, numbers);
            Map<Long, EntityLink> links = new HashMap<>();
            try (Statement query = connection.createStatement();
                 ResultSet row = query.executeQuery("SELECT id, subject, place FROM claim")) {
                while (row.next()) {
                    Long subject = lookup.subject(row.getString(2));
                    Long place = lookup.place(row.getString(3));
                    if (subject != null || place != null) {
                        links.put(row.getLong(1), new EntityLink(subject == null ? 0 : subject, place == null ? 0 : place));
                    }
                }
            }
            return links;
        });
    }

    /** A row of claim id, subject_entity_id, place_entity_id (0 for none). */
    @FunctionalInterface
    private interface RowAction {
        void take(ResultSet row) throws SQLException;
    }

    private static void forEachRow(Connection connection, Collection<Long> claimIds, RowAction action)
            throws SQLException {
        if (claimIds.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(new HashSet<>(claimIds));
        Dialect dialect = Dialect.of(connection);
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, subject_entity_id, place_entity_id FROM claim WHERE " + dialect.inIds("id"))) {
            for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
                query.setObject(1, dialect.ids(connection,
                        ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)).toArray(Long[]::new)));
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        action.take(row);
                    }
                }
            }
        }
    }

    private static Set<Long> entityIds(Connection connection) throws SQLException {
        Set<Long> entities = new HashSet<>();
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery("SELECT id FROM entity")) {
            while (row.next()) {
                entities.add(row.getLong(1));
            }
        }
        return entities;
    }

    /** The link to give back: {@code wanted}, or {@code now} when that entity is gone. */
    private static long restored(long wanted, long now, Set<Long> entities) {
        if (wanted == 0) {
            return 0;
        }
        return entities.contains(wanted) ? wanted : now;
    }

    /** Sets each claim's links, {claim id, subject entity id, place entity id} (0: none), in one batch. */
    static void write(Connection connection, List<long[]> changed) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE claim SET subject_entity_id = ?, place_entity_id = ? WHERE id = ?")) {
            for (long[] claim : changed) {
                EntityLinks.bindLink(update, 1, claim[1]);
                EntityLinks.bindLink(update, 2, claim[2]);
                update.setLong(3, claim[0]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
