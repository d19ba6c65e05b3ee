package org.crosscheck.service;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.GroupEdits;
import org.crosscheck.model.Source;
import org.crosscheck.store.CitationChainRepository;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.Database;
import org.crosscheck.store.EntityLink;
import org.crosscheck.store.EntityLinkRepository;
import org.crosscheck.store.GroupEditsRepository;
import org.crosscheck.store.SourceRepository;

/**
 * Tagging and editing claims. Every change is one transaction and one undoable edit.
 * Blocking: call from a background thread. Thread-safe.
 */
public final class ClaimService {

    private final Database database;
    private final UndoHistory history;
    private final ClaimRepository claims = new ClaimRepository();
    private final GroupEditsRepository groupEdits = new GroupEditsRepository();
    private final SourceRepository sources = new SourceRepository();
    private final CitationChainRepository chains = new CitationChainRepository();
    private final EntityLinkRepository links = new EntityLinkRepository();

    /** The name hand edits are signed with: {@code -Dcrosscheck.user}, else the computer's user name. */
    static final Supplier<String> USER = EditorName.CURRENT;

    private final Supplier<String> editor;

    ClaimService(Database database, UndoHistory history) {
        this(database, history, USER);
    }

    /** @param editor who makes the edits made here (one person's name on a shared project) */
    ClaimService(Database database, UndoHistory history, Supplier<String> editor) {
        this.database = database;
        this.history = history;
        this.editor = editor;
    }

    public List<Claim> claimsOf(long sourceId) {
        return database.inTransaction("load the claims of source " + sourceId,
                transaction -> claims.ofSource(transaction, sourceId));
    }

    public List<Claim> allClaims() {
        return database.inTransaction("load all claims", claims::all);
    }

