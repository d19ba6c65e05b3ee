package org.crosscheck.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.crosscheck.service.Runner;

/**
 * Runs work on one background thread, in the order it was asked for, and delivers results on the
 * JavaFX thread. One thread is enough for a single-user embedded database and keeps edits ordered;
 * a second one takes the long reads ({@link #runReading}), so that they never queue ahead of a click.
 */
public final class FxRunner implements Runner, AutoCloseable {

    private final ExecutorService worker = thread("crosscheck-worker");
    /** Long reads: the comparison and the timeline, which at 10,000 articles take seconds. */
    private final ExecutorService reader = thread("crosscheck-reader");

    private static ExecutorService thread(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        submit(worker, work, onSuccess, onError);
    }

    @Override
    public <T> void runReading(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        submit(reader, work, onSuccess, onError);
    }

    private static <T> void submit(ExecutorService executor, Callable<T> work, Consumer<T> onSuccess,
                                   Consumer<Throwable> onError) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                Platform.runLater(() -> onError.accept(e));
            }
        });
    }

    /** Lets queued work finish (so no edit is lost), then stops the thread. */
    @Override
    public void close() {
        reader.shutdownNow(); // a read has nothing to lose
        worker.shutdown();
        try {
            worker.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
