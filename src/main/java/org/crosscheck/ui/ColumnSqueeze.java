package org.crosscheck.ui;

/**
 * Fits a table's columns into the width it has: columns keep their natural widths while they fit;
 * otherwise the columns that can wrap their text give up the difference, in proportion to what each
 * has above its least width. Pure arithmetic, so it is tested without a window.
 */
final class ColumnSqueeze {

    private ColumnSqueeze() {
    }

    /**
     * @param natural   each column's width at its widest text
     * @param wrapping  the positions of the columns that may become narrower and wrap
     * @param least     the narrowest a wrapping column becomes
     * @param available the table's width for columns; zero or less before the table is laid out
     * @return the width for each column
     */
    static double[] fit(double[] natural, int[] wrapping, double least, double available) {
        double[] widths = natural.clone();
        double total = 0;
        for (double width : natural) {
            total += width;
        }
        double excess = total - available;
        if (available <= 0 || excess <= 0) {
            return widths;
        }
        double give = 0;
        for (int column : wrapping) {
            give += Math.max(0, natural[column] - least);
        }
        if (give <= 0) {
            return widths;
        }
        double share = Math.min(1, excess / give);
        for (int column : wrapping) {
            widths[column] = natural[column] - Math.max(0, natural[column] - least) * share;
        }
        return widths;
    }
}