    /**
     * Makes a confirmed claim of the selected text. Blanks at the ends of the selection are left
     * out, so a sloppy double-click selection still marks just the words.
     *
     * @throws IllegalArgumentException if the selection holds no text
     */
    public Claim tag(long sourceId, int start, int end, ClaimKind kind) {
        Source source = database.inTransaction("load source " + sourceId,
                transaction -> sources.find(transaction, sourceId)).orElseThrow(
                        () -> new IllegalArgumentException("The source no longer exists."));
        String text = source.text();
        int from = Math.max(0, Math.min(start, end));
        int to = Math.min(text.length(), Math.max(start, end));
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from >= to) {
            throw new IllegalArgumentException("Select some words of the article first.");
        }
        // A selection that cuts a word ("of their hom") means the whole word.
        while (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1)) && Character.isLetterOrDigit(text.charAt(from))) {
            from--;
        }
        while (to < text.length() && Character.isLetterOrDigit(text.charAt(to))
                && Character.isLetterOrDigit(text.charAt(to - 1))) {
            to++;
        }
        AtomicReference<Claim> created = new AtomicReference<>(Claim.manual(sourceId, from, to, kind));
        history.perform(new Edits("Tag " + kind.key(),
                db -> created.set(db.inTransaction("save the new claim",
                        transaction -> claims.insert(transaction, created.get()))),
                db -> delete(db, created.get().id())));
        return created.get();
    }

    /** Replaces a claim with an edited copy (same id), if it is still as it is now. */
    public Claim update(Claim edited) {
        SeenClaim before = database.inTransaction("load claim " + edited.id(), transaction -> claims.find(
                transaction, edited.id()).map(found -> new SeenClaim(found, versionOf(transaction, found.id()))))
                .orElseThrow(() -> new IllegalArgumentException("The claim no longer exists."));
        return update(before, edited).claim();
    }

    /**
     * Saves the researcher's edit of a claim as they saw it ({@code seen}: the claim and its version
     * when the window loaded it).
     *
     * @throws ClaimConflictException if someone else changed or deleted the claim since; nothing is saved,
     *         and the exception says who, when, and what the claim is now
     * @return the claim as saved, with its version now
     */
    public SeenClaim update(SeenClaim seen, Claim edited) {
        if (seen.claim().equals(edited)) {
            return seen;
        }
        history.perform(new ClaimSave("Edit claim", seen.claim(), edited, seen.version(), editor));
        return new SeenClaim(edited, seen.version() + 1);
    }

    /**
     * After a conflict, keeps the researcher's version: saves {@code mine} over the other person's
     * ({@code theirs}, read with its version). Undo brings theirs back.
     *
     * @throws ClaimConflictException if the claim changed yet again since {@code theirs} was read
     * @return the claim as saved, with its version now
     */
    public SeenClaim overwrite(SeenClaim theirs, Claim mine) {
        history.perform(new ClaimSave("Overwrite another person's change of a claim", theirs.claim(), mine,
                theirs.version(), editor));
        return new SeenClaim(mine, theirs.version() + 1);
    }

    /**
     * After a conflict, takes the other person's version: nothing is written now, but the researcher's
     * own version stays in the history, so undo saves it after all (refusing if the claim changed again).
     */
    public void takeTheirs(SeenClaim theirs, Claim mine) {
        history.perform(ClaimSave.accepted("Take another person's change of a claim", mine, theirs.claim(),
                theirs.version(), editor));
    }

    /** The claims of a source with the versions read with them, for an editor to save against. */
    public SeenClaims seenClaimsOf(long sourceId) {
        return database.inTransaction("load the claims of source " + sourceId,
                transaction -> new SeenClaims(claims.ofSource(transaction, sourceId),
                        claims.versionsOfSource(transaction, sourceId)));
    }

    private long versionOf(org.crosscheck.store.Transaction transaction, long claimId) {
        return claims.lastEdit(transaction, claimId).orElseThrow().version();
    }

    /** The researcher agrees with a suggestion: it becomes a confirmed claim. */
    public Claim confirm(long claimId) {
        return update(find(claimId).withStatus(ClaimStatus.CONFIRMED));
    }

    /** The researcher rejects a suggestion: it stays, struck through, so a re-scan will not offer it again. */
    public Claim reject(long claimId) {
        return update(find(claimId).withStatus(ClaimStatus.REJECTED));
    }

    /** Confirms every open suggestion of an article in one undoable step; returns how many. */
    public int acceptAll(long sourceId) {
        List<ClaimChanges.Change> confirmed = claimsOf(sourceId).stream()
                .filter(claim -> claim.status() == ClaimStatus.SUGGESTED)
                .map(claim -> new ClaimChanges.Change(claim, claim.withStatus(ClaimStatus.CONFIRMED)))
                .toList();
        if (!confirmed.isEmpty()) {
            history.perform(new ClaimChanges("Accept " + confirmed.size() + " suggestions",
                    List.of(), confirmed, List.of()));
        }
        return confirmed.size();
    }

    private Claim find(long claimId) {
        return database.inTransaction("load claim " + claimId, transaction -> claims.find(transaction, claimId))
                .orElseThrow(() -> new IllegalArgumentException("The claim no longer exists."));
    }

    /**
     * Deletes a claim; undo brings it back with the chain it had, a hand-set one included, and the
     * entities it was linked to (which its words may no longer name: an entity renamed since).
     */
    public void delete(long claimId) {
        record Deleted(Claim claim, CitationChain chain) {
        }
        Deleted before = database.inTransaction("load claim " + claimId, transaction -> new Deleted(
                claims.find(transaction, claimId).orElseThrow(() -> new IllegalArgumentException("The claim no longer exists.")),
                chains.find(transaction, claimId).orElse(null)));
        // the claim's group edits (a move, an override …), links and chain go with it and come back with it
        AtomicReference<GroupEdits> editsBefore = new AtomicReference<>(GroupEdits.NONE);
        AtomicReference<Map<Long, EntityLink>> linksBefore = new AtomicReference<>(Map.of());
        history.perform(new Edits("Delete claim",
                db -> editsBefore.set(delete(db, claimId, linksBefore)),
                db -> db.inTransaction("restore claim " + claimId, transaction -> {
                    claims.insert(transaction, before.claim());
                    links.restore(transaction, List.of(claimId), linksBefore.get());
                    groupEdits.save(transaction, editsBefore.get());
                    if (before.chain() != null) { // the chain's rows went with the claim's (ON DELETE CASCADE)
                        chains.saveAll(transaction, java.util.Map.of(claimId, before.chain()));
                    }
                    return null;
                })));
    }

    /** Deletes the claim; returns the group edits as they were before. */
    private GroupEdits delete(Database db, long claimId) {
        return delete(db, claimId, new AtomicReference<>());
    }

    /** Deletes the claim, keeping its entity links in {@code linksBefore}; returns the group edits as they were before. */
    private GroupEdits delete(Database db, long claimId, AtomicReference<Map<Long, EntityLink>> linksBefore) {
        return db.inTransaction("delete claim " + claimId, transaction -> {
            GroupEdits edits = groupEdits.load(transaction);
            linksBefore.set(links.of(transaction, List.of(claimId)));
            claims.delete(transaction, claimId);
            return edits;
        });
    }
}
