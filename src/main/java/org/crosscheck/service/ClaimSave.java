package org.crosscheck.service;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.crosscheck.model.Claim;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.Database;
import org.crosscheck.store.EditConflictException;
import org.crosscheck.store.EntityLink;
import org.crosscheck.store.EntityLinkRepository;

/**
 * One undoable change of a claim under optimistic locking. Each step saves only if the claim is at
 * the version the step before left it ({@code WHERE id = ? AND version = ?}), so neither the save
 * nor its undo or redo ever overwrites what someone else changed in between. Each save raises the
 * version by exactly one, which is how the edit knows the version it will find next. Undo and redo give
 * the claim back the entity links each side had (its words alone may no longer name an entity renamed
 * since). Used by the one undo history that holds it, under its lock.
 */
final class ClaimSave implements Edit {

    private final String description;
    private final Claim before;
    private final Claim after;
    private final Supplier<String> editor;
    private final ClaimRepository claims = new ClaimRepository();
    private final EntityLinkRepository links = new EntityLinkRepository();
    private final boolean savedAlready;
    /** The claim's entity links before and after the first save; null where this edit did not see them. */
    private Map<Long, EntityLink> linksBefore;
    private Map<Long, EntityLink> linksAfter;
    private long version;
    private boolean applied;

    /** @param version the claim's version when {@code before} was read (what the user saw) */
    ClaimSave(String description, Claim before, Claim after, long version, Supplier<String> editor) {
        this(description, before, after, version, editor, false);
    }

    private ClaimSave(String description, Claim before, Claim after, long version, Supplier<String> editor,
                      boolean savedAlready) {
        this.description = description;
        this.before = before;
        this.after = after;
        this.version = version;
        this.editor = editor;
        this.savedAlready = savedAlready;
    }

    /**
     * A change that is in the project already ({@code after}, at {@code version}, someone else's) and
     * that the researcher accepts in place of their own {@code before}: applying it writes nothing,
     * undoing it saves {@code before}.
     */
    static ClaimSave accepted(String description, Claim before, Claim after, long version, Supplier<String> editor) {
        return new ClaimSave(description, before, after, version, editor, true);
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * The first time, a conflict is a {@link ClaimConflictException} (the window asks whether to take
     * theirs or overwrite); on redo it is the refusal {@link ChangedSinceException}.
     */
    @Override
    public void apply(Database database) {
        if (applied) {
            saveOrRefuse(database, before, after, linksAfter, "redoing");
            return;
        }
        if (!savedAlready) {
            try {
                firstSave(database);
            } catch (EditConflictException conflict) {
                throw ClaimConflictException.of(conflict);
            }
        }
        applied = true;
    }

    @Override
    public void revert(Database database) {
        saveOrRefuse(database, after, before, linksBefore, "undoing");
    }

    /**
     * Saves {@code replacement} over {@code left}, what this edit's last step left. A claim that was
     * changed since but is back as {@code left} (the other person undid their change) loses nothing
     * by the save, so it goes ahead at the claim's version now.
     */
    private void saveOrRefuse(Database database, Claim left, Claim replacement, Map<Long, EntityLink> linked,
                              String what) {
        try {
            save(database, replacement, linked);
        } catch (EditConflictException conflict) {
            if (conflict.theirs().filter(left::equals).isEmpty()) {
                throw ChangedSinceException.of(conflict, what);
            }
            version = conflict.change().orElseThrow().version();
            try {
                save(database, replacement, linked);
            } catch (EditConflictException again) {
                throw ChangedSinceException.of(again, what);
            }
        }
    }

    /** Saves {@code after}, keeping the links the claim had before and those the save gave it. */
    private void firstSave(Database database) {
        List<Long> claim = List.of(after.id());
        database.inTransaction("save claim " + after.id(), transaction -> {
            Map<Long, EntityLink> had = links.of(transaction, claim);
            claims.update(transaction, after, editor.get(), version);
            linksBefore = had;
            linksAfter = links.of(transaction, claim);
            return null;
        });
        version++;
    }

    /** Saves {@code replacement} with exactly the links {@code linked}, or as its words give them where that is null. */
    private void save(Database database, Claim replacement, Map<Long, EntityLink> linked) {
        database.inTransaction("save claim " + replacement.id(), transaction -> {
            claims.update(transaction, replacement, editor.get(), version);
            if (linked != null) {
                links.restore(transaction, List.of(replacement.id()), linked);
            }
            return null;
        });
        version++;
    }
}
