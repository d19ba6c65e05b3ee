package org.crosscheck.service;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.GroupEdits;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.Database;
import org.crosscheck.store.GroupEditsRepository;

/**
 * Many claims inserted, changed and removed as one undoable edit (a re-scan, "accept all").
 * Inserted claims get their ids the first time and keep them on redo.
 */
final class ClaimChanges implements Edit {

    /** A claim before and after the change. */
    record Change(Claim before, Claim after) {
    }

    private final String description;
    private final List<Claim> inserted;
    private final List<Change> changed;
    private final List<Claim> removed;
    /** The group edits before the removed claims (and their edits) went; null when none were removed. */
    private GroupEdits editsBefore;
    private final ClaimRepository claims = new ClaimRepository();
    private final GroupEditsRepository groupEdits = new GroupEditsRepository();

    ClaimChanges(String description, List<Claim> inserted, List<Change> changed, List<Claim> removed) {
        this.description = description;
        this.inserted = new ArrayList<>(inserted);
        this.changed = List.copyOf(changed);
        this.removed = List.copyOf(removed);
    }

    boolean isEmpty() {
        return inserted.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    int size() {
        return inserted.size() + changed.size() + removed.size();
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply(Database database) {
        database.inTransaction(description, transaction -> {
            editsBefore = removed.isEmpty() ? null : groupEdits.load(transaction);
            for (Claim claim : removed) {
                claims.delete(transaction, claim.id());
            }
            for (Change change : changed) {
                claims.update(transaction, change.after());
            }
            List<Claim> stored = claims.insertAll(transaction, inserted);
            for (int i = 0; i < inserted.size(); i++) {
                inserted.set(i, stored.get(i));
            }
            return null;
        });
    }

    @Override
    public void revert(Database database) {
        database.inTransaction("undo " + description, transaction -> {
            for (Claim claim : inserted) {
                claims.delete(transaction, claim.id());
            }
            for (Change change : changed) {
                claims.update(transaction, change.before());
            }
            claims.insertAll(transaction, removed);
            if (editsBefore != null) {
                groupEdits.save(transaction, editsBefore); // the hand edits of the removed claims, gone with them
            }
            return null;
        });
    }
}
