package org.crosscheck.service;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.crosscheck.store.ClaimEdit;
import org.crosscheck.store.EditConflictException;

/**
 * A save that found what it changes changed by someone else since the window showed it, so nothing was
 * saved: who changed it and when, in the one wording the window asks with ("Changed by bob at 14:02 since
 * you opened it."). What the window may do about it is the subclass's.
 */
public abstract class ChangedSinceShownException extends RuntimeException {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final String by;
    private final transient LocalDateTime at;

    /** Someone else's {@code change} met by a save. */
    ChangedSinceShownException(ClaimEdit change, EditConflictException cause) {
        this(signer(change), change.at(), "Changed by " + signer(change)
                + (change.at() == null ? "" : " at " + TIME.format(change.at())) + " since you opened it.", cause);
    }

    /** A conflict told in other words ({@code by} empty when nobody is known). */
    ChangedSinceShownException(String by, LocalDateTime at, String message, EditConflictException cause) {
        super(message, cause);
        this.by = by;
        this.at = at;
    }

    private static String signer(ClaimEdit change) {
        return change.by().isBlank() ? "someone else" : change.by();
    }

    /** The first {@code type} among the causes of a failure, if one is. */
    static <T extends ChangedSinceShownException> Optional<T> among(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }

    /** "bob", or "someone else" when the change was not signed; empty when nobody is known (a claim deleted). */
    public String by() {
        return by;
    }

    /** When they changed it; empty when that is not known. */
    public Optional<LocalDateTime> at() {
        return Optional.ofNullable(at);
    }
}
