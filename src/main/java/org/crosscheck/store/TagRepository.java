package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Tag;

/** The researcher's tags. Every method works inside the caller's transaction. */
public final class TagRepository {

    /** Inserts a tag; id 0 gets a new id, any other id is kept (so undoing a delete restores it). */
    public Tag insert(Transaction transaction, Tag tag) {
        return transaction.with(connection -> insert(connection, tag, Signature.NONE));
    }

    /** Inserts a tag as {@link #insert(Transaction, Tag)} does, signed with {@code editor} and now. */
    public Tag insert(Transaction transaction, Tag tag, String editor) {
        return transaction.with(connection -> insert(connection, tag, Signature.now(editor)));
    }

    Tag insert(Connection connection, Tag tag) throws SQLException {
        return insert(connection, tag, Signature.NONE);
    }

    private Tag insert(Connection connection, Tag tag, Signature signature) throws SQLException {
        boolean newId = tag.id() == 0;
        String sql = "INSERT INTO tag (" + (newId ? "" : "id, ") + "name, color, parent_id, edited_by, edited_at) "
                + "VALUES (" + (newId ? "" : "?, ") + "?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            int index = 1;
            if (!newId) {
                insert.setLong(index++, tag.id());
            }
            insert.setString(index++, tag.name());
            insert.setString(index++, tag.color());
            Rows.setNullableLong(insert, index++, tag.parentId());
            signature.bind(insert, index);
            insert.executeUpdate();
            if (!newId) {
                return tag;
            }
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return tag.withId(keys.getLong(1));
            }
        }
    }

    /** Saves a hand edit of the tag, signed with who made it ({@code editor}) and now. */
    public void update(Transaction transaction, Tag tag, String editor) {
        transaction.run(connection -> update(connection, tag, Signature.now(editor)));
    }

    /**
     * Saves {@code replacement} only if the tag is still as {@code expected} (its name, colour and parent:
     * the values are the version), signed with {@code editor} and now. On a shared project this is what
     * keeps an undo from overwriting another person's later change of the tag.
     *
     * @throws EditConflictException if someone else changed or deleted the tag since; nothing is written
     */
    public void updateIfStill(Transaction transaction, Tag expected, Tag replacement, String editor) {
        transaction.run(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE tag SET name = ?, color = ?, parent_id = ?, edited_by = ?, edited_at = ? WHERE id = ? "
                            + "AND name = ? AND color IS NOT DISTINCT FROM ? AND parent_id IS NOT DISTINCT FROM ?")) {
                update.setString(1, replacement.name());
                update.setString(2, replacement.color());
                Rows.setNullableLong(update, 3, replacement.parentId());
                Signature.now(editor).bind(update, 4);
                update.setLong(6, replacement.id());
                update.setString(7, expected.name());
                update.setString(8, expected.color());
                Rows.setNullableLong(update, 9, expected.parentId());
                if (update.executeUpdate() == 1) {
                    return;
                }
            }
            java.util.Optional<Signature> last = Rows.signature(connection, "tag", replacement.id());
            throw new EditConflictException("tag", replacement.id(),
                    last.map(found -> new ClaimEdit(found.by(), found.at(), 0)).orElse(null));
        });
    }

    /** Who last changed the tag by hand and when; empty when there is no such tag. */
    public java.util.Optional<Signature> lastEdit(Transaction transaction, long id) {
        return transaction.with(connection -> Rows.signature(connection, "tag", id));
    }

    void update(Connection connection, Tag tag) throws SQLException {
        update(connection, tag, Signature.NONE);
    }

    void update(Connection connection, Tag tag, Signature signature) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE tag SET name = ?, color = ?, parent_id = ?, edited_by = ?, edited_at = ? WHERE id = ?")) {
            update.setString(1, tag.name());
            update.setString(2, tag.color());
            Rows.setNullableLong(update, 3, tag.parentId());
            signature.bind(update, 4);
            update.setLong(6, tag.id());
            if (update.executeUpdate() != 1) {
                throw new SQLException("tag " + tag.id() + " does not exist");
            }
        }
    }

    public void delete(Transaction transaction, long id) {
        transaction.run(connection -> delete(connection, id));
    }

    void delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM tag WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    public List<Tag> all(Transaction transaction) {
        return transaction.with(connection -> all(connection));
    }

    List<Tag> all(Connection connection) throws SQLException {
        List<Tag> tags = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, name, color, parent_id FROM tag ORDER BY LOWER(name)");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                tags.add(new Tag(row.getLong("id"), row.getString("name"), row.getString("color"),
                        Rows.nullableLong(row, "parent_id")));
            }
        }
        return tags;
    }

    /** The ids of the claims that carry a tag, so that deleting the tag can be undone. */
    public List<Long> claimsTagged(Transaction transaction, long tagId) {
        return transaction.with(connection -> claimsTagged(connection, tagId));
    }

    List<Long> claimsTagged(Connection connection, long tagId) throws SQLException {
        List<Long> claimIds = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT claim_id FROM claim_tag WHERE tag_id = ? ORDER BY claim_id")) {
            query.setLong(1, tagId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    claimIds.add(row.getLong(1));
                }
            }
        }
        return claimIds;
    }

    public void tagClaims(Transaction transaction, long tagId, List<Long> claimIds) {
        transaction.run(connection -> tagClaims(connection, tagId, claimIds));
    }

    void tagClaims(Connection connection, long tagId, List<Long> claimIds) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(Dialect.of(connection).upsert("claim_tag",
                new String[] {"claim_id", "tag_id"}, 2))) {
            for (long claimId : claimIds) {
                insert.setLong(1, claimId);
                insert.setLong(2, tagId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
