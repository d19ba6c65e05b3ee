package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.extract.ExtractionInterruptedException;
import org.crosscheck.extract.Extractor;
import org.junit.jupiter.api.Test;

/** A Cancel is seen while one long file is still being read, and the reading then stops. */
class OrderedWorkTest {

    @Test
    void resultsComeInTheInputsOrder() {
        try (OrderedWork<Integer, Integer> work = new OrderedWork<>(List.of(3, 1, 2), n -> n * 10, 2, 2)) {
            assertThat(List.of(work.next(), work.next(), work.next())).containsExactly(30, 10, 20);
            assertThat(work.hasNext()).isFalse();
        }
    }

    @Test
    void theConsumerIsCalledWhileItWaitsSoACancelNeedNotWaitForTheFile() {
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger beats = new AtomicInteger();
        try (OrderedWork<Integer, Integer> work = new OrderedWork<>(List.of(1), n -> {
            await(never);
            return n;
        }, 1, 1)) {
            // the heartbeat throws as a watched Progress does after Cancel
            assertThatThrownBy(() -> work.next(() -> {
                if (beats.incrementAndGet() == 3) {
                    throw new CancelledException();
                }
            })).isInstanceOf(CancelledException.class);
        }
        assertThat(beats).hasValue(3);
    }

    @Test
    void closingInterruptsTheWorkStillRunning() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        OrderedWork<Integer, Integer> work = new OrderedWork<>(List.of(1), n -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return n;
        }, 1, 1);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        work.close();
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void anInterruptedExtractionStopsInsteadOfReadingOn() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Extractor.withDefaults().extract("On Sunday 4 people were injured.", null))
                    .isInstanceOf(ExtractionInterruptedException.class);
        } finally {
            Thread.interrupted();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
