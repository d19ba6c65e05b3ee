package org.crosscheck.service;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The researcher's wish to stop long work. The window sets it; the work sees it at its next
 * progress report and stops there by throwing {@link CancelledException}. Services report progress
 * only where stopping leaves nothing half-done (before an edit is saved), so a cancelled import,
 * re-scan or export changes nothing.
 *
 * <p>Thread-safe: cancelled from one thread, seen on another.
 */
public final class Cancellation {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Progress that passes reports on to {@code progress} until cancelled, then stops the work. */
    public Progress watching(Progress progress) {
        return (done, total, message) -> {
            if (cancelled.get()) {
                throw new CancelledException();
            }
            progress.update(done, total, message);
        };
    }
}
