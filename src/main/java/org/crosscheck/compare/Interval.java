package org.crosscheck.compare;

import org.crosscheck.model.Quantity;

/**
 * A figure as numbers to compare, as a reader means it: "as many as 10,000" asserts a high figure,
 * 5,000–10,000, not 0–10,000 (see {@link Quantity#asMeant()}); an open low end is 0 (counts are
 * never negative), an open high end is infinity.
 */
record Interval(double low, double high) {

    static Interval of(Quantity quantity) {
        return new Interval(quantity.comparedLow(), quantity.comparedHigh());
    }

    boolean isPoint() {
        return low == high;
    }

    /**
     * Whether they share more than a touching end: "over 10,000" and "as many as 10,000" meet at
     * 10,000 but do not agree; a single figure inside a range does.
     */
    boolean overlaps(Interval other) {
        double from = Math.max(low, other.low);
        double to = Math.min(high, other.high);
        if (to > from) {
            return true;
        }
        return to == from && (isPoint() || other.isPoint()) && contains(from) && other.contains(from);
    }

    /** The gap between them as a share of the nearer end of the higher one; 0 when they touch. */
    double relativeGap(Interval other) {
        double upperStart = Math.max(low, other.low);
        double lowerEnd = Math.min(high, other.high);
        double gap = Math.max(0, upperStart - lowerEnd);
        return upperStart <= 0 ? 0 : gap / upperStart;
    }

    /** Whether this one could be a part of the other: it does not start above the other's end. */
    boolean fitsInside(Interval whole) {
        return low <= whole.high;
    }

    /** Whether this one lies wholly below the other: a part of it, not the same count. */
    boolean isBelow(Interval whole) {
        return high < whole.low;
    }

    /** Whether this one lies wholly above the other, touching at most. */
    boolean isAbove(Interval other) {
        return low >= other.high;
    }

    private boolean contains(double value) {
        return value >= low && value <= high;
    }
}
