package org.crosscheck.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Claim;
import org.crosscheck.model.GroupEdits;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.Database;
import org.crosscheck.store.EntityLink;
import org.crosscheck.store.EntityLinkRepository;
import org.crosscheck.store.GroupEditsRepository;

/**
 * Many claims inserted, changed and removed as one undoable edit (a re-scan, "accept all").
 * Inserted claims get their ids the first time and keep them on redo, and are linked to their entities
 * by their words, as at import; a changed claim is the re-scan's new reading of a claim it kept, and keeps
 * its links as {@link ClaimRepository#refresh} says. Undo gives the changed and removed claims back exactly
 * the links they had, which their words alone may no longer give (an entity renamed since).
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
    /** The entity links of the changed and removed claims before the latest apply, by claim id. */
    private Map<Long, EntityLink> linksBefore = Map.of();
    private final ClaimRepository claims = new ClaimRepository();
    private final EntityLinkRepository links = new EntityLinkRepository();
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
            linksBefore = links.of(transaction, changedAndRemoved());
            claims.deleteAll(transaction, removed);
            claims.refreshAll(transaction, changed.stream().map(Change::after).toList());
            List<Claim> stored = claims.insertAll(transaction, inserted);
            for (int i = 0; i < inserted.size(); i++) {
                inserted.set(i, stored.get(i));
            }
            return null;
        });
    }

    private List<Long> changedAndRemoved() {
        List<Long> ids = new ArrayList<>(changed.size() + removed.size());
        changed.forEach(change -> ids.add(change.before().id()));
        removed.forEach(claim -> ids.add(claim.id()));
        return ids;
    }

    @Override
    public void revert(Database database) {
        database.inTransaction("undo " + description, transaction -> {
            claims.deleteAll(transaction, inserted);
            claims.updateAll(transaction, changed.stream().map(Change::before).toList());
            claims.insertAll(transaction, removed);
            links.restore(transaction, changedAndRemoved(), linksBefore);
            if (editsBefore != null) {
                groupEdits.save(transaction, editsBefore); // the hand edits of the removed claims, gone with them
            }
            return null;
        });
    }
}
