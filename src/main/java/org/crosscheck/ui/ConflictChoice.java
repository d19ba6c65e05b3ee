package org.crosscheck.ui;

/** What the researcher chose when a save met someone else's change of the same claim. */
public enum ConflictChoice {
    /** Take the other person's version; undo saves one's own after all. */
    RELOAD,
    /** Save one's own version over theirs; undo brings theirs back. */
    OVERWRITE
}
