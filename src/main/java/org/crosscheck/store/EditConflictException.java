package org.crosscheck.store;

import java.util.Optional;
import org.crosscheck.model.Claim;

/**
 * A save found the claim no longer at the version it expected: someone else (another person on a
 * shared project, or another window) changed or deleted it since. Nothing was written. Carries who
 * made that change and when, and the claim as it is now, so the window can offer to take theirs or
 * keep yours.
 */
public final class EditConflictException extends StoreException {

    private final transient ClaimEdit change;
    private final transient Claim theirs;
    private final String noun;

    EditConflictException(long claimId, ClaimEdit change, Claim theirs) {
        super(theirs == null ? "Claim " + claimId + " was deleted by someone else."
                : "Claim " + claimId + " is at version " + change.version() + " now, changed by "
                        + (change.by().isBlank() ? "someone else" : change.by()) + ".");
        this.change = change;
        this.theirs = theirs;
        this.noun = "claim";
    }

    /**
     * A row other than a claim ({@code noun}: "tag") that is no longer as the edit expected; {@code change}
     * says who changed it last and when (its version is 0: such rows are checked by their values), and
     * is null when the row was deleted.
     */
    EditConflictException(String noun, long id, ClaimEdit change) {
        super(change == null ? "The " + noun + " " + id + " was deleted by someone else."
                : "The " + noun + " " + id + " was changed by "
                        + (change.by().isBlank() ? "someone else" : change.by()) + ".");
        this.change = change;
        this.theirs = null;
        this.noun = noun;
    }

    /** What was changed: "claim", "tag". */
    public String noun() {
        return noun;
    }

    /** Who changed the claim last, when, and its version now; empty when it was deleted. */
    public Optional<ClaimEdit> change() {
        return Optional.ofNullable(change);
    }

    /** The claim as the other person left it; empty when it was deleted. */
    public Optional<Claim> theirs() {
        return Optional.ofNullable(theirs);
    }
}
