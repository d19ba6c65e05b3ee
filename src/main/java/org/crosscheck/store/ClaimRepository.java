package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.TimeReference;

/** Claims and their tags in the project database. Every method works inside the caller's transaction. */
public final class ClaimRepository {

    private static final String FIELDS = "source_id, start_offset, end_offset, kind, status, origin, subject, "
            + "speaker, outlet, place, time_words, time_date, time_precision, low_value, high_value, qualifier, "
            + "counted, normalized, role, note, subject_entity_id, place_entity_id";
    /** The columns {@link #read} takes by position, in this order. */
    private static final String COLUMNS = "id, " + FIELDS;
    /** One parameter for each of {@link #FIELDS}. */
    private static final String VALUES = String.join(", ", java.util.Collections.nCopies(FIELDS.split(",").length, "?"));
    /** Grouped by source and in text order: what {@link #all(Transaction)} returns. */
    private static final java.util.Comparator<Claim> IN_TEXT_ORDER = java.util.Comparator.comparingLong(Claim::sourceId)
            .thenComparingInt(Claim::start).thenComparingInt(Claim::end).thenComparingLong(Claim::id);
    /** H2 refuses an array parameter of more than 65,536 values, and a project may have more claims. */
    private static final int IDS_PER_QUERY = 10_000;

    /** Inserts a claim with its tags; id 0 gets a new id, any other id is kept (so redo restores the same claim). */
    public Claim insert(Transaction transaction, Claim claim) {
        return transaction.with(connection -> insert(connection, claim));
    }

