package org.crosscheck.service;

import org.crosscheck.store.Database;

/**
 * One undoable change to the project. {@link #apply} and {@link #revert} each run in one
 * transaction of their own and must be exact inverses, so that undo and redo can alternate forever.
 */
interface Edit {

    /** What the change did, for the Undo and Redo menu items ("Tag quantity"). */
    String description();

    void apply(Database database);

    void revert(Database database);
}
