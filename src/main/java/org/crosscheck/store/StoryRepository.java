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
import org.crosscheck.model.Story;
import org.crosscheck.model.StoryPlacement;

/**
 * Stories, which story each source is in, and each source's story terms. Every method works
 * inside the caller's transaction.
 */
public final class StoryRepository {

    /** Inserts a story; id 0 gets a new id, any other id is kept (for undo and redo). */
    public Story insert(Transaction transaction, Story story) {
        return transaction.with(connection -> insert(connection, story));
    }

    Story insert(Connection connection, Story story) throws SQLException {
        boolean newId = story.id() == 0;
        String sql = "INSERT INTO story (" + (newId ? "" : "id, ") + "name, named_by_hand) VALUES ("
                + (newId ? "" : "?, ") + "?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            int index = 1;
            if (!newId) {
                insert.setLong(index++, story.id());
            }
            insert.setString(index++, story.name());
            insert.setBoolean(index, story.namedByHand());
            insert.executeUpdate();
            if (!newId) {
                return story;
            }
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Story(keys.getLong(1), story.name(), story.namedByHand());
            }
        }
    }

    /**
     * A new story id that no story has or will get, so that an edit which makes a story makes the
     * same one on every redo.
     */
    public long reserveId(Transaction transaction) {
        return transaction.with(connection -> reserveId(connection));
    }

    long reserveId(Connection connection) throws SQLException {
        long id = insert(connection, new Story(0, "", false)).id();
        delete(connection, id);
        return id;
    }

    public void update(Transaction transaction, Story story) {
        transaction.run(connection -> update(connection, story));
    }

    void update(Connection connection, Story story) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE story SET name = ?, named_by_hand = ? WHERE id = ?")) {
            update.setString(1, story.name());
            update.setBoolean(2, story.namedByHand());
            update.setLong(3, story.id());
            if (update.executeUpdate() != 1) {
                throw new SQLException("story " + story.id() + " does not exist");
            }
        }
    }

    public void delete(Transaction transaction, long id) {
        transaction.run(connection -> delete(connection, id));
    }

    void delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM story WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    /** Every story, by id. */
    public List<Story> all(Transaction transaction) {
        return transaction.with(connection -> all(connection));
    }

    List<Story> all(Connection connection) throws SQLException {
        List<Story> stories = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, name, named_by_hand FROM story ORDER BY id");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                stories.add(new Story(row.getLong(1), row.getString(2), row.getBoolean(3)));
            }
        }
        return stories;
    }

    /** Which story every source is in, by source id. */
    public List<StoryPlacement> placements(Transaction transaction) {
        return transaction.with(connection -> placements(connection));
    }

    List<StoryPlacement> placements(Connection connection) throws SQLException {
        List<StoryPlacement> placements = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, story_id, story_by_hand FROM source ORDER BY id");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                long story = row.getLong(2);
                boolean inNoStory = row.wasNull(); // asked at once: wasNull speaks of the column read last
                placements.add(new StoryPlacement(row.getLong(1), inNoStory ? null : story, row.getBoolean(3)));
            }
        }
        return placements;
    }

    /** The story of every source that is in one, by source id. */
    public Map<Long, Story> storyOfEachSource(Transaction transaction) {
        return transaction.with(connection -> storyOfEachSource(connection));
    }

    Map<Long, Story> storyOfEachSource(Connection connection) throws SQLException {
        Map<Long, Story> stories = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT s.id, t.id, t.name, t.named_by_hand "
                + "FROM source s JOIN story t ON t.id = s.story_id");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                stories.put(row.getLong(1), new Story(row.getLong(2), row.getString(3), row.getBoolean(4)));
            }
        }
        return stories;
    }

    /** Puts sources into stories (a null story takes them out of any); sources that are gone are skipped. */
    public void place(Transaction transaction, List<StoryPlacement> placements) {
        transaction.run(connection -> place(connection, placements));
    }

    void place(Connection connection, List<StoryPlacement> placements) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE source SET story_id = ?, story_by_hand = ? WHERE id = ?")) {
            for (StoryPlacement placement : placements) {
                if (placement.storyId() == null) {
                    update.setNull(1, Types.BIGINT);
                } else {
                    update.setLong(1, placement.storyId());
                }
                update.setBoolean(2, placement.byHand());
                update.setLong(3, placement.sourceId());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Each source's story terms as saved, by source id; sources not read yet are left out. */
    public Map<Long, String> terms(Transaction transaction) {
        return transaction.with(connection -> terms(connection));
    }

    Map<Long, String> terms(Connection connection) throws SQLException {
        Map<Long, String> terms = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, story_terms FROM source WHERE story_terms IS NOT NULL");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                terms.put(row.getLong(1), row.getString(2));
            }
        }
        return terms;
    }

    /**
     * The ids of sources whose story terms have not been saved yet, or not in the format that
     * begins {@code currentPrefix}: compared in the database, since reading every article's terms
     * to look at their first characters took most of opening a large project.
     */
    public List<Long> withoutTerms(Transaction transaction, String currentPrefix) {
        return transaction.with(connection -> withoutTerms(connection, currentPrefix));
    }

    List<Long> withoutTerms(Connection connection, String currentPrefix) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM source WHERE story_terms IS NULL "
                + "OR SUBSTRING(story_terms, 1, ?) <> ? ORDER BY id")) {
            query.setInt(1, currentPrefix.length());
            query.setString(2, currentPrefix);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
        }
        return ids;
    }

    public void saveTerms(Transaction transaction, Map<Long, String> termsBySource) {
        transaction.run(connection -> saveTerms(connection, termsBySource));
    }

    void saveTerms(Connection connection, Map<Long, String> termsBySource) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE source SET story_terms = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> entry : termsBySource.entrySet()) {
                update.setString(1, entry.getValue());
                update.setLong(2, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
