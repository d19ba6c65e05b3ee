package org.crosscheck.compare;

import java.util.Arrays;

/**
 * The pairs of articles similar enough to matter, found without comparing all pairs: an inverted
 * index lists, for every term that is neither unique nor common, the articles that have it, and
 * each article meets only the articles it shares such a term with. Similarity is the cosine of
 * the weighted term vectors, weakened by the days between the two reports.
 */
final class StoryPairs {

    /** Pairs below this are left out: too weak to change an average, and there are very many of them. */
    static final double FLOOR = 0.02;

    private int[] first = new int[1024];
    private int[] second = new int[1024];
    private double[] similarity = new double[1024];
    private int size;

    private StoryPairs() {
    }

    static StoryPairs of(StoryVectors vectors, DateCloseness closeness) {
        StoryPairs pairs = new StoryPairs();
        int[][] postings = new int[vectors.termCount()][];
        double[][] postingWeights = new double[vectors.termCount()][];
        index(vectors, postings, postingWeights);
        int[] cursor = new int[vectors.termCount()];
        double[] shared = new double[vectors.documents()];
        int[] touched = new int[vectors.documents()];
        for (int document = 0; document < vectors.documents(); document++) {
            int touchedCount = 0;
            int[] terms = vectors.terms(document);
            double[] weights = vectors.weights(document);
            for (int at = 0; at < terms.length; at++) {
                int term = terms[at];
                int[] posting = postings[term];
                if (posting == null) {
                    continue;
                }
                double[] otherWeights = postingWeights[term];
                // documents are read in order, so the ones after this document start just past the cursor
                for (int index = ++cursor[term]; index < posting.length; index++) {
                    int other = posting[index];
                    if (shared[other] == 0) {
                        touched[touchedCount++] = other;
                    }
                    shared[other] += weights[at] * otherWeights[index];
                }
            }
            for (int index = 0; index < touchedCount; index++) {
                int other = touched[index];
                double cosine = shared[other] / (vectors.norm(document) * vectors.norm(other));
                double score = cosine * closeness.factor(vectors.day(document), vectors.day(other));
                if (score >= FLOOR) {
                    pairs.add(document, other, score);
                }
                shared[other] = 0;
            }
        }
        return pairs;
    }

    /** For every term in two or more articles and not common: its articles in ascending order, with its weight in each. */
    private static void index(StoryVectors vectors, int[][] postings, double[][] postingWeights) {
        int[] filled = new int[vectors.termCount()];
        for (int term = 0; term < vectors.termCount(); term++) {
            int frequency = vectors.documentFrequency(term);
            if (frequency >= 2 && !vectors.isCommon(term) && vectors.weight(term) > 0) {
                postings[term] = new int[frequency];
                postingWeights[term] = new double[frequency];
            }
        }
        for (int document = 0; document < vectors.documents(); document++) {
            int[] terms = vectors.terms(document);
            double[] weights = vectors.weights(document);
            for (int at = 0; at < terms.length; at++) {
                int term = terms[at];
                if (postings[term] != null) {
                    postingWeights[term][filled[term]] = weights[at];
                    postings[term][filled[term]++] = document;
                }
            }
        }
    }

    private void add(int document, int other, double score) {
        if (size == first.length) {
            first = Arrays.copyOf(first, size * 2);
            second = Arrays.copyOf(second, size * 2);
            similarity = Arrays.copyOf(similarity, size * 2);
        }
        first[size] = document;
        second[size] = other;
        similarity[size] = score;
        size++;
    }

    int size() {
        return size;
    }

    int first(int pair) {
        return first[pair];
    }

    int second(int pair) {
        return second[pair];
    }

    double similarity(int pair) {
        return similarity[pair];
    }
}
