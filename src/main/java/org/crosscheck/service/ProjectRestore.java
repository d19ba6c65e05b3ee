package org.crosscheck.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.crosscheck.compare.GroupEdits;
import org.crosscheck.extract.AliasTable;
import org.crosscheck.extract.Entity;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Source;
import org.crosscheck.model.Story;
import org.crosscheck.model.StoryPlacement;
import org.crosscheck.model.Tag;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.Database;
import org.crosscheck.store.SettingsRepository;
import org.crosscheck.store.SourceRepository;
import org.crosscheck.store.StoryRepository;
import org.crosscheck.store.TagRepository;

/**
 * Restoring a project file into an empty project, as one undoable edit in one transaction. The
 * first time, every row gets a new id and every reference follows (claim → source, claim → tags,
 * tag → parent, source → story, group edits → claims and stories); rows are inserted in the order
 * of their ids in the file, so whatever sorts by id sorts as it did. Redo inserts the same rows
 * with the same new ids; undo deletes them and puts the project's settings back.
 */
final class ProjectRestore implements Edit {

    private final String description;
    private final ProjectContents fromFile;
    private final SuggestionService suggestions;
    private final SourceRepository sources = new SourceRepository();
    private final ClaimRepository claims = new ClaimRepository();
    private final TagRepository tags = new TagRepository();
    private final StoryRepository stories = new StoryRepository();
    private final SettingsRepository settings = new SettingsRepository();
    private ProjectContents restored;
    private Optional<String> aliasesBefore;
    private Optional<String> editsBefore;

    ProjectRestore(String description, ProjectContents fromFile, SuggestionService suggestions) {
        this.description = description;
        this.fromFile = fromFile;
        this.suggestions = suggestions;
    }

    @Override
    public String description() {
        return description;
    }

    /** The contents as restored, with the project's ids; null before the first apply. */
    ProjectContents restored() {
        return restored;
    }

    @Override
    public void apply(Database database) {
        database.inTransaction("restore the project", connection -> {
            aliasesBefore = settings.get(connection, AliasService.SETTING);
            editsBefore = settings.get(connection, ComparisonService.EDITS_SETTING);
            restored = restored == null ? insert(connection, fromFile, false) : insert(connection, restored, true);
            return null;
        });
        // the extractor of later imports and re-scans uses the restored alias table
        suggestions.useAliases(restored.aliases() == null ? AliasTable.defaults() : AliasTable.of(restored.aliases()));
    }

    @Override
    public void revert(Database database) {
        database.inTransaction("undo the restore", connection -> {
            for (ProjectContents.Article article : restored.sources()) {
                sources.delete(connection, article.source().id()); // its claims and their tags go with it
            }
            for (Tag tag : restored.tags()) {
                tags.delete(connection, tag.id());
            }
            for (Story story : restored.stories()) {
                stories.delete(connection, story.id());
            }
            putBack(connection, AliasService.SETTING, aliasesBefore);
            putBack(connection, ComparisonService.EDITS_SETTING, editsBefore);
            return null;
        });
        suggestions.useAliases(aliasesBefore.map(AliasService::parse).map(AliasTable::of).orElseGet(AliasTable::defaults));
    }

    private void putBack(Connection connection, String name, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            settings.put(connection, name, value.get());
        } else {
            settings.remove(connection, name);
        }
    }

    /** Inserts every row; with {@code keepIds} false each gets a new id. Returns the rows as inserted. */
    private ProjectContents insert(Connection connection, ProjectContents contents, boolean keepIds) throws SQLException {
        Map<Long, Long> storyIds = new HashMap<>();
        List<Story> storyRows = new ArrayList<>();
        for (Story story : sortedById(contents.stories(), Story::id)) {
            Story row = stories.insert(connection, keepIds ? story : new Story(0, story.name(), story.namedByHand()));
            storyIds.put(story.id(), row.id());
            storyRows.add(row);
        }
        Map<Long, Long> tagIds = new HashMap<>();
        List<Tag> tagRows = tags(connection, contents.tags(), keepIds, tagIds);
        Map<Long, Long> sourceIds = new HashMap<>();
        List<ProjectContents.Article> articles = new ArrayList<>();
        for (ProjectContents.Article article : sortedById(contents.sources(), a -> a.source().id())) {
            Source row = sources.insert(connection, keepIds ? article.source() : article.source().withId(0));
            sourceIds.put(article.source().id(), row.id());
            articles.add(new ProjectContents.Article(row, article.storyId() == null ? null : storyIds.get(article.storyId()),
                    article.storyByHand(), article.storyTerms(), article.importedAt()));
        }
        besideSources(connection, articles);
        Map<Long, Long> claimIds = new HashMap<>();
        List<Claim> claimRows = new ArrayList<>();
        for (Claim claim : sortedById(contents.claims(), Claim::id)) {
            Set<Long> tagged = new HashSet<>();
            claim.tagIds().forEach(tag -> tagged.add(tagIds.get(tag)));
            Claim row = claims.insert(connection, new Claim(keepIds ? claim.id() : 0, sourceIds.get(claim.sourceId()),
                    claim.start(), claim.end(), claim.kind(), claim.status(), claim.origin(), claim.subject(),
                    claim.speaker(), claim.outlet(), claim.place(), claim.refersTo(), claim.quantity(), tagged,
                    claim.note()));
            claimIds.put(claim.id(), row.id());
            claimRows.add(row);
        }
        GroupEdits edits = keepIds ? contents.groupEdits() : groupEdits(connection, contents.groupEdits(), claimIds, storyIds);
        saveSettings(connection, contents.aliases(), edits);
        return new ProjectContents(articles, claimRows, tagRows, storyRows, contents.aliases(), edits);
    }

    /** Tags without parents first, so a parent is always there when a child names it; {@code ids} gets old → new. */
    private List<Tag> tags(Connection connection, List<Tag> fileTags, boolean keepIds, Map<Long, Long> ids)
            throws SQLException {
        List<Tag> sorted = sortedById(fileTags, Tag::id);
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

    /** Story placements, story terms and import times: columns of the source table no {@link Source} holds. */
    private void besideSources(Connection connection, List<ProjectContents.Article> articles) throws SQLException {
        List<StoryPlacement> placements = new ArrayList<>();
        Map<Long, String> terms = new HashMap<>();
        Map<Long, LocalDateTime> imported = new HashMap<>();
        for (ProjectContents.Article article : articles) {
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

    private GroupEdits groupEdits(Connection connection, GroupEdits edits, Map<Long, Long> claimIds,
                                  Map<Long, Long> storyIds) throws SQLException {
        Map<Long, Long> named = new HashMap<>(storyIds);
        for (long story : GroupEditsRemap.storiesNamed(edits)) {
            if (!named.containsKey(story)) {
                named.put(story, stories.reserveId(connection));
            }
        }
        return GroupEditsRemap.remap(edits, claimIds, named);
    }

    private void saveSettings(Connection connection, List<Entity> aliases, GroupEdits edits) throws SQLException {
        if (aliases == null) {
            settings.remove(connection, AliasService.SETTING);
        } else {
            settings.put(connection, AliasService.SETTING, AliasService.write(aliases));
        }
        if (edits.equals(GroupEdits.NONE)) {
            settings.remove(connection, ComparisonService.EDITS_SETTING);
        } else {
            settings.put(connection, ComparisonService.EDITS_SETTING, ComparisonService.write(edits));
        }
    }

    private static <T> List<T> sortedById(List<T> rows, ToLongFunction<T> id) {
        return rows.stream().sorted(Comparator.comparingLong(id)).toList();
    }
}
