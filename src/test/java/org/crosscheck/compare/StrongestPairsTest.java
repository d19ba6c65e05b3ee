package org.crosscheck.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A large library keeps of each article's pairs only those among the strongest of one of its two
 * articles (here the strongest 2 rather than 200, to keep the pairs few).
 */
class StrongestPairsTest {

    private record Pair(int one, int two, double probability) {
    }

    @Test
    void anArticleWithFewPairsKeepsThemAll() {
        StrongestPairs strongest = new StrongestPairs(3, 2);
        strongest.offer(0, 0.1);
        strongest.offer(1, 0.1);

        assertTrue(strongest.keeps(0, 1, 0.1));
    }

    @Test
    void aWeakPairOfTwoArticlesWithStrongerOnesIsLeftOut() {
        List<Pair> kept = kept(5, List.of(new Pair(0, 1, 0.9), new Pair(0, 2, 0.8), new Pair(0, 3, 0.1),
                new Pair(3, 4, 0.7), new Pair(3, 1, 0.6)));

        assertFalse(kept.contains(new Pair(0, 3, 0.1)), "0.1 is the weakest of both 0's and 3's three pairs");
        assertEquals(4, kept.size());
    }

    @Test
    void aWeakPairStaysWhenItIsAmongTheStrongestOfItsOtherArticle() {
        List<Pair> kept = kept(4, List.of(new Pair(0, 1, 0.9), new Pair(0, 2, 0.8), new Pair(0, 3, 0.1)));

        assertTrue(kept.contains(new Pair(0, 3, 0.1)), "3 has no other pair: a lone article keeps its one link");
    }

    @Test
    void whatIsKeptDoesNotDependOnTheOrderThePairsComeIn() {
        Random random = new Random(7);
        List<Pair> pairs = new ArrayList<>();
        for (int one = 0; one < 12; one++) {
            for (int two = one + 1; two < 12; two++) {
                if (random.nextInt(3) > 0) {
                    pairs.add(new Pair(one, two, random.nextInt(20) / 20.0)); // ties too
                }
            }
        }
        List<Pair> inOrder = kept(12, pairs);
        List<Pair> shuffled = new ArrayList<>(pairs);
        Collections.shuffle(shuffled, random);
        List<Pair> inOtherOrder = kept(12, shuffled);

        assertEquals(new java.util.HashSet<>(inOrder), new java.util.HashSet<>(inOtherOrder));
        assertTrue(inOrder.size() < pairs.size());
    }

    /** The pairs kept after all are offered, dropping those left out as they come, as {@link StoryPairs} does. */
    private static List<Pair> kept(int documents, List<Pair> pairs) {
        StrongestPairs strongest = new StrongestPairs(documents, 2);
        List<Pair> held = new ArrayList<>();
        for (Pair pair : pairs) {
            strongest.offer(pair.one(), pair.probability());
            strongest.offer(pair.two(), pair.probability());
            if (strongest.keeps(pair.one(), pair.two(), pair.probability())) {
                held.add(pair);
            }
        }
        held.removeIf(pair -> !strongest.keeps(pair.one(), pair.two(), pair.probability()));
        return held;
    }
}
