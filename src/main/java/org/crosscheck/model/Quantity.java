package org.crosscheck.model;

/**
 * The figure of a quantity claim as an interval. A null end is open: "more than 25" is
 * {@code [25, null]}, "as many as 50" is {@code [null, 50]}.
 *
 * @param qualifier  the hedge as written ("about", "nearly", "at least"), empty when none
 * @param counted    what is counted, as written ("militants")
 * @param normalized what is counted, normalised so that claims can be compared ("fighters")
 * @param role       what the sentence says of what is counted ("killed", "injured", "arrested"),
 *                   empty when it says nothing: "two dead and five wounded" are two different counts
 */
public record Quantity(Double low, Double high, String qualifier, String counted, String normalized, String role) {

    public static final Quantity EMPTY = new Quantity(null, null, "", "", "", "");

    /** Hedges that stress a figure's size: their reach is the speaker's estimate (see {@link #asMeant()}). */
    private static final java.util.Set<String> HIGH_ESTIMATES = java.util.Set.of("as many as", "up to", "as much as");
    /** The share of the stated figure a high estimate ("as many as x") is read to reach at least. */
    private static final double HIGH_ESTIMATE_FLOOR = 0.5;

    /** A figure with no role. */
    public Quantity(Double low, Double high, String qualifier, String counted, String normalized) {
        this(low, high, qualifier, counted, normalized, "");
    }

    public Quantity {
        qualifier = qualifier == null ? "" : qualifier.strip();
        counted = counted == null ? "" : counted.strip();
        normalized = normalized == null ? "" : normalized.strip();
        role = role == null ? "" : role.strip();
        if (low != null && high != null && low > high) {
            throw new IllegalArgumentException("low " + low + " is above high " + high);
        }
    }

    public boolean isEmpty() {
        return low == null && high == null && qualifier.isEmpty() && counted.isEmpty() && normalized.isEmpty() && role.isEmpty();
    }

    /**
     * The interval as a reader means it, for comparing, {low, high} with null for open: a high estimate
     * ("as many as 10,000", "up to", "as much as": [null, 10,000] as stated) is read as [5,000, 10,000];
     * every other interval as stated. Why: those hedges stress that the figure is large; read as [0,
     * 10,000], "as many as 10,000 troops" would agree with "nearly 3,500" and every smaller figure, where
     * a researcher reads them as far apart. Half the figure is the floor: a speaker who expected fewer
     * than half of x would not name x as its reach. "at most", "fewer than", "under" stress smallness
     * and keep their open low end. The stated interval stays what the text literally bounds, so that
     * extraction is scored against what was written; the comparison applies this reading.
     */
    public Double[] asMeant() {
        if (low == null && high != null && isHighEstimate()) {
            return new Double[] {Math.round(high * HIGH_ESTIMATE_FLOOR * 1e6) / 1e6, high};
        }
        return new Double[] {low, high};
    }

    /** The low end as compared: {@link #asMeant()}'s, an open end 0 (counts are never negative). */
    public double comparedLow() {
        Double low = asMeant()[0];
        return low == null ? 0 : low;
    }

    /** The high end as compared: {@link #asMeant()}'s, an open end infinity. */
    public double comparedHigh() {
        Double high = asMeant()[1];
        return high == null ? Double.POSITIVE_INFINITY : high;
    }

    /** Whether the hedge, possibly before a vague amount ("up to several hundred"), is a high estimate. */
    private boolean isHighEstimate() {
        String lower = qualifier.toLowerCase(java.util.Locale.ROOT);
        for (String hedge : HIGH_ESTIMATES) {
            if (lower.equals(hedge) || lower.startsWith(hedge + " ")) {
                return true;
            }
        }
        return false;
    }
}
