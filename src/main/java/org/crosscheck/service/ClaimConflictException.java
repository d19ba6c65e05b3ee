package org.crosscheck.service;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.crosscheck.store.EditConflictException;

/**
 * A save of a claim edit found the claim changed (or deleted) by someone else since the window read
 * it, so nothing was saved. Says who changed it and when, and holds the claim as they left it with its
 * version, so the window can offer: take theirs, or save yours over it ({@link ClaimService#takeTheirs},
 * {@link ClaimService#overwrite}).
 */
public final class ClaimConflictException extends RuntimeException {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final String by;
    private final transient LocalDateTime at;
    private final transient SeenClaim theirs;

    private ClaimConflictException(String message, String by, LocalDateTime at, SeenClaim theirs,
                                   EditConflictException cause) {
        super(message, cause);
        this.by = by;
        this.at = at;
        this.theirs = theirs;
    }

    static ClaimConflictException of(EditConflictException conflict) {
        if (conflict.theirs().isEmpty() || conflict.change().isEmpty()) {
            return new ClaimConflictException("Someone else deleted this claim since you opened it, so your change "
                    + "could not be saved.", "", null, null, conflict);
        }
        var change = conflict.change().get();
        String by = change.by().isBlank() ? "someone else" : change.by();
        String message = "Changed by " + by + (change.at() == null ? "" : " at " + TIME.format(change.at()))
                + " since you opened it.";
        return new ClaimConflictException(message, by, change.at(),
                new SeenClaim(conflict.theirs().get(), change.version()), conflict);
    }

    /** The conflict among the causes of a failure, if one is. */
    public static Optional<ClaimConflictException> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ClaimConflictException conflict) {
                return Optional.of(conflict);
            }
        }
        return Optional.empty();
    }

    /** "bob", or "someone else" when the change was not signed; empty when the claim was deleted. */
    public String by() {
        return by;
    }

    /** When they changed it; empty when that is not known. */
    public Optional<LocalDateTime> at() {
        return Optional.ofNullable(at);
    }

    /** The claim as the other person left it, with its version now; empty when they deleted it. */
    public Optional<SeenClaim> theirs() {
        return Optional.ofNullable(theirs);
    }
}
