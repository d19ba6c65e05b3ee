package org.crosscheck.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the JavaFX thread spent, for benchmarks: its CPU time (idle waiting costs none, so this is
 * the time it was busy, pulses included), and the longest a ping posted to it had to wait (the
 * longest stretch the window could not answer, garbage collection and a loaded machine included).
 */
final class FxThreadMeter implements AutoCloseable {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long fxThread;
    private final AtomicLong longestWait = new AtomicLong();
    private final Thread pinger = new Thread(this::ping, "fx-thread-pinger");
    private volatile boolean running = true;

    FxThreadMeter() throws Exception {
        fxThread = WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().getId()).get();
        pinger.setDaemon(true);
        pinger.start();
    }

    /** CPU time of the JavaFX thread so far, in nanoseconds. */
    long fxCpu() {
        return threads.getThreadCpuTime(fxThread);
    }

    /** CPU time of every thread of this name (the window's worker), in nanoseconds. */
    long cpuOf(String threadName) {
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().equals(threadName))
                .mapToLong(thread -> Math.max(0, threads.getThreadCpuTime(thread.getId()))).sum();
    }

    /** The longest wait of a ping since the last call, in nanoseconds. */
    long takeLongestWait() {
        return longestWait.getAndSet(0);
    }

    /** Waits until the JavaFX thread and the worker have both been quiet (under 2 ms each, pings included) for 300 ms. */
    void settle(String workerName) throws InterruptedException {
        for (int round = 0; round < 1000; round++) {
            long fx = fxCpu();
            long worker = cpuOf(workerName);
            Thread.sleep(300);
            if (fxCpu() - fx < 2_000_000 && cpuOf(workerName) - worker < 2_000_000) {
                return;
            }
        }
        throw new IllegalStateException("the window did not settle in five minutes");
    }

    private void ping() {
        while (running) {
            long posted = System.nanoTime();
            CountDownLatch ran = new CountDownLatch(1);
            Platform.runLater(() -> {
                longestWait.accumulateAndGet(System.nanoTime() - posted, Math::max);
                ran.countDown();
            });
            try {
                ran.await(60, TimeUnit.SECONDS);
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        pinger.interrupt();
    }
}
