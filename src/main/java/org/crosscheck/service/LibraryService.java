package org.crosscheck.service;

import java.util.List;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceMetadata;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.store.Database;
import org.crosscheck.store.SourceRepository;

/**
 * The project's sources: the library list, one source with its text, metadata edits.
 * Blocking: call from a background thread. Thread-safe.
 */
public final class LibraryService {

    private final Database database;
    private final UndoHistory history;
    private final SourceRepository sources = new SourceRepository();
    private final SuggestionService suggestions;
    private final StoryService stories;

    private final java.util.function.Supplier<String> editor;

    LibraryService(Database database, UndoHistory history, SuggestionService suggestions, StoryService stories) {
        this(database, history, suggestions, stories, EditorName.CURRENT);
    }

    /** @param editor who signs the edits (a second person's, in tests of two people at once) */
    LibraryService(Database database, UndoHistory history, SuggestionService suggestions, StoryService stories,
                   java.util.function.Supplier<String> editor) {
        this.database = database;
        this.history = history;
        this.suggestions = suggestions;
        this.stories = stories;
        this.editor = editor;
    }

    public List<SourceSummary> summaries() {
        return database.inTransaction("list the sources", sources::summaries);
    }

    public Source source(long id) {
        return database.inTransaction("load source " + id, transaction -> sources.find(transaction, id))
                .orElseThrow(() -> new IllegalArgumentException("The source no longer exists."));
    }

    public List<Source> all() {
        return database.inTransaction("load the sources", sources::all);
    }

    /**
     * Replaces the researcher's metadata of a source; undoable. A new publication date
     * re-resolves the article's relative dates ("last month") in its open suggestions, in the
     * same undoable step; a new title or date reads the article's story again.
     */
    public Source updateMetadata(long id, SourceMetadata metadata) {
        Source before = source(id);
        return updateMetadata(before, before.metadata(), metadata);
    }

    /**
     * Saves the details as {@link #updateMetadata(long, SourceMetadata)} does, only if they are still
     * {@code seen}, as the window showed them: on a shared project someone else may have changed them since.
     *
     * @throws ConflictingEditException if they did; nothing is saved, and its {@code overwrite()} saves
     *                                  {@code metadata} over theirs
     */
    public Source updateMetadata(long id, SourceMetadata seen, SourceMetadata metadata) {
        return updateMetadata(source(id), seen, metadata);
    }

    private Source updateMetadata(Source now, SourceMetadata seen, SourceMetadata metadata) {
        long id = now.id();
        // what the window showed stands for what the project holds; the first save checks that it still does
        Source before = now.withMetadata(seen);
        if (before.metadata().equals(metadata)) {
            return before;
        }
        // the title and the date are part of what tells an article's story: read it again when they change
        boolean storyChanges = !before.title().equals(metadata.title()) || !before.published().equals(metadata.published());
        boolean[] applied = {false};
        Edit details = new Edits("Edit source details", db -> {
            save(db, id, before.metadata(), metadata, applied[0] ? "redoing" : "saving",
                    applied[0] ? null : () -> updateMetadata(id, metadata));
            applied[0] = true;
            if (storyChanges) {
                stories.reread(id);
            }
        }, db -> {
            save(db, id, metadata, before.metadata(), "undoing", null);
            if (storyChanges) {
                stories.reread(id);
            }
        });
        Source after = before.withMetadata(metadata);
        if (before.published().equals(metadata.published())) {
            history.perform(details);
        } else {
            ClaimChanges rescan = suggestions.plan("Re-read dates", List.of(after), Progress.NONE);
            history.perform(new CompositeEdit("Edit source details", List.of(details, rescan)));
        }
        return after;
    }

    /** A new title for a source, as an edit of its details; undoable. */
    public Source rename(long id, String title) {
        Source before = source(id);
        SourceMetadata metadata = before.metadata();
        return updateMetadata(id, new SourceMetadata(title.strip(), metadata.outlet(), metadata.author(),
                metadata.url(), metadata.published(), metadata.grade(), metadata.notes()));
    }

    /**
     * Deletes a source with its claims as one undoable step; the stories are clustered again
     * without it. Returns how many claims went with it.
     */
    public int delete(long id) {
        SourceRemoval removal = SourceRemoval.of(database, stories, id);
        history.perform(removal);
        return removal.claimCount();
    }

    /**
     * Saves the details over {@code expected}, refusing with who and when if someone else changed them since:
     * on a first save as the question whether to {@code overwrite} (null for an undo or redo), else as a refusal.
     */
    private void save(Database db, long id, SourceMetadata expected, SourceMetadata metadata, String what,
                      Runnable overwrite) {
        try {
            db.inTransaction("save the details of source " + id, transaction -> {
                sources.updateMetadataIfStill(transaction, id, expected, metadata, editor.get());
                return null;
            });
        } catch (org.crosscheck.store.EditConflictException conflict) {
            throw overwrite == null ? ChangedSinceException.of(conflict, what)
                    : ConflictingEditException.of(conflict, overwrite);
        }
    }
}
