package org.crosscheck.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.crosscheck.service.Progress;
import org.crosscheck.service.ProjectPlace;
import org.crosscheck.service.Workbench;

/**
 * The opening of the project the window starts on, begun before the JavaFX toolkit starts: opening
 * the database and its search index takes about as long as starting the toolkit, and on a second
 * core the two overlap instead of following each other.
 *
 * <p>{@code Launcher} begins it for the command line it was given; the application takes it once for
 * the same arguments, and begins its own when there is none (an application started by a test).
 */
final class StartOpening {

    private static final AtomicReference<StartOpening> BEGUN = new AtomicReference<>();

    private final List<String> arguments;
    private final Settings settings;
    private final ProjectPlace project;
    private final CompletableFuture<Workbench> opening = new CompletableFuture<>();
    /** Who hears how the opening goes (the splash, once it shows), and the last it was told before that. */
    private Progress listener;
    private Update last;

    /** Opens the project, telling {@code progress} what it is doing when that takes long. */
    @FunctionalInterface
    interface Opener {
        Workbench open(Progress progress) throws Exception;
    }

    private record Update(long done, long total, String message) {
    }

    private StartOpening(List<String> arguments, Settings settings, ProjectPlace project, Opener open) {
        this.arguments = List.copyOf(arguments);
        this.settings = settings;
        this.project = project;
        Thread thread = new Thread(() -> open(open), "crosscheck-opening");
        thread.setDaemon(true);
        thread.start();
    }

    /** Begins opening the project these arguments name (or the one open last) on a thread of its own. */
    static StartOpening begin(List<String> arguments, Settings settings, ProjectPlace project, Opener open) {
        return new StartOpening(arguments, settings, project, open);
    }

    /** Begins it ahead of the application, which will {@link #take} it. */
    static void beginAhead(StartOpening started) {
        BEGUN.set(started);
    }

    /** The opening begun ahead for these very arguments, once; empty when none was. */
    static java.util.Optional<StartOpening> take(List<String> arguments) {
        StartOpening begun = BEGUN.getAndSet(null);
        if (begun != null && !begun.arguments.equals(arguments)) {
            begun.whenDone((workbench, error) -> {
                if (workbench != null) {
                    workbench.close(); // begun for other arguments: nothing will show it
                }
            });
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(begun);
    }

    private void open(Opener open) {
        try {
            opening.complete(open.open(this::tell));
        } catch (Exception | Error e) {
            opening.completeExceptionally(e);
        }
    }

    private synchronized void tell(long done, long total, String message) {
        last = new Update(done, total, message);
        if (listener != null) {
            listener.update(done, total, message);
        }
    }

    /**
     * From now on tells {@code progress}, on the opening's thread, what the opening is doing; at once what
     * it was doing last, if it has said anything yet.
     */
    synchronized void hearProgress(Progress progress) {
        listener = progress;
        if (last != null) {
            progress.update(last.done(), last.total(), last.message());
        }
    }

    Settings settings() {
        return settings;
    }

    ProjectPlace project() {
        return project;
    }

    /** Calls back, on the thread that finished the opening, with the project or what stopped it. */
    void whenDone(BiConsumer<Workbench, Throwable> then) {
        opening.whenComplete((workbench, error) -> then.accept(workbench,
                error instanceof CompletionException wrapped && wrapped.getCause() != null ? wrapped.getCause() : error));
    }
}
