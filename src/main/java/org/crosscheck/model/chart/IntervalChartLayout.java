package org.crosscheck.model.chart;

import java.util.Optional;

/**
 * Where the parts of the interval chart go for a given size: statement labels at the left, the
 * value axis in the middle, and at the right a lower-triangle verdict matrix whose rows line up
 * with the statements (cell (i, j) holds the verdict between statements i and j, j &lt; i).
 * Pure; immutable.
 */
public record IntervalChartLayout(int statements, double width, double height, double labelWidth,
                                  double plotLeft, double plotRight, double matrixLeft, double cell,
                                  double top, double rowHeight) {

    static final double HEADER = 22;
    static final double AXIS = 26;
    static final double MAX_ROW = 30;
    static final double MAX_CELL = 22;
    static final double GAP = 16;
    /** The width of a character of a label, a little more than the average, so labels are never cut. */
    static final double LABEL_CHAR = 6.3;
    static final double MAX_MATRIX_SHARE = 0.34;
    /** Below this a cell is too small to see or to point at: the matrix would be noise, and slow to draw. */
    static final double MIN_READABLE_CELL = 4;
    /** The least row height that takes a label in two lines. */
    static final double TWO_LINE_ROW = 22;

    public static IntervalChartLayout of(int statements, double width, double height) {
        return of(statements, width, height, 0);
    }

    /**
     * A layout whose label column is wide enough for a label of {@code longestLabel} characters
     * (at most 45 % of the width), so "RT · Zamir Kabulov" is read whole rather than cut.
     */
    public static IntervalChartLayout of(int statements, double width, double height, int longestLabel) {
        return of(statements, width, height, longestLabel, longestLabel);
    }

    /**
     * As {@link #of(int, double, double, int)}, where rows tall enough for a label in two lines
     * need only {@code longestBrokenLine} characters: the bars get the width a second line saves.
     */
    public static IntervalChartLayout of(int statements, double width, double height, int longestLabel,
                                         int longestBrokenLine) {
        int rows = Math.max(1, statements);
        double rowHeight = Math.min(MAX_ROW, Math.max(1, (height - HEADER - AXIS) / rows));
        if (rowHeight >= TWO_LINE_ROW && longestBrokenLine > 0) {
            longestLabel = Math.min(longestLabel, longestBrokenLine);
        }
        // The matrix never takes more than a third of the width, so the bars keep room to be read.
        double cell = Math.min(Math.min(MAX_CELL, rowHeight),
                statements > 1 ? width * MAX_MATRIX_SHARE / (statements - 1) : MAX_CELL);
        boolean matrix = statements > 1 && cell >= MIN_READABLE_CELL;
        double matrixWidth = matrix ? (statements - 1) * cell : 0;
        double labelWidth = Math.max(90, Math.min(260, width * 0.28));
        if (longestLabel > 0) {
            labelWidth = Math.max(90, Math.min(width * 0.45, 24 + longestLabel * LABEL_CHAR));
        }
        double matrixLeft = width - matrixWidth - 8;
        double plotRight = Math.max(labelWidth + 40, matrixLeft - (matrix ? GAP : 0));
        return new IntervalChartLayout(statements, width, height, labelWidth, labelWidth + 8, plotRight,
                matrixLeft, cell, HEADER, rowHeight);
    }

    /**
     * Whether the verdict matrix is drawn: a group of hundreds of statements would have millions
     * of cells smaller than a pixel, so it says so instead and the verdict table below gives them.
     */
    public boolean drawsMatrix() {
        return statements > 1 && cell >= MIN_READABLE_CELL;
    }

    /** The pixel space a chart with {@code statements} rows would like to have. */
    public static double preferredHeight(int statements) {
        return HEADER + AXIS + Math.max(1, statements) * MAX_ROW;
    }

    public double rowCentre(int statement) {
        return top + (statement + 0.5) * rowHeight;
    }

    public double axisY() {
        return top + statements * rowHeight + 4;
    }

    /** Centre x of the matrix column for statement {@code column}. */
    public double columnCentre(int column) {
        return matrixLeft + (column + 0.5) * cell;
    }

    /** The matrix cell of a verdict between {@code a} and {@code b}: row is the later statement. */
    public static Pair cellOf(int a, int b) {
        return new Pair(Math.max(a, b), Math.min(a, b));
    }

    /** The matrix cell under a point, if any. */
    public Optional<Pair> cellAt(double x, double y) {
        if (!drawsMatrix() || x < matrixLeft || y < top) {
            return Optional.empty();
        }
        int column = (int) ((x - matrixLeft) / cell);
        int row = (int) ((y - top) / rowHeight);
        double dy = Math.abs(y - rowCentre(row));
        if (row >= statements || column >= row || dy > cell / 2) {
            return Optional.empty();
        }
        return Optional.of(new Pair(row, column));
    }

    /** A matrix cell: {@code row} &gt; {@code column}, both statement indices. */
    public record Pair(int row, int column) { }
}
