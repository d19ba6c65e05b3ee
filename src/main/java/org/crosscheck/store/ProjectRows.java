package org.crosscheck.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Source;
import org.crosscheck.model.Story;
import org.crosscheck.model.StoryPlacement;
import org.crosscheck.model.Tag;

/**
 * Every row of a project's tables at once, for a copy of the whole project: read whole, and
 * inserted whole into another project with new ids and every reference following them (claim →
 * source, claim → tags, tag → parent, source → story). Rows go in in the order of their ids, so
 * whatever sorts by id sorts as before. Every method works inside the caller's transaction.
 */
public final class ProjectRows {

    /** A source with the columns beside it that no {@link Source} holds: its story, story terms, import time. */
    public record Article(Source source, Long storyId, boolean storyByHand, String storyTerms,
                          LocalDateTime importedAt) {
    }

    public record Tables(List<Article> sources, List<Claim> claims, List<Tag> tags, List<Story> stories) {
        public Tables {
            sources = List.copyOf(sources);
            claims = List.copyOf(claims);
            tags = List.copyOf(tags);
            stories = List.copyOf(stories);
        }
    }

    /** The rows as inserted, and the new id of each claim and story by its id before. */
    public record Inserted(Tables tables, Map<Long, Long> claimIds, Map<Long, Long> storyIds) {
    }

    private final SourceRepository sources = new SourceRepository();
    private final ClaimRepository claims = new ClaimRepository();
    private final TagRepository tags = new TagRepository();
    private final StoryRepository stories = new StoryRepository();

    /** Every row, each table by id. */
    public Tables readAll(Transaction transaction) {
        return transaction.with(connection -> readAll(connection));
    }

    Tables readAll(Connection connection) throws SQLException {
        Map<Long, StoryPlacement> placements = new HashMap<>();
        stories.placements(connection).forEach(placement -> placements.put(placement.sourceId(), placement));
        Map<Long, String> terms = stories.terms(connection);
        Map<Long, LocalDateTime> imported = sources.importedTimes(connection);
        List<Article> articles = new ArrayList<>();
        for (Source source : sources.all(connection)) {
            StoryPlacement placement = placements.get(source.id());
            articles.add(new Article(source, placement == null ? null : placement.storyId(),
                    placement != null && placement.byHand(), terms.get(source.id()), imported.get(source.id())));
        }
        return new Tables(articles, byId(claims.all(connection), Claim::id), byId(tags.all(connection), Tag::id),
                stories.all(connection));
    }

    /**
     * Inserts every row; with {@code keepIds} each keeps its id (a redo of the same insert), else
     * each gets a new one. The references must name rows of {@code tables}.
     */
    public Inserted insertAll(Transaction transaction, Tables tables, boolean keepIds) {
        return transaction.with(connection -> insertAll(connection, tables, keepIds));
    }

    Inserted insertAll(Connection connection, Tables tables, boolean keepIds) throws SQLException {
        Map<Long, Long> storyIds = new HashMap<>();
        List<Story> storyRows = new ArrayList<>();
        for (Story story : byId(tables.stories(), Story::id)) {
            Story row = stories.insert(connection, keepIds ? story : new Story(0, story.name(), story.namedByHand()));
            storyIds.put(story.id(), row.id());
            storyRows.add(row);
        }
        Map<Long, Long> tagIds = new HashMap<>();
        List<Tag> tagRows = insertTags(connection, tables.tags(), keepIds, tagIds);
        Map<Long, Long> sourceIds = new HashMap<>();
        List<Article> articles = new ArrayList<>();
        for (Article article : byId(tables.sources(), a -> a.source().id())) {
            Source row = sources.insert(connection, keepIds ? article.source() : article.source().withId(0));
            sourceIds.put(article.source().id(), row.id());
            articles.add(new Article(row, article.storyId() == null ? null : storyIds.get(article.storyId()),
                    article.storyByHand(), article.storyTerms(), article.importedAt()));
        }
        besideSources(connection, articles);
        Map<Long, Long> claimIds = new HashMap<>();
        List<Claim> claimRows = new ArrayList<>();
        for (Claim claim : byId(tables.claims(), Claim::id)) {
            Set<Long> tagged = new HashSet<>();
            claim.tagIds().forEach(tag -> tagged.add(tagIds.get(tag)));
            Claim row = claims.insert(connection, new Claim(keepIds ? claim.id() : 0, sourceIds.get(claim.sourceId()),
                    claim.start(), claim.end(), claim.kind(), claim.status(), claim.origin(), claim.subject(),
                    claim.speaker(), claim.outlet(), claim.place(), claim.refersTo(), claim.quantity(), tagged,
                    claim.note()));
            claimIds.put(claim.id(), row.id());
            claimRows.add(row);
        }
        return new Inserted(new Tables(articles, claimRows, tagRows, storyRows), claimIds, storyIds);
    }

    /** Deletes the rows {@link #insertAll} inserted (claims and their tags go with their sources). */
    public void deleteAll(Transaction transaction, Tables tables) {
        transaction.run(connection -> deleteAll(connection, tables));
    }

    void deleteAll(Connection connection, Tables tables) throws SQLException {
        for (Article article : tables.sources()) {
            sources.delete(connection, article.source().id());
        }
        for (Tag tag : tables.tags()) {
            tags.delete(connection, tag.id());
        }
        for (Story story : tables.stories()) {
            stories.delete(connection, story.id());
        }
    }

    /** Tags without parents first, so a parent is always there when a child names it; {@code ids} gets old → new. */
    private List<Tag> insertTags(Connection connection, List<Tag> fileTags, boolean keepIds, Map<Long, Long> ids)
            throws SQLException {
        List<Tag> sorted = byId(fileTags, Tag::id);
        List<Tag> rows = new ArrayList<>();
        for (Tag tag : sorted) {
            Tag row = tags.insert(connection, new Tag(keepIds ? tag.id() : 0, tag.name(), tag.color(), null));
            ids.put(tag.id(), row.id());
            rows.add(row);
        }
        for (int i = 0; i < rows.size(); i++) {
            Long parent = sorted.get(i).parentId();
            if (parent != null) {
                Tag nested = new Tag(rows.get(i).id(), rows.get(i).name(), rows.get(i).color(), ids.get(parent));
                tags.update(connection, nested);
                rows.set(i, nested);
            }
        }
        return rows;
    }

    private void besideSources(Connection connection, List<Article> articles) throws SQLException {
        List<StoryPlacement> placements = new ArrayList<>();
        Map<Long, String> terms = new HashMap<>();
        Map<Long, LocalDateTime> imported = new HashMap<>();
        for (Article article : articles) {
            long id = article.source().id();
            placements.add(new StoryPlacement(id, article.storyId(), article.storyByHand()));
            if (article.storyTerms() != null) {
                terms.put(id, article.storyTerms());
            }
            if (article.importedAt() != null) {
                imported.put(id, article.importedAt());
            }
        }
        stories.place(connection, placements);
        stories.saveTerms(connection, terms);
        sources.setImportedTimes(connection, imported);
    }

    private static <T> List<T> byId(List<T> rows, ToLongFunction<T> id) {
        return rows.stream().sorted(Comparator.comparingLong(id)).toList();
    }
}
