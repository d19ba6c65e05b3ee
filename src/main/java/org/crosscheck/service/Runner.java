package org.crosscheck.service;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the caller and hands the result back. In the app the work runs on a
 * background thread and the callbacks on the JavaFX thread; in tests everything may run at once
 * on the calling thread.
 */
public interface Runner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError);

    /**
     * Runs work that only reads and takes long (the comparison of a large project): beside the
     * edits and the article loads rather than ahead of them, so that a click after an edit is not
     * kept waiting seconds. Reads run in the order asked, so the last one asked answers last.
     * Unless a runner says otherwise, the same as {@link #run}.
     */
    default <T> void runReading(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        run(work, onSuccess, onError);
    }

    /** A runner that does the work on the calling thread: for headless commands and tests. */
    static Runner sameThread() {
        return new Runner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    onError.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
