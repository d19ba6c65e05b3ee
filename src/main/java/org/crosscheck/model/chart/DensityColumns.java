package org.crosscheck.model.chart;

import java.util.Arrays;

/**
 * How many items cover each pixel column of one lane: the level-of-detail count. Items are
 * added as pixel ranges through a difference array, so adding is O(1) however wide the item,
 * and one prefix sum yields every column's count. Reused between lanes and frames to avoid
 * garbage during redraws. Not thread-safe.
 */
final class DensityColumns {

    private int[] counts = new int[0];
    private int width;

    /** Forgets all counts and prepares for a plot {@code width} columns wide. */
    void reset(int width) {
        this.width = Math.max(0, width);
        if (counts.length < this.width + 1) {
            counts = new int[this.width + 1];
        } else {
            Arrays.fill(counts, 0, this.width + 1, 0);
        }
    }

    /** Counts an item covering the pixels from {@code left} to {@code right}. */
    void add(double left, double right) {
        if (right < 0 || left >= width) {
            return;
        }
        int first = (int) Math.max(0, Math.floor(left));
        int last = (int) Math.min(width - 1, Math.floor(right));
        counts[first]++;
        counts[last + 1]--;
    }

    /** Turns the differences into counts; call once after all adds, before {@link #at}. */
    void accumulate() {
        int running = 0;
        for (int column = 0; column < width; column++) {
            running += counts[column];
            counts[column] = running;
        }
    }

    /** The count of the column under {@code x}; 0 outside the plot. */
    int at(double x) {
        int column = (int) Math.floor(x);
        return column < 0 || column >= width ? 0 : counts[column];
    }

    int width() {
        return width;
    }
}
