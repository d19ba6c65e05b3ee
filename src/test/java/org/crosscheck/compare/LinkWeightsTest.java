package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinkWeightsTest {

    @Test
    void keepsTheSameSumsAsAMapThroughAddsRemovalsAndGrowth() {
        LinkWeights weights = new LinkWeights();
        Map<Integer, Double> expected = new HashMap<>();
        Random random = new Random(7);
        for (int step = 0; step < 20_000; step++) {
            int key = random.nextInt(500);
            if (random.nextInt(3) == 0) {
                double removed = weights.remove(key);
                assertThat(removed).isEqualTo(expected.getOrDefault(key, 0.0));
                expected.remove(key);
            } else {
                double value = random.nextDouble();
                weights.add(key, value);
                expected.merge(key, value, Double::sum);
            }
        }
        Map<Integer, Double> seen = new HashMap<>();
        weights.forEach(seen::put);
        assertThat(seen).isEqualTo(expected);
        assertThat(weights.size()).isEqualTo(expected.size());
    }

    @Test
    void isEmptyAfterClear() {
        LinkWeights weights = new LinkWeights();
        weights.add(3, 0.5);
        weights.clear();
        assertThat(weights.size()).isZero();
        assertThat(weights.remove(3)).isZero();
    }
}
