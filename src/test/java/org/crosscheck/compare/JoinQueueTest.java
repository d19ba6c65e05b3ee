package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JoinQueueTest {

    @Test
    void givesTheHighestAverageFirstAndBreaksTiesOnTheLowerIds() {
        JoinQueue queue = new JoinQueue();
        queue.offer(0.5, 4, 9, 0, 0);
        queue.offer(0.9, 2, 3, 0, 0);
        queue.offer(0.5, 1, 8, 0, 0);
        queue.offer(0.5, 1, 5, 0, 0);
        assertThat(drain(queue)).containsExactly("0.9 2-3", "0.5 1-5", "0.5 1-8", "0.5 4-9");
    }

    @Test
    void keepsOrderForOffersMadeAfterTheFirstLook() {
        JoinQueue queue = new JoinQueue();
        for (int at = 0; at < 100; at++) {
            queue.offer(at / 100.0, at, at + 1, at, 0);
        }
        assertThat(queue.bestAverage()).isEqualTo(0.99);
        queue.removeBest();
        queue.offer(2.0, 7, 8, 3, 4);
        assertThat(queue.bestAverage()).isEqualTo(2.0);
        assertThat(queue.bestClusterVersion()).isEqualTo(3);
        assertThat(queue.bestOtherVersion()).isEqualTo(4);
        queue.removeBest();
        assertThat(queue.bestAverage()).isEqualTo(0.98);
    }

    private static List<String> drain(JoinQueue queue) {
        List<String> order = new ArrayList<>();
        while (!queue.isEmpty()) {
            order.add(queue.bestAverage() + " " + queue.bestCluster() + "-" + queue.bestOther());
            queue.removeBest();
        }
        return order;
    }
}
