package org.crosscheck.service;

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
public final class ConflictingEditException extends ChangedSinceShownException {

    private final transient Runnable overwrite;

    private ConflictingEditException(ClaimEdit change, Runnable overwrite, EditConflictException cause) {
        super(change, cause);
        this.overwrite = overwrite;
    }

    /**
     * The question for a first save that met {@code conflict}.
     *
     * @param overwrite makes the same edit over what the project holds now; blocking
     */
    static ConflictingEditException of(EditConflictException conflict, Runnable overwrite) {
        return new ConflictingEditException(conflict.change().orElse(new ClaimEdit("", null, 0)), overwrite, conflict);
    }

    /** The question among the causes of a failure, if one is. */
    public static Optional<ConflictingEditException> in(Throwable failure) {
        return among(failure, ConflictingEditException.class);
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
