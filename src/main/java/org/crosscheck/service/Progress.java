package org.crosscheck.service;

/**
 * Receives progress of long work; called from the working thread, at points where the work may
 * stop: an update may throw {@link CancelledException} (see {@link Cancellation}).
 */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total, message) -> { };

    /** {@code done} of {@code total} steps are finished; {@code message} says what is happening. */
    void update(long done, long total, String message);
}
