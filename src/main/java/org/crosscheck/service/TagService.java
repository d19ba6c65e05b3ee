package org.crosscheck.service;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.crosscheck.model.Tag;
import org.crosscheck.store.Database;
import org.crosscheck.store.TagRepository;

/**
 * The researcher's tags: create, rename, recolour, delete; each an undoable edit.
 * Blocking: call from a background thread. Thread-safe.
 */
public final class TagService {

    private final Database database;
    private final UndoHistory history;
    private final TagRepository tags = new TagRepository();

    private final java.util.function.Supplier<String> editor;

    TagService(Database database, UndoHistory history) {
        this(database, history, EditorName.CURRENT);
    }

    /** @param editor who signs the edits (a second person's, in tests of two people at once) */
    TagService(Database database, UndoHistory history, java.util.function.Supplier<String> editor) {
        this.database = database;
        this.history = history;
        this.editor = editor;
    }

    public List<Tag> all() {
        return database.inTransaction("load the tags", tags::all);
    }

    /** @throws IllegalArgumentException if a tag of that name exists */
    public Tag create(String name, String color) {
        Tag wanted = new Tag(0, name, color, null);
        requireFreeName(wanted.name(), 0);
        AtomicReference<Tag> created = new AtomicReference<>(wanted);
        history.perform(new Edits("New tag " + wanted.name(),
                db -> created.set(db.inTransaction("create tag " + wanted.name(),
                        transaction -> tags.insert(transaction, created.get(), editor.get()))),
                db -> remove(db, created.get().id())));
        return created.get();
    }

    public Tag rename(long id, String newName) {
        Tag before = find(id);
        Tag after = new Tag(id, newName, before.color(), before.parentId());
        requireFreeName(after.name(), id);
        history.perform(new TagSave("Rename tag " + before.name(), before, after));
        return after;
    }

    public Tag recolor(long id, String newColor) {
        Tag before = find(id);
        Tag after = new Tag(id, before.name(), newColor, before.parentId());
        history.perform(new TagSave("Recolour tag " + before.name(), before, after));
        return after;
    }

    /**
     * Nests a tag under another (a null parent makes it top-level again).
     *
     * @throws IllegalArgumentException if the parent is the tag itself or nested within it
     */
    public Tag nest(long id, Long parentId) {
        Tag before = find(id);
        for (Long above = parentId; above != null; above = find(above).parentId()) {
            if (above == id) {
                throw new IllegalArgumentException("A tag cannot be nested within itself.");
            }
        }
        Tag after = new Tag(id, before.name(), before.color(), parentId);
        history.perform(new TagSave("Nest tag " + before.name(), before, after));
        return after;
    }

    /** Deletes a tag and takes it off its claims; undo puts it back on them. */
    public void delete(long id) {
        Tag before = find(id);
        List<Long> taggedClaims = database.inTransaction("load the claims tagged " + before.name(),
                transaction -> tags.claimsTagged(transaction, id));
        history.perform(new Edits("Delete tag " + before.name(),
                db -> remove(db, id),
                db -> db.inTransaction("restore tag " + before.name(), transaction -> {
                    tags.insert(transaction, before);
                    tags.tagClaims(transaction, id, taggedClaims);
                    return null;
                })));
    }

    private Tag find(long id) {
        return all().stream().filter(tag -> tag.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The tag no longer exists."));
    }

    private void requireFreeName(String name, long exceptId) {
        boolean taken = all().stream().anyMatch(tag -> tag.id() != exceptId && tag.name().equalsIgnoreCase(name));
        if (taken) {
            throw new IllegalArgumentException("A tag named \"" + name + "\" already exists.");
        }
    }

    /**
     * A change of one tag's name, colour or nesting. Each step saves only if the tag is as the step
     * before left it, so neither the change nor its undo or redo overwrites what someone else did to
     * the tag in between: that is refused with who and when ({@link ChangedSinceException}).
     */
    private final class TagSave implements Edit {

        private final String description;
        private final Tag before;
        private final Tag after;
        private boolean applied;

        TagSave(String description, Tag before, Tag after) {
            this.description = description;
            this.before = before;
            this.after = after;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public void apply(Database db) {
            save(db, before, after, applied ? "redoing" : "saving");
            applied = true;
        }

        @Override
        public void revert(Database db) {
            save(db, after, before, "undoing");
        }

        private void save(Database db, Tag expected, Tag replacement, String what) {
            try {
                db.inTransaction("save tag " + replacement.name(), transaction -> {
                    tags.updateIfStill(transaction, expected, replacement, editor.get());
                    return null;
                });
            } catch (org.crosscheck.store.EditConflictException conflict) {
                throw ChangedSinceException.of(conflict, what);
            }
        }
    }

    private void remove(Database db, long id) {
        db.inTransaction("delete tag " + id, transaction -> {
            tags.delete(transaction, id);
            return null;
        });
    }
}
