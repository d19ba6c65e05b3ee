package org.crosscheck.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import org.crosscheck.store.Database;

/**
 * The project's undo and redo stacks. Every edit the researcher makes goes through
 * {@link #perform}, which saves it at once; undo and redo save at once too.
 *
 * <p>Thread-safe: all methods are synchronised, and edits are applied one at a time.
 */
public final class UndoHistory {

    /** Enough for a long session; the oldest edits fall off so memory stays bounded. */
    static final int LIMIT = 500;

    private final Database database;
    private final Deque<Edit> undoable = new ArrayDeque<>();
    private final Deque<Edit> redoable = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();

    UndoHistory(Database database) {
        this.database = database;
    }

    synchronized void perform(Edit edit) {
        performIf(edit, () -> true);
    }

    /**
     * Applies an edit that learns only as it runs whether it changes anything (an import of files
     * that all turn out to be duplicates), and keeps it for undo only when {@code changed} says so.
     */
    synchronized void performIf(Edit edit, java.util.function.BooleanSupplier changed) {
        if (database.isReadOnly()) {
            throw new ReadOnlyProjectException(edit.description());
        }
        edit.apply(database);
        if (!changed.getAsBoolean()) {
            return;
        }
        undoable.push(edit);
        if (undoable.size() > LIMIT) {
            undoable.removeLast();
        }
        redoable.clear();
        changed();
    }

    /** Undoes the latest edit; returns its description, or empty when there is nothing to undo. */
    public synchronized Optional<String> undo() {
        Edit edit = undoable.poll();
        if (edit == null) {
            return Optional.empty();
        }
        try {
            edit.revert(database);
        } catch (RuntimeException e) {
            undoable.push(edit);
            throw e;
        }
        redoable.push(edit);
        changed();
        return Optional.of(edit.description());
    }

    /** Redoes the latest undone edit; returns its description, or empty when there is nothing to redo. */
    public synchronized Optional<String> redo() {
        Edit edit = redoable.poll();
        if (edit == null) {
            return Optional.empty();
        }
        try {
            edit.apply(database);
        } catch (RuntimeException e) {
            redoable.push(edit);
            throw e;
        }
        undoable.push(edit);
        changed();
        return Optional.of(edit.description());
    }

    public synchronized Optional<String> nextUndo() {
        return Optional.ofNullable(undoable.peek()).map(Edit::description);
    }

    public synchronized Optional<String> nextRedo() {
        return Optional.ofNullable(redoable.peek()).map(Edit::description);
    }

    /** Called (on the thread that changed the history) after every perform, undo and redo. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        version.incrementAndGet();
        listeners.forEach(Runnable::run);
    }

    /**
     * A number that changes whenever the project may have: after every edit, undo and redo, and
     * when derived data is rewritten outside them ({@link #derivedChanged}). What is computed from
     * the whole project can be kept while it stays the same.
     */
    long version() {
        return version.get();
    }

    /** Others changed the shared project: what was computed from it here is out of date. */
    void othersChanged() {
        version.incrementAndGet();
    }

    /** Data worked out from the project was rewritten outside an edit (the stories, re-clustered). */
    void derivedChanged() {
        version.incrementAndGet();
    }
}
