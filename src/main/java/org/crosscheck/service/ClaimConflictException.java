package org.crosscheck.service;

import java.util.Optional;
import org.crosscheck.store.EditConflictException;

/**
 * A save of a claim edit found the claim changed (or deleted) by someone else since the window read
 * it, so nothing was saved. Says who changed it and when, and holds the claim as they left it with its
 * version, so the window can offer: take theirs, or save yours over it ({@link ClaimService#takeTheirs},
 * {@link ClaimService#overwrite}).
 */
public final class ClaimConflictException extends ChangedSinceShownException {

    private final transient SeenClaim theirs;

    private ClaimConflictException(EditConflictException conflict, SeenClaim theirs) {
        super(conflict.change().orElseThrow(), conflict);
        this.theirs = theirs;
    }

    private ClaimConflictException(EditConflictException deleted) {
        super("", null, "Someone else deleted this claim since you opened it, so your change could not be saved.",
                deleted);
        this.theirs = null;
    }

    static ClaimConflictException of(EditConflictException conflict) {
        if (conflict.theirs().isEmpty() || conflict.change().isEmpty()) {
            return new ClaimConflictException(conflict);
        }
        return new ClaimConflictException(conflict, new SeenClaim(conflict.theirs().get(),
                conflict.change().get().version()));
    }

    /** The conflict among the causes of a failure, if one is. */
    public static Optional<ClaimConflictException> in(Throwable failure) {
        return among(failure, ClaimConflictException.class);
    }

    /** The claim as the other person left it, with its version now; empty when they deleted it. */
    public Optional<SeenClaim> theirs() {
        return Optional.ofNullable(theirs);
    }
}
