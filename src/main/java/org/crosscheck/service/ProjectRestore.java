package org.crosscheck.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.extract.AliasTable;
import org.crosscheck.model.GroupEdits;
import org.crosscheck.store.Database;
import org.crosscheck.store.GroupEditsRepository;
import org.crosscheck.store.ProjectRows;
import org.crosscheck.store.EntityRepository;
import org.crosscheck.store.StoryRepository;

/**
 * Restoring a project file into an empty project, as one undoable edit in one transaction. The
 * first time, every row gets a new id and every reference follows ({@link ProjectRows}), the hand
 * edits of groups too ({@link GroupEditsRemap}); redo inserts the same rows with the same new ids;
 * undo deletes them and puts the project's alias table and group edits back.
 */
final class ProjectRestore implements Edit {

    private final String description;
    private final ProjectContents fromFile;
    private final SuggestionService suggestions;
    private final ProjectRows rows = new ProjectRows();
    private final StoryRepository stories = new StoryRepository();
    private final org.crosscheck.store.CitationChainRepository chainRows = new org.crosscheck.store.CitationChainRepository();
    private final org.crosscheck.store.SpeakerIdentityRepository identityRows = new org.crosscheck.store.SpeakerIdentityRepository();
    private final org.crosscheck.store.SpeakerMergeRepository mergeRows = new org.crosscheck.store.SpeakerMergeRepository();
    private final EntityRepository entities = new EntityRepository();
    private final GroupEditsRepository groupEdits = new GroupEditsRepository();
    private final org.crosscheck.store.SourceGradeRepository gradeRows = new org.crosscheck.store.SourceGradeRepository();
    private ProjectContents restored;
    private Optional<java.util.List<org.crosscheck.model.Entity>> aliasesBefore;
    private GroupEdits editsBefore;

    ProjectRestore(String description, ProjectContents fromFile, SuggestionService suggestions) {
        this.description = description;
        this.fromFile = fromFile;
        this.suggestions = suggestions;
    }

    @Override
    public String description() {
        return description;
    }

    /** Links the restored claims to the entities the file names for them, where its words would not find them. */
    private void linkByName(org.crosscheck.store.Transaction transaction, Map<Long, ProjectContents.EntityNames> linked) {
        Map<Long, String> subjects = new HashMap<>();
        Map<Long, String> places = new HashMap<>();
        linked.forEach((claimId, names) -> {
            if (names.subject() != null) {
                subjects.put(claimId, names.subject());
            }
            if (names.place() != null) {
                places.put(claimId, names.place());
            }
        });
        entities.linkClaims(transaction, subjects, places);
    }

    @Override
    public void apply(Database database) {
        database.inTransaction("restore the project", transaction -> {
            aliasesBefore = entities.load(transaction);
            editsBefore = groupEdits.load(transaction);
            boolean first = restored == null;
            ProjectContents from = first ? fromFile : restored;
            ProjectRows.Inserted inserted = rows.insertAll(transaction, from.tables(), !first);
            GroupEdits edits = from.groupEdits();
            if (first) {
                // a group named by a story the file does not hold keeps its effect under an id no story will get
                Map<Long, Long> storyIds = new HashMap<>(inserted.storyIds());
                for (long story : GroupEditsRemap.storiesNamed(edits)) {
                    if (!storyIds.containsKey(story)) {
                        storyIds.put(story, stories.reserveId(transaction));
                    }
                }
                edits = GroupEditsRemap.remap(edits, inserted.claimIds(), storyIds);
            }
            // a file made on the shipped table restores that table as rows, so its claims are linked
            entities.save(transaction, Optional.of(from.aliases() == null ? AliasTable.defaults().entities()
                    : from.aliases()), EditorName.CURRENT.get());
            Map<Long, ProjectContents.EntityNames> linked = new HashMap<>();
            from.entityLinks().forEach((claimId, names) -> {
                Long newId = first ? inserted.claimIds().get(claimId) : claimId;
                if (newId != null) {
                    linked.put(newId, names);
                }
            });
            linkByName(transaction, linked);
            groupEdits.save(transaction, edits);
            Map<Long, org.crosscheck.model.CitationChain> chains = new HashMap<>();
            from.chains().forEach((claimId, chain) -> {
                Long newId = first ? inserted.claimIds().get(claimId) : claimId;
                if (newId != null) {
                    chains.put(newId, chain);
                }
            });
            chainRows.saveAll(transaction, chains);
            Map<Long, Map<String, String>> identities = new HashMap<>();
            Map<Long, Long> sourceIds = sourceIds(from, inserted, first);
            for (var ofSource : from.identities().entrySet()) {
                Long newId = sourceIds.get(ofSource.getKey());
                if (newId != null) {
                    for (var identity : ofSource.getValue().entrySet()) {
                        identityRows.put(transaction, newId, identity.getKey(), identity.getValue());
                    }
                    identities.put(newId, ofSource.getValue());
                }
            }
            for (org.crosscheck.model.SourceGrade grade : from.sourceGrades()) {
                gradeRows.put(transaction, grade);
            }
            java.util.List<org.crosscheck.model.SpeakerMerge> merges = new java.util.ArrayList<>();
            for (org.crosscheck.model.SpeakerMerge merge : from.speakerMerges()) {
                Long one = sourceIds.get(merge.sourceId());
                Long other = sourceIds.get(merge.otherSourceId());
                if (one != null && other != null) { // an answer about an article the file lacks has nothing to answer
                    org.crosscheck.model.SpeakerMerge restoredMerge = new org.crosscheck.model.SpeakerMerge(one,
                            merge.written(), other, merge.otherWritten(), merge.same());
                    mergeRows.put(transaction, restoredMerge);
                    merges.add(restoredMerge);
                }
            }
            restored = new ProjectContents(inserted.tables(), from.aliases(), edits, chains, identities,
                    from.sourceGrades(), merges, linked);
            return null;
        });
        // later imports and re-scans suggest with the restored alias table
        suggestions.useAliases(restored.aliases() == null ? AliasTable.defaults() : AliasTable.of(restored.aliases()));
    }

    @Override
    public void revert(Database database) {
        database.inTransaction("undo the restore", transaction -> {
            rows.deleteAll(transaction, restored.tables());
            for (org.crosscheck.model.SourceGrade grade : restored.sourceGrades()) {
                gradeRows.delete(transaction, grade.party(), grade.name());
            }
            entities.save(transaction, aliasesBefore, EditorName.CURRENT.get());
            groupEdits.save(transaction, editsBefore);
            return null;
        });
        suggestions.useAliases(aliasesBefore.map(AliasTable::of).orElseGet(AliasTable::defaults));
    }

    /** The new id of each article of the file: the rows are inserted in the order of their ids. */
    private static Map<Long, Long> sourceIds(ProjectContents from, ProjectRows.Inserted inserted, boolean first) {
        Map<Long, Long> ids = new HashMap<>();
        java.util.List<Long> old = from.sources().stream().map(article -> article.source().id()).sorted().toList();
        java.util.List<Long> made = inserted.tables().sources().stream().map(article -> article.source().id()).toList();
        for (int i = 0; i < old.size() && i < made.size(); i++) {
            ids.put(old.get(i), first ? made.get(i) : old.get(i));
        }
        return ids;
    }
}
