package org.crosscheck.service;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Source;
import org.crosscheck.store.CitationChainRepository;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.Database;
import org.crosscheck.store.SourceRepository;

/**
 * Tagging and editing claims. Every change is one transaction and one undoable edit.
 * Blocking: call from a background thread. Thread-safe.
 */
public final class ClaimService {

    private final Database database;
    private final UndoHistory history;
    private final ClaimRepository claims = new ClaimRepository();
    private final SourceRepository sources = new SourceRepository();
    private final CitationChainRepository chains = new CitationChainRepository();

    ClaimService(Database database, UndoHistory history) {
        this.database = database;
        this.history = history;
    }

    public List<Claim> claimsOf(long sourceId) {
        return database.inTransaction("load the claims of source " + sourceId,
                connection -> claims.ofSource(connection, sourceId));
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
                connection -> sources.find(connection, sourceId)).orElseThrow(
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
                        connection -> claims.insert(connection, created.get()))),
                db -> delete(db, created.get().id())));
        return created.get();
    }

    /** Replaces a claim with an edited copy (same id). */
    public Claim update(Claim edited) {
        Claim before = database.inTransaction("load claim " + edited.id(),
                connection -> claims.find(connection, edited.id())).orElseThrow(
                        () -> new IllegalArgumentException("The claim no longer exists."));
        if (before.equals(edited)) {
            return edited;
        }
        history.perform(new Edits("Edit claim", db -> save(db, edited), db -> save(db, before)));
        return edited;
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
        return database.inTransaction("load claim " + claimId, connection -> claims.find(connection, claimId))
                .orElseThrow(() -> new IllegalArgumentException("The claim no longer exists."));
    }

    /** Deletes a claim; undo brings it back with the chain it had, a hand-set one included. */
    public void delete(long claimId) {
        record Deleted(Claim claim, CitationChain chain) {
        }
        Deleted before = database.inTransaction("load claim " + claimId, connection -> new Deleted(
                claims.find(connection, claimId).orElseThrow(() -> new IllegalArgumentException("The claim no longer exists.")),
                chains.find(connection, claimId).orElse(null)));
        history.perform(new Edits("Delete claim",
                db -> delete(db, claimId),
                db -> db.inTransaction("restore claim " + claimId, connection -> {
                    claims.insert(connection, before.claim());
                    if (before.chain() != null) { // the chain's rows went with the claim's (ON DELETE CASCADE)
                        chains.saveAll(connection, java.util.Map.of(claimId, before.chain()));
                    }
                    return null;
                })));
    }

    private void save(Database db, Claim claim) {
        db.inTransaction("save claim " + claim.id(), connection -> {
            claims.update(connection, claim);
            return null;
        });
    }

    private void delete(Database db, long claimId) {
        db.inTransaction("delete claim " + claimId, connection -> {
            claims.delete(connection, claimId);
            return null;
        });
    }
}
