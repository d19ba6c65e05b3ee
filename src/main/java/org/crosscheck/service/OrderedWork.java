package org.crosscheck.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs a pure function over inputs on several threads and hands the results back in the inputs'
 * order, with at most {@code window} results computed ahead of the one taken. The window is what
 * keeps an import's memory bounded whatever the number of files: a result is only computed once
 * the consumer has come within {@code window} of it. The results come to the one thread that
 * iterates, so whatever it does with them (saving in its transaction, reporting progress that may
 * cancel) stays on that thread.
 *
 * <p>Not thread-safe: iterate from one thread, and close it (also when the consumer stops early),
 * which stops the work not yet taken.
 */
final class OrderedWork<I, O> implements Iterator<O>, AutoCloseable {

    static final long HEARTBEAT_MILLIS = 100;

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Iterator<I> inputs;
    private final Function<I, O> work;
    private final int window;
    private final ExecutorService pool;
    private final Deque<Future<O>> ahead = new ArrayDeque<>();

    OrderedWork(List<I> inputs, Function<I, O> work, int threads, int window) {
        this.inputs = inputs.iterator();
        this.work = work;
        this.window = Math.max(1, window);
        int pool = POOLS.incrementAndGet();
        AtomicInteger numbers = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), task -> {
            // daemons, so a worker left behind by an error never keeps the process alive
            Thread thread = new Thread(task, "import-" + pool + "-" + numbers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        fill();
    }

    /** The threads an import may use: every core, since the work is pure and the saving waits on it. */
    static int availableThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    @Override
    public boolean hasNext() {
        return !ahead.isEmpty();
    }

    /** The next result in input order; an exception thrown by the work is rethrown here, as it was. */
    @Override
    public O next() {
        return next(() -> { });
    }

    /**
     * The next result, running {@code whileWaiting} every {@value #HEARTBEAT_MILLIS} ms until it is
     * ready. A large file takes seconds to compute; the heartbeat is where the consumer sees a
     * Cancel meanwhile (it throws), rather than only once the file is done.
     */
    O next(Runnable whileWaiting) {
        Future<O> head = ahead.poll();
        if (head == null) {
            throw new NoSuchElementException();
        }
        fill();
        try {
            while (true) {
                try {
                    return head.get(HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillWorking) {
                    whileWaiting.run();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void fill() {
        while (ahead.size() < window && inputs.hasNext()) {
            I input = inputs.next();
            ahead.add(pool.submit(() -> work.apply(input)));
        }
    }

    /** Stops what is still to be computed; results not taken are dropped. */
    @Override
    public void close() {
        ahead.forEach(future -> future.cancel(true));
        ahead.clear();
        pool.shutdownNow();
    }
}
