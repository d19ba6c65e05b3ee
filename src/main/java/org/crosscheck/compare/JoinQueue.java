package org.crosscheck.compare;

import java.util.Arrays;

/**
 * The candidate joins of average linkage, best first: a binary heap over parallel primitive arrays,
 * because a 10,000-article library offers millions of candidates and a heap of objects spends its
 * time and memory on them. Best means the highest average, then the lower first cluster, then the
 * lower second one, so clustering does not depend on the order candidates were offered in. Each
 * candidate carries the versions its clusters had when it was offered, so that one made stale by a
 * later join can be told and skipped.
 */
final class JoinQueue {

    private double[] average = new double[16];
    private int[] cluster = new int[16];
    private int[] other = new int[16];
    private int[] clusterVersion = new int[16];
    private int[] otherVersion = new int[16];
    private int size;
    /** While false, offers are appended unordered, and the first look at the best orders them at once. */
    private boolean ordered;

    boolean isEmpty() {
        return size == 0;
    }

    /** Adds a candidate; {@code cluster} is the lower id of the two. */
    void offer(double averageValue, int clusterId, int otherId, int clusterVersionValue, int otherVersionValue) {
        if (size == average.length) {
            grow();
        }
        average[size] = averageValue;
        cluster[size] = clusterId;
        other[size] = otherId;
        clusterVersion[size] = clusterVersionValue;
        otherVersion[size] = otherVersionValue;
        size++;
        if (ordered) {
            up(size - 1);
        }
    }

    double bestAverage() {
        order();
        return average[0];
    }

    int bestCluster() {
        order();
        return cluster[0];
    }

    int bestOther() {
        order();
        return other[0];
    }

    int bestClusterVersion() {
        order();
        return clusterVersion[0];
    }

    int bestOtherVersion() {
        order();
        return otherVersion[0];
    }

    /** Drops the best candidate. */
    void removeBest() {
        order();
        size--;
        if (size > 0) {
            move(size, 0);
            down(0);
        }
    }

    private void order() {
        if (!ordered) {
            for (int at = size / 2 - 1; at >= 0; at--) {
                down(at);
            }
            ordered = true;
        }
    }

    /** Whether the candidate at {@code one} comes before the one at {@code two}. */
    private boolean before(int one, int two) {
        if (average[one] != average[two]) {
            return average[one] > average[two];
        }
        return cluster[one] != cluster[two] ? cluster[one] < cluster[two] : other[one] < other[two];
    }

    private void up(int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!before(at, parent)) {
                return;
            }
            swap(at, parent);
            at = parent;
        }
    }

    private void down(int at) {
        while (true) {
            int left = 2 * at + 1;
            if (left >= size) {
                return;
            }
            int right = left + 1;
            int child = right < size && before(right, left) ? right : left;
            if (!before(child, at)) {
                return;
            }
            swap(at, child);
            at = child;
        }
    }

    private void swap(int one, int two) {
        double averageValue = average[one];
        average[one] = average[two];
        average[two] = averageValue;
        int value = cluster[one];
        cluster[one] = cluster[two];
        cluster[two] = value;
        value = other[one];
        other[one] = other[two];
        other[two] = value;
        value = clusterVersion[one];
        clusterVersion[one] = clusterVersion[two];
        clusterVersion[two] = value;
        value = otherVersion[one];
        otherVersion[one] = otherVersion[two];
        otherVersion[two] = value;
    }

    private void move(int from, int to) {
        average[to] = average[from];
        cluster[to] = cluster[from];
        other[to] = other[from];
        clusterVersion[to] = clusterVersion[from];
        otherVersion[to] = otherVersion[from];
    }

    private void grow() {
        int capacity = average.length * 2;
        average = Arrays.copyOf(average, capacity);
        cluster = Arrays.copyOf(cluster, capacity);
        other = Arrays.copyOf(other, capacity);
        clusterVersion = Arrays.copyOf(clusterVersion, capacity);
        otherVersion = Arrays.copyOf(otherVersion, capacity);
    }
}
