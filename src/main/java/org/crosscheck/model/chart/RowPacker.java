package org.crosscheck.model.chart;

import java.util.Arrays;

/**
 * Greedy first-fit interval packing: each interval, taken in order of its start, goes to the
 * lowest row where it no longer touches the previous interval. With start-ordered input this
 * keeps items near the top of their lane. Rows are capped: past {@code maxRows} an interval goes
 * to the row that frees up first and overlaps there, because a lane thousands of rows high would
 * be unreadable anyway (the view aggregates such crowds into density bars).
 *
 * <p>Not thread-safe; one packer per lane.
 */
final class RowPacker {

    private final double[] rowEnds;
    private final double gap;
    private int rowsUsed;

    RowPacker(int maxRows, double gap) {
        this.rowEnds = new double[Math.max(1, maxRows)];
        Arrays.fill(rowEnds, Double.NEGATIVE_INFINITY);
        this.gap = gap;
    }

    /** Places [start, end) and returns its row. Call in order of start. */
    int place(double start, double end) {
        int earliest = 0;
        for (int row = 0; row < rowEnds.length; row++) {
            if (rowEnds[row] + gap <= start) {
                return occupy(row, end);
            }
            if (rowEnds[row] < rowEnds[earliest]) {
                earliest = row;
            }
        }
        return occupy(earliest, end);
    }

    int rowsUsed() {
        return rowsUsed;
    }

    private int occupy(int row, double end) {
        rowEnds[row] = Math.max(rowEnds[row], end);
        rowsUsed = Math.max(rowsUsed, row + 1);
        return row;
    }
}
