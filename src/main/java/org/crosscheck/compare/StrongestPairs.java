package org.crosscheck.compare;

import java.util.Arrays;

/**
 * The {@link #MOST} strongest pair probabilities met so far for each article, so that a large library
 * keeps of its candidate pairs only those among the strongest of at least one of their two articles:
 * a pair is kept when its probability is at least the weakest of either article's strongest. As more
 * pairs are met an article's strongest only get stronger, so a pair left out once would be left out at
 * the end too: pairs can be dropped as they come and the kept ones still depend only on all the pairs,
 * not on their order. Each article's strongest are a min-heap of primitive doubles, grown as needed.
 * <p>
 * Why: in a library of copies (the BBC texts of {@code StoryScaleBenchmark}) every article has hundreds
 * of weak pairs to the copies of each article it shares a few words with, so the pairs grew with the
 * square of the library (2.6 million on 10,000, 22.7 million on 30,000) and 100,000 ran out of a 6 GB
 * heap. A pair outside both articles' strongest 200 is far too weak to decide which story either
 * joins; no development report comes near that many (most 74 of the 3,692; 175 among the 10,000
 * copies of {@code StoryClusteringBenchmark}), so the stories of such libraries do not change.
 */
final class StrongestPairs {

    /** How many of each article's pairs are kept at least. */
    static final int MOST = 200;
    private static final double[] NONE = new double[0];

    private final int most;
    private final double[][] heaps;
    private final int[] sizes;

    StrongestPairs(int documents) {
        this(documents, MOST);
    }

    StrongestPairs(int documents, int most) {
        this.most = most;
        heaps = new double[documents][];
        Arrays.fill(heaps, NONE);
        sizes = new int[documents];
    }

    /** Counts a pair of {@code document} with this probability among its pairs. */
    void offer(int document, double probability) {
        double[] heap = heaps[document];
        int size = sizes[document];
        if (size < most) {
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, Math.min(most, Math.max(4, size * 2)));
                heaps[document] = heap;
            }
            heap[size] = probability;
            up(heap, size);
            sizes[document] = size + 1;
        } else if (probability > heap[0]) {
            heap[0] = probability;
            down(heap, size);
        }
    }

    /** Whether a pair of these two articles with this probability is among the strongest of either. */
    boolean keeps(int one, int two, double probability) {
        return probability >= weakestKept(one) || probability >= weakestKept(two);
    }

    /** The least probability of the article's strongest pairs, or minus infinity while it has fewer than {@link #MOST}. */
    private double weakestKept(int document) {
        return sizes[document] < most ? Double.NEGATIVE_INFINITY : heaps[document][0];
    }

    private static void up(double[] heap, int at) {
        double value = heap[at];
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (heap[parent] <= value) {
                break;
            }
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = value;
    }

    private static void down(double[] heap, int size) {
        double value = heap[0];
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= value) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = value;
    }
}
