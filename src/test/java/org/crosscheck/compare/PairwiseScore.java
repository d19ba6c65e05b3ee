package org.crosscheck.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise precision and recall of a clustering against gold labels: of the pairs of articles put
 * in one cluster, how many share a label, and of the pairs that share a label, how many were put
 * in one cluster.
 */
public record PairwiseScore(double precision, double recall, long foundPairs, long goldPairs) {

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Scores clusters of source ids against the gold label of each id; ids without a label are left out. */
    public static PairwiseScore of(List<StoryCluster> clusters, Map<Long, String> goldOf) {
        long found = 0;
        long correct = 0;
        Map<String, Long> goldSizes = new HashMap<>();
        for (StoryCluster cluster : clusters) {
            Map<String, Long> labels = new HashMap<>();
            long labelled = 0;
            for (long id : cluster.sourceIds()) {
                String gold = goldOf.get(id);
                if (gold != null) {
                    labels.merge(gold, 1L, Long::sum);
                    goldSizes.merge(gold, 1L, Long::sum);
                    labelled++;
                }
            }
            found += pairs(labelled);
            for (long count : labels.values()) {
                correct += pairs(count);
            }
        }
        long gold = goldSizes.values().stream().mapToLong(PairwiseScore::pairs).sum();
        return new PairwiseScore(found == 0 ? 1 : (double) correct / found, gold == 0 ? 1 : (double) correct / gold,
                found, gold);
    }

    private static long pairs(long count) {
        return count * (count - 1) / 2;
    }

    @Override
    public String toString() {
        return String.format("F1 %.3f  P %.3f  R %.3f  (%,d pairs found, %,d gold)", f1(), precision, recall,
                foundPairs, goldPairs);
    }
}
