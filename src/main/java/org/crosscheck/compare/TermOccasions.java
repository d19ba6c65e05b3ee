package org.crosscheck.compare;

import java.util.Arrays;

/**
 * How much each term comes in bursts: its articles sorted by date are cut into occasions where
 * more than a gap of days lies between two, and the burst is the share of pairs of its articles
 * that fall on one occasion (smoothed, so that a name met twice, at a shooting and at the trial
 * months later, keeps half). A story's names come in one burst of reports; a city's name, a
 * reporter's by-line and a site's sign-up box come back all year and score near 0. Articles
 * without a date do not count.
 */
final class TermOccasions {

    private TermOccasions() {
    }

    static double[] bursts(int[][] terms, long[] days, int[] documentFrequency, int gapDays) {
        long[][] daysOf = new long[documentFrequency.length][];
        int[] filled = new int[documentFrequency.length];
        for (int term = 0; term < documentFrequency.length; term++) {
            daysOf[term] = new long[documentFrequency[term]];
        }
        for (int document = 0; document < terms.length; document++) {
            if (days[document] == DateCloseness.UNKNOWN) {
                continue;
            }
            for (int term : terms[document]) {
                daysOf[term][filled[term]++] = days[document];
            }
        }
        double[] bursts = new double[documentFrequency.length];
        for (int term = 0; term < documentFrequency.length; term++) {
            bursts[term] = burst(daysOf[term], filled[term], gapDays);
        }
        return bursts;
    }

    private static double burst(long[] days, int count, int gapDays) {
        if (count <= 1) {
            return 1;
        }
        Arrays.sort(days, 0, count);
        long samePairs = 0;
        int occasion = 1;
        for (int index = 1; index < count; index++) {
            if (days[index] - days[index - 1] > gapDays) {
                samePairs += pairs(occasion);
                occasion = 1;
            } else {
                occasion++;
            }
        }
        samePairs += pairs(occasion);
        return (samePairs + 1.0) / (pairs(count) + 1.0);
    }

    private static long pairs(long count) {
        return count * (count - 1) / 2;
    }
}
