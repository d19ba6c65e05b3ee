package org.crosscheck.model.chart;

/**
 * One statement of a comparison group as the interval chart sees it: a label ("source ·
 * speaker"), the figure as an interval whose ends may be open (null), the qualifier as written
 * ("about", "more than") and the index of its colour in the palette.
 */
public record IntervalStatement(String label, Double low, Double high, String qualifier, int colourIndex) {

    /** True when the statement gives one figure rather than a range. */
    public boolean isSingleFigure() {
        return low != null && low.equals(high);
    }

    /** True when there is no figure at all to draw. */
    public boolean hasNoFigure() {
        return low == null && high == null;
    }
}
