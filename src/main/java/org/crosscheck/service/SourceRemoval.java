package org.crosscheck.service;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Claim;
import org.crosscheck.model.GroupEdits;
import org.crosscheck.model.Source;
import org.crosscheck.model.Story;
import org.crosscheck.model.StoryPlacement;
import org.crosscheck.store.ClaimContextRepository;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.Database;
import org.crosscheck.store.EntityLink;
import org.crosscheck.store.GroupEditsRepository;
import org.crosscheck.store.SourceRepository;
import org.crosscheck.store.StoryRepository;

/**
 * Deleting a source with its claims as one undoable edit. Everything the database drops with it
 * is kept here — the claims with their ids, tags and entity links, its story terms, when it was imported — and
 * the stories as they were before (deleting clusters them again), so undo puts back exactly the
 * rows there were, stories and their ids included.
 *
 * <p>Not thread-safe: applied and reverted by {@link UndoHistory}, one at a time.
 */
final class SourceRemoval implements Edit {

    private final SourceRepository sources = new SourceRepository();
    private final ClaimRepository claims = new ClaimRepository();
    private final GroupEditsRepository groupEdits = new GroupEditsRepository();
    private final StoryRepository stories = new StoryRepository();
    private final ClaimContextRepository contexts = new ClaimContextRepository();
    private final StoryService storyService;
    private final Source source;
    private final List<Claim> removedClaims;
    /** The entities its claims were linked to, which its claims' words alone may no longer name. */
    private final Map<Long, EntityLink> removedLinks;
    private final String terms;
    private final LocalDateTime importedAt;
    /** The stories and every source's place in them just before the latest apply. */
    private List<Story> storiesBefore = List.of();
    private List<StoryPlacement> placementsBefore = List.of();
    private GroupEdits editsBefore = GroupEdits.NONE;

    private SourceRemoval(StoryService storyService, Source source, List<Claim> removedClaims,
                          Map<Long, EntityLink> removedLinks, String terms, LocalDateTime importedAt) {
        this.storyService = storyService;
        this.source = source;
        this.removedClaims = removedClaims;
        this.removedLinks = removedLinks;
        this.terms = terms;
        this.importedAt = importedAt;
    }

    /** Reads what deleting the source will drop; blocking. */
    static SourceRemoval of(Database database, StoryService storyService, long sourceId) {
        SourceRepository sources = new SourceRepository();
        ClaimRepository claims = new ClaimRepository();
        StoryRepository stories = new StoryRepository();
        return database.inTransaction("read source " + sourceId + " before deleting it", transaction -> {
            Source source = sources.find(transaction, sourceId)
                    .orElseThrow(() -> new IllegalArgumentException("The source no longer exists."));
            return new SourceRemoval(storyService, source, claims.ofSource(transaction, sourceId),
                    claims.entityLinksOfSource(transaction, sourceId), stories.terms(transaction).get(sourceId), sources.importedTimes(transaction).get(sourceId));
        });
    }

    Source source() {
        return source;
    }

    int claimCount() {
        return removedClaims.size();
    }

    @Override
    public String description() {
        return "Delete source";
    }

    @Override
    public void apply(Database database) {
        database.inTransaction("delete source " + source.id(), transaction -> {
            storiesBefore = stories.all(transaction);
            placementsBefore = stories.placements(transaction);
            editsBefore = groupEdits.load(transaction);
            sources.delete(transaction, source.id()); // its claims, their tags, contexts and group edits go with it
            return null;
        });
        storyService.recluster();
    }

    @Override
    public void revert(Database database) {
        database.inTransaction("restore source " + source.id(), transaction -> {
            sources.insert(transaction, source);
            List<Claim> stored = claims.insertAll(transaction, removedClaims);
            // the links they had, not those their words give now (an entity renamed since keeps its claims)
            claims.restoreEntityLinksOfSource(transaction, source.id(), removedLinks);
            groupEdits.save(transaction, editsBefore); // the hand edits of its claims, which went with them
            contexts.saveAll(transaction, ClaimContexts.of(source.text(), stored));
            if (terms != null) {
                stories.saveTerms(transaction, Map.of(source.id(), terms));
            }
            if (importedAt != null) {
                sources.setImportedTimes(transaction, Map.of(source.id(), importedAt));
            }
            // the stories exactly as before the delete: the same ids, names and articles
            Map<Long, Story> now = new HashMap<>();
            stories.all(transaction).forEach(story -> now.put(story.id(), story));
            for (Story story : storiesBefore) {
                if (now.remove(story.id()) == null) {
                    stories.insert(transaction, story);
                } else {
                    stories.update(transaction, story);
                }
            }
            stories.place(transaction, placementsBefore);
            for (long made : now.keySet()) {
                stories.delete(transaction, made); // made by the clustering after the delete, empty again now
            }
            return null;
        });
    }
}
