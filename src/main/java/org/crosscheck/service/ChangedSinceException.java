package org.crosscheck.service;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.crosscheck.store.ClaimEdit;

/**
 * A claim is no longer as this edit left it (or found it): someone else, in another window or on a
 * shared project, changed it since. Undoing or redoing would overwrite their change, so nothing is
 * done; the window shows the message ("bob (at 14:02) changed this claim since you last saw it …"), and the
 * edit stays where it was in the history.
 */
public final class ChangedSinceException extends RuntimeException {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final transient ClaimEdit change;

    ChangedSinceException(String message, ClaimEdit change) {
        super(message);
        this.change = change;
    }

    /** The refusal of an undo or redo ({@code what}: "undoing", "redoing") that met {@code conflict}. */
    static ChangedSinceException of(org.crosscheck.store.EditConflictException conflict, String what) {
        return conflict.change()
                .map(last -> new ChangedSinceException(who(last) + " changed this " + conflict.noun()
                        + " since you last saw it; " + what + " now would overwrite that change, so nothing was changed.",
                        last))
                .orElseGet(() -> new ChangedSinceException("Someone else deleted this " + conflict.noun() + " since; "
                        + what + " it is no longer possible.", null));
    }

    /** Who changed the claim and when, as far as the project knows; empty when it was deleted. */
    public Optional<ClaimEdit> change() {
        return Optional.ofNullable(change);
    }

    /** "bob (at 14:02)", or "Someone else" when the change was not signed. */
    static String who(ClaimEdit edit) {
        if (edit.by().isBlank()) {
            return "Someone else";
        }
        return edit.at() == null ? edit.by() : edit.by() + " (at " + TIME.format(edit.at()) + ")";
    }
}
