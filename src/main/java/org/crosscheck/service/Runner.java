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
