package org.crosscheck.service;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.crosscheck.store.ClaimEdit;
import org.crosscheck.store.EditConflictException;

/**
 * A fresh edit of something other than a claim — an article's details, the hand edits of groups, the
 * alias table — found it changed by someone else since the window showed it, so nothing was saved. The
 * window asks as it does for a claim ({@link ClaimConflictException}): "Changed by bob at 14:02 since you
 * opened it" — Reload (take theirs: the window shows theirs, and nothing of yours is saved) or Overwrite
 * (keep yours: {@link #overwrite()} makes the edit over what the project holds now, one undoable step
 * whose undo brings theirs back).
 */
public final class ConflictingEditException extends RuntimeException {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final String by;
    private final transient LocalDateTime at;
    private final transient Runnable overwrite;

    private ConflictingEditException(String message, String by, LocalDateTime at, Runnable overwrite,
                                     EditConflictException cause) {
        super(message, cause);
        this.by = by;
        this.at = at;
        this.overwrite = overwrite;
    }

    /**
     * The question for a first save that met {@code conflict}.
     *
     * @param overwrite makes the same edit over what the project holds now; blocking
     */
    static ConflictingEditException of(EditConflictException conflict, Runnable overwrite) {
        ClaimEdit change = conflict.change().orElse(new ClaimEdit("", null, 0));
        String by = change.by().isBlank() ? "someone else" : change.by();
        String message = "Changed by " + by + (change.at() == null ? "" : " at " + TIME.format(change.at()))
                + " since you opened it.";
        return new ConflictingEditException(message, by, change.at(), overwrite, conflict);
    }

    /** The question among the causes of a failure, if one is. */
    public static Optional<ConflictingEditException> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConflictingEditException conflict) {
                return Optional.of(conflict);
            }
        }
        return Optional.empty();
    }

    /** "bob", or "someone else" when the change was not signed. */
    public String by() {
        return by;
    }

    /** When they changed it; empty when that is not known. */
    public Optional<LocalDateTime> at() {
        return Optional.ofNullable(at);
    }

    /**
     * Saves the edit over what the project holds now (the researcher chose Overwrite), one undoable step.
     * Blocking: call it off the JavaFX thread. Someone may have changed it yet again meanwhile: then this
     * throws another such question.
     */
    public void overwrite() {
        overwrite.run();
    }
}