    Claim insert(Connection connection, Claim claim) throws SQLException {
        boolean newId = claim.id() == 0;
        String sql = "INSERT INTO claim (" + (newId ? "" : "id, ") + FIELDS + ") VALUES ("
                + (newId ? "" : "?, ") + VALUES + ")";
        Claim stored;
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            int index = 1;
            if (!newId) {
                insert.setLong(index++, claim.id());
            }
            insert.setLong(index++, claim.sourceId());
            bindFields(insert, index, claim, Links.of(claim, EntityLinks.of(connection)));
            insert.executeUpdate();
            if (newId) {
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    stored = claim.withId(keys.getLong(1));
                }
            } else {
                stored = claim;
            }
        }
        writeTags(connection, stored.id(), stored.tagIds());
        CHAINS.forgetRead(connection, stored.sourceId());
        return stored;
    }

    private static final CitationChainRepository CHAINS = new CitationChainRepository();

    /**
     * Inserts claims as {@link #insert} does, in batches: one statement sent per batch rather than
     * per claim, which is most of what saving an import's thousands of suggestions cost. Claims
     * with id 0 get new ids, in order; the others keep theirs. Returns the claims as stored.
     */
    public List<Claim> insertAll(Transaction transaction, List<Claim> toInsert) {
        return transaction.with(connection -> {
            List<Claim> stored = insertAll(connection, toInsert);
            for (long sourceId : stored.stream().map(Claim::sourceId).distinct().toList()) {
                CHAINS.forgetRead(connection, sourceId); // the chains read of its other claims may change
            }
            return stored;
        });
    }

    /**
     * Inserts the claims of an article inserted in this same transaction, as {@link #insertAll(Transaction, List)}
     * does, but with no chains of the article's other claims to forget, since none was saved yet: an import's
     * large article goes in a thousand claims at a time, and forgetting its chains after each thousand
     * looked through all its claims so far, again and again.
     */
    public List<Claim> insertAllOfNewArticle(Transaction transaction, List<Claim> toInsert) {
        return transaction.with(connection -> insertAll(connection, toInsert));
    }

    List<Claim> insertAll(Connection connection, List<Claim> toInsert) throws SQLException {
        List<Claim> stored = new ArrayList<>(toInsert);
        List<Integer> fresh = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        EntityLinks.Lookup entities = EntityLinks.of(connection);
        for (int i = 0; i < toInsert.size(); i++) {
            (toInsert.get(i).id() == 0 ? fresh : kept).add(i);
        }
        if (!fresh.isEmpty()) {
            String sql = "INSERT INTO claim (" + FIELDS + ") VALUES (" + VALUES + ")";
            try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                for (int i : fresh) {
                    Claim claim = toInsert.get(i);
                    insert.setLong(1, claim.sourceId());
                    bindFields(insert, 2, claim, Links.of(claim, entities));
                    insert.addBatch();
                }
                insert.executeBatch();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    for (int i : fresh) {
                        if (!keys.next()) {
                            throw new SQLException("the database gave fewer new ids than claims inserted");
                        }
                        stored.set(i, toInsert.get(i).withId(keys.getLong(1)));
                    }
                }
            }
        }
        if (!kept.isEmpty()) {
            String sql = "INSERT INTO claim (id, " + FIELDS + ") VALUES (?, " + VALUES + ")";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (int i : kept) {
                    Claim claim = toInsert.get(i);
                    insert.setLong(1, claim.id());
                    insert.setLong(2, claim.sourceId());
                    bindFields(insert, 3, claim, Links.of(claim, entities));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        writeTags(connection, stored);
        return stored;
    }

    private static void writeTags(Connection connection, List<Claim> claims) throws SQLException {
        if (claims.stream().allMatch(claim -> claim.tagIds().isEmpty())) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO claim_tag (claim_id, tag_id) VALUES (?, ?)")) {
            for (Claim claim : claims) {
                for (long tagId : claim.tagIds()) {
                    insert.setLong(1, claim.id());
                    insert.setLong(2, tagId);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Replaces every field and the tags of an existing claim. */
    public void update(Transaction transaction, Claim claim) {
        transaction.run(connection -> update(connection, claim));
    }

    /**
     * Saves a re-scan's new reading of a stored claim (a suggestion found again on the same words), as
     * {@link #update(Transaction, Claim)} does, but a subject or place the re-scan spells anew in words that
     * name no entity keeps the link it had where its old words did not give that link either: the claim is
     * still about that entity (one renamed since, whose old names the table no longer has). New words that
     * name an entity link to it; blank ones to none.
     */
    public void refresh(Transaction transaction, Claim reread) {
        transaction.run(connection -> {
            if (!update(connection, reread, null, -1, Links.onRescan(connection, reread))) {
                throw new SQLException("claim " + reread.id() + " does not exist");
            }
        });
    }

    /**
     * The project's entity rows as a lookup, read the first time a claim of a batch needs them: a batch
     * of claims saved in one transaction leaves them as they are, and reading them for each of thousands
     * of claims whose words name no entity was most of an "accept all".
     */
    private static final class TableOnce {
        private final Connection connection;
        private EntityLinks.Lookup lookup;

        TableOnce(Connection connection) {
            this.connection = connection;
        }

        EntityLinks.Lookup lookup() throws SQLException {
            if (lookup == null) {
                lookup = EntityLinks.of(connection);
            }
            return lookup;
        }
    }

    /**
     * Saves many claims as {@link #update(Transaction, Claim)} does one by one, but forgets the chains read
     * of each article once, not once per claim: each forgetting looks through every claim of the article,
     * so undoing "accept all" on an article of 18,767 claims did that 18,767 times.
     */
    public void updateAll(Transaction transaction, List<Claim> toUpdate) {
        transaction.run(connection -> {
            TableOnce table = new TableOnce(connection);
            for (Claim claim : toUpdate) {
                if (!write(connection, claim, null, -1, Links.onUpdate(connection, claim, table))) {
                    throw new SQLException("claim " + claim.id() + " does not exist");
                }
            }
            forgetChainsOf(connection, toUpdate);
        });
    }

    /** Saves many re-read claims as {@link #refresh} does one by one, forgetting each article's chains once. */
    public void refreshAll(Transaction transaction, List<Claim> reread) {
        transaction.run(connection -> {
            TableOnce table = new TableOnce(connection);
            for (Claim claim : reread) {
                if (!write(connection, claim, null, -1, Links.onRescan(connection, claim, table))) {
                    throw new SQLException("claim " + claim.id() + " does not exist");
                }
            }
            forgetChainsOf(connection, reread);
        });
    }

    private static void forgetChainsOf(Connection connection, List<Claim> claims) throws SQLException {
        for (long sourceId : claims.stream().map(Claim::sourceId).distinct().toList()) {
            CHAINS.forgetRead(connection, sourceId);
        }
    }

    /** Saves a hand edit of the claim, signed with who made it ({@code editor}) and now. */
    public void update(Transaction transaction, Claim claim, String editor) {
        transaction.run(connection -> update(connection, claim, editor));
    }

    /**
     * Saves a hand edit of the claim only if it is still at {@code expectedVersion} (optimistic
     * locking: {@code WHERE id = ? AND version = ?}), signed with {@code editor} and now; its version
     * becomes {@code expectedVersion + 1}.
     *
     * @throws EditConflictException if someone else changed or deleted the claim since; nothing is written
     */
    public void update(Transaction transaction, Claim claim, String editor, long expectedVersion) {
        transaction.run(connection -> {
            if (!update(connection, claim, editor, expectedVersion)) {
                Optional<ClaimEdit> change = lastEdit(connection, claim.id());
                throw new EditConflictException(claim.id(), change.orElse(null),
                        change.isEmpty() ? null : find(connection, claim.id()).orElseThrow());
            }
        });
    }

    /** The version of every claim of a source, by claim id: what a window saw when it loaded them. */
    public Map<Long, Long> versionsOfSource(Transaction transaction, long sourceId) {
        return transaction.with(connection -> {
            Map<Long, Long> versions = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, version FROM claim WHERE source_id = ?")) {
                query.setLong(1, sourceId);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        versions.put(row.getLong(1), row.getLong(2));
                    }
                }
            }
            return versions;
        });
    }

    /** The claim's last hand edit and version; empty when there is no such claim. */
    public Optional<ClaimEdit> lastEdit(Transaction transaction, long id) {
        return transaction.with(connection -> lastEdit(connection, id));
    }

    private static Optional<ClaimEdit> lastEdit(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT edited_by, edited_at, version FROM claim WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                java.sql.Timestamp at = row.getTimestamp(2);
                return Optional.of(new ClaimEdit(row.getString(1), at == null ? null : at.toLocalDateTime(),
                        row.getLong(3)));
            }
        }
    }

    void update(Connection connection, Claim claim) throws SQLException {
        update(connection, claim, null);
    }

    private void update(Connection connection, Claim claim, String editor) throws SQLException {
        if (!update(connection, claim, editor, -1)) {
            throw new SQLException("claim " + claim.id() + " does not exist");
        }
    }

    /**
     * Updates the claim and raises its version; signs it with {@code editor} and now unless that is
     * null; only at {@code expectedVersion} unless that is negative. Returns false when no row matched.
     */
    private boolean update(Connection connection, Claim claim, String editor, long expectedVersion)
            throws SQLException {
        return update(connection, claim, editor, expectedVersion, Links.onUpdate(connection, claim));
    }

    private boolean update(Connection connection, Claim claim, String editor, long expectedVersion, Links links)
            throws SQLException {
        if (!write(connection, claim, editor, expectedVersion, links)) {
            return false;
        }
        // what it says, or who, may have changed: the chains of its article are read again
        CHAINS.forgetRead(connection, claim.sourceId());
        return true;
    }

    /** Writes the claim's fields and tags as {@link #update} does, leaving its article's chains as they are. */
    private boolean write(Connection connection, Claim claim, String editor, long expectedVersion, Links links)
            throws SQLException {
        String sql = "UPDATE claim SET start_offset = ?, end_offset = ?, kind = ?, status = ?, origin = ?, "
                + "subject = ?, speaker = ?, outlet = ?, place = ?, time_words = ?, time_date = ?, "
                + "time_precision = ?, low_value = ?, high_value = ?, qualifier = ?, counted = ?, normalized = ?, "
                + "role = ?, note = ?, subject_entity_id = ?, place_entity_id = ?, version = version + 1"
                + (editor == null ? "" : ", edited_by = ?, edited_at = CURRENT_TIMESTAMP") + " WHERE id = ?"
                + (expectedVersion < 0 ? "" : " AND version = ?");
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int next = bindFields(update, 1, claim, links);
            if (editor != null) {
                update.setString(next++, editor);
            }
            update.setLong(next++, claim.id());
            if (expectedVersion >= 0) {
                update.setLong(next, expectedVersion);
            }
            if (update.executeUpdate() != 1) {
                return false;
            }
        }
        try (PreparedStatement clear = connection.prepareStatement("DELETE FROM claim_tag WHERE claim_id = ?")) {
            clear.setLong(1, claim.id());
            clear.executeUpdate();
        }
        // its span may have moved: the comparison makes its context again from the text
        try (PreparedStatement stale = connection.prepareStatement("DELETE FROM claim_context WHERE claim_id = ?")) {
            stale.setLong(1, claim.id());
            stale.executeUpdate();
        }
        writeTags(connection, claim.id(), claim.tagIds());
        return true;
    }

    /** Binds the fields after source_id from {@code index} on; returns the next free index. */
    private static int bindFields(PreparedStatement statement, int index, Claim claim, Links links) throws SQLException {
        statement.setInt(index++, claim.start());
        statement.setInt(index++, claim.end());
        statement.setString(index++, claim.kind().name());
        statement.setString(index++, claim.status().name());
        statement.setString(index++, claim.origin().name());
        statement.setString(index++, claim.subject());
        statement.setString(index++, claim.speaker());
        statement.setString(index++, claim.outlet());
        statement.setString(index++, claim.place());
        statement.setString(index++, claim.refersTo().words());
        Rows.setFuzzyDate(statement, index, claim.refersTo().date());
        index += 2;
        Quantity quantity = claim.quantity();
        Rows.setNullableDouble(statement, index++, quantity.low());
        Rows.setNullableDouble(statement, index++, quantity.high());
        statement.setString(index++, quantity.qualifier());
        statement.setString(index++, quantity.counted());
        statement.setString(index++, quantity.normalized());
        statement.setString(index++, quantity.role());
        statement.setString(index++, claim.note());
        EntityLinks.bindLink(statement, index++, links.subject());
        EntityLinks.bindLink(statement, index++, links.place());
        return index;
    }

    /** The entities a claim's subject and place are linked to; null for none. */
    private record Links(Long subject, Long place) {

        /** As the project's entity rows read the claim's words. */
        static Links of(Claim claim, EntityLinks.Lookup entities) {
            return new Links(entities.subject(claim.subject()), entities.place(claim.place()));
        }

        /**
         * For an edit of a stored claim: words left as they were keep their link (they may name an entity
         * renamed since, which the words alone would not find), words changed are read again.
         */
        static Links onUpdate(Connection connection, Claim claim) throws SQLException {
            return onUpdate(connection, claim, new TableOnce(connection));
        }

        static Links onUpdate(Connection connection, Claim claim, TableOnce table) throws SQLException {
            return read(connection, claim, false, table);
        }

        /**
         * For a re-scan's new reading of a stored claim: as {@link #onUpdate}, and new words that name no
         * entity keep a link the old words did not give (see {@link ClaimRepository#refresh}).
         */
        static Links onRescan(Connection connection, Claim claim) throws SQLException {
            return onRescan(connection, claim, new TableOnce(connection));
        }

        static Links onRescan(Connection connection, Claim claim, TableOnce table) throws SQLException {
            return read(connection, claim, true, table);
        }

        private static Links read(Connection connection, Claim claim, boolean keepUnexplained, TableOnce table)
                throws SQLException {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT subject, place, subject_entity_id, place_entity_id FROM claim WHERE id = ?")) {
                query.setLong(1, claim.id());
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return new Links(null, null); // nothing to update: the caller says so
                    }
                    long subject = row.getLong(3);
                    long place = row.getLong(4);
                    boolean sameSubject = row.getString(1).equals(claim.subject()) && subject != 0;
                    boolean samePlace = row.getString(2).equals(claim.place()) && place != 0;
                    if (sameSubject && samePlace) {
                        return new Links(subject, place);
                    }
                    EntityLinks.Lookup entities = table.lookup();
                    Long newSubject = sameSubject ? Long.valueOf(subject) : entities.subject(claim.subject());
                    Long newPlace = samePlace ? Long.valueOf(place) : entities.place(claim.place());
                    if (keepUnexplained) {
                        newSubject = kept(newSubject, claim.subject(), subject, entities.subject(row.getString(1)));
                        newPlace = kept(newPlace, claim.place(), place, entities.place(row.getString(2)));
                    }
                    return new Links(newSubject, newPlace);
                }
            }
        }

        /**
         * {@code found}, the link the new words give, or where they name nothing (and are not blank) the
         * link the claim had ({@code had}, 0 for none) unless its old words gave it ({@code oldWordsGive}).
         */
        private static Long kept(Long found, String newWords, long had, Long oldWordsGive) {
            if (found != null || newWords.isBlank() || had == 0 || Long.valueOf(had).equals(oldWordsGive)) {
                return found;
            }
            return had;
        }
    }

    /**
     * The entity each claim's subject and place are linked to, by claim id; claims with neither are left out.
     * What the comparison groups by, where the words alone would change with the alias table.
     */
    public Map<Long, EntityLink> entityLinks(Transaction transaction) {
        return transaction.with(connection -> {
            Map<Long, EntityLink> links = new HashMap<>();
            try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(
                    "SELECT id, subject_entity_id, place_entity_id FROM claim "
                            + "WHERE subject_entity_id IS NOT NULL OR place_entity_id IS NOT NULL")) {
                while (row.next()) {
                    links.put(row.getLong(1), new EntityLink(row.getLong(2), row.getLong(3)));
                }
            }
            return links;
        });
    }

    /**
     * The links of a source's claims, by claim id (claims with neither are left out): what deleting the
     * source drops, for its undo to give back ({@link #restoreEntityLinksOfSource}).
     */
    public Map<Long, EntityLink> entityLinksOfSource(Transaction transaction, long sourceId) {
        return transaction.with(connection -> {
            Map<Long, EntityLink> links = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id, subject_entity_id, place_entity_id "
                    + "FROM claim WHERE source_id = ? AND (subject_entity_id IS NOT NULL OR place_entity_id IS NOT NULL)")) {
                query.setLong(1, sourceId);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        links.put(row.getLong(1), new EntityLink(row.getLong(2), row.getLong(3)));
                    }
                }
            }
            return links;
        });
    }

    /**
     * Gives every claim exactly the links of {@code links} (as {@link #entityLinks} read them; a claim left
     * out has none): what an undo gives back, where the words alone would link claims anew. Each entity id
     * goes through {@code renumbered} where it is there (an entity an undo made again has a new id); a link
     * to an entity that is gone since stays as the claim's words give it now.
     */
    public void restoreEntityLinks(Transaction transaction, Map<Long, EntityLink> links, Map<Long, Long> renumbered) {
        transaction.run(connection -> restoreLinks(connection, "", 0, links, renumbered));
    }

    /** As {@link #restoreEntityLinks} does for the claims of one source only. */
    public void restoreEntityLinksOfSource(Transaction transaction, long sourceId, Map<Long, EntityLink> links) {
        transaction.run(connection -> restoreLinks(connection, " WHERE source_id = ?", sourceId, links, Map.of()));
    }

    private static void restoreLinks(Connection connection, String where, long sourceId, Map<Long, EntityLink> links,
                                     Map<Long, Long> renumbered) throws SQLException {
        Set<Long> entities = new HashSet<>();
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery("SELECT id FROM entity")) {
            while (row.next()) {
                entities.add(row.getLong(1));
            }
        }
        List<long[]> changed = new ArrayList<>(); // claim id, subject, place (0: none)
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, subject_entity_id, place_entity_id FROM claim" + where)) {
            if (!where.isEmpty()) {
                query.setLong(1, sourceId);
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    EntityLink wanted = links.getOrDefault(row.getLong(1), new EntityLink(0, 0));
                    long subject = restored(wanted.subjectEntityId(), row.getLong(2), entities, renumbered);
                    long place = restored(wanted.placeEntityId(), row.getLong(3), entities, renumbered);
                    if (subject != row.getLong(2) || place != row.getLong(3)) {
                        changed.add(new long[] {row.getLong(1), subject, place});
                    }
                }
            }
        }
        EntityLinkRepository.write(connection, changed);
    }

    /** The link to give back: {@code wanted} as numbered now, or {@code now} when that entity is gone. */
    private static long restored(long wanted, long now, Set<Long> entities, Map<Long, Long> renumbered) {
        if (wanted == 0) {
            return 0;
        }
        long id = renumbered.getOrDefault(wanted, wanted);
        return entities.contains(id) ? id : now;
    }

    private static void writeTags(Connection connection, long claimId, Set<Long> tagIds) throws SQLException {
        if (tagIds.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO claim_tag (claim_id, tag_id) VALUES (?, ?)")) {
            for (long tagId : tagIds) {
                insert.setLong(1, claimId);
                insert.setLong(2, tagId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public void delete(Transaction transaction, long id) {
        transaction.run(connection -> delete(connection, id));
    }

    /** Deletes many claims as {@link #delete} does one by one, forgetting the chains read of each article once. */
    public void deleteAll(Transaction transaction, List<Claim> toDelete) {
        transaction.run(connection -> {
            forgetChainsOf(connection, toDelete);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM claim WHERE id = ?")) {
                for (Claim claim : toDelete) {
                    delete.setLong(1, claim.id());
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        });
    }

    void delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement stale = connection.prepareStatement("DELETE FROM citation_chain WHERE edited = FALSE "
                + "AND EXISTS (SELECT 1 FROM claim WHERE claim.id = citation_chain.claim_id "
                + "AND claim.source_id = (SELECT source_id FROM claim WHERE id = ?))")) {
            stale.setLong(1, id);
            stale.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM claim WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    public Optional<Claim> find(Transaction transaction, long id) {
        return transaction.with(connection -> find(connection, id));
    }

    Optional<Claim> find(Connection connection, long id) throws SQLException {
        List<Claim> found = query(connection, "SELECT " + COLUMNS + " FROM claim WHERE id = ?", id);
        return found.stream().findFirst();
    }

    /** The claims of one source in text order. */
    public List<Claim> ofSource(Transaction transaction, long sourceId) {
        return transaction.with(connection -> ofSource(connection, sourceId));
    }

    List<Claim> ofSource(Connection connection, long sourceId) throws SQLException {
        return query(connection, "SELECT " + COLUMNS + " FROM claim WHERE source_id = ? "
                + "ORDER BY start_offset, end_offset, id", sourceId);
    }

    /** Every claim of the project, grouped by source and in text order. */
    public List<Claim> all(Transaction transaction) {
        return transaction.with(connection -> all(connection));
    }

    List<Claim> all(Connection connection) throws SQLException {
        // read as the table lies and sorted here: in the order of an index the database would fetch each
        // row from another page, and on a large project read most pages many times over
        List<Claim> rows = rows(connection, "SELECT " + COLUMNS + " FROM claim");
        rows.sort(IN_TEXT_ORDER);
        if (rows.isEmpty()) {
            return rows;
        }
        // every claim's tags are the whole table: one scan, rather than looking up the ids in slices
        Map<Long, Set<Long>> tagsByClaim = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT claim_id, tag_id FROM claim_tag");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                tagsByClaim.computeIfAbsent(row.getLong(1), id -> new HashSet<>()).add(row.getLong(2));
            }
        }
        if (tagsByClaim.isEmpty()) {
            return rows;
        }
        return rows.stream().map(claim -> claim.withTags(tagsByClaim.getOrDefault(claim.id(), Set.of()))).toList();
    }

    private List<Claim> query(Connection connection, String sql, Object... parameters) throws SQLException {
        return withTags(connection, rows(connection, sql, parameters));
    }

    private List<Claim> rows(Connection connection, String sql, Object... parameters) throws SQLException {
        List<Claim> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(read(row));
                }
            }
        }
        return rows;
    }

    private static List<Claim> withTags(Connection connection, List<Claim> claims) throws SQLException {
        if (claims.isEmpty()) {
            return claims;
        }
        Map<Long, Set<Long>> tagsByClaim = new HashMap<>();
        Dialect dialect = Dialect.of(connection);
        String sql = "SELECT claim_id, tag_id FROM claim_tag WHERE " + dialect.inIds("claim_id");
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int from = 0; from < claims.size(); from += IDS_PER_QUERY) {
                query.setObject(1, dialect.ids(connection, claims.subList(from, Math.min(claims.size(),
                        from + IDS_PER_QUERY)).stream().map(Claim::id).toArray(Long[]::new)));
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        tagsByClaim.computeIfAbsent(row.getLong(1), id -> new HashSet<>()).add(row.getLong(2));
                    }
                }
            }
        }
        if (tagsByClaim.isEmpty()) {
            return claims;
        }
        return claims.stream().map(claim -> claim.withTags(tagsByClaim.getOrDefault(claim.id(), Set.of()))).toList();
    }

    /**
     * A claim of a row of {@link #COLUMNS}, its columns read by position: a project's 45,000 claims
     * are read for every comparison, and a column found by its name costs a lookup each time.
     */
    private static Claim read(ResultSet row) throws SQLException {
        Quantity quantity = new Quantity(Rows.nullableDouble(row, 15), Rows.nullableDouble(row, 16),
                row.getString(17), row.getString(18), row.getString(19), row.getString(20));
        TimeReference refersTo = new TimeReference(row.getString(12), Rows.fuzzyDate(row, 13, 14));
        return new Claim(row.getLong(1), row.getLong(2), row.getInt(3), row.getInt(4),
                ClaimKind.valueOf(row.getString(5)), ClaimStatus.valueOf(row.getString(6)),
                ClaimOrigin.valueOf(row.getString(7)), row.getString(8), row.getString(9), row.getString(10),
                row.getString(11), refersTo, quantity, Set.of(), row.getString(21));
    }
}
