package org.crosscheck.service;

/**
 * A claim is no longer as this edit left it (or found it): someone else, in another window or on a
 * shared project, changed it since. Undoing or redoing would overwrite their change, so nothing is
 * done; the window shows the message, and the edit stays where it was in the history.
 */
public final class ChangedSinceException extends RuntimeException {

    ChangedSinceException(String message) {
        super(message);
    }
}
