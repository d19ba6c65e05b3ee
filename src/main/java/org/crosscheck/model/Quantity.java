package org.crosscheck.model;

/**
 * The figure of a quantity claim as an interval. A null end is open: "more than 25" is
 * {@code [25, null]}, "as many as 50" is {@code [null, 50]}.
 *
 * @param qualifier  the hedge as written ("about", "nearly", "at least"), empty when none
 * @param counted    what is counted, as written ("militants")
 * @param normalized what is counted, normalised so that claims can be compared ("fighters")
 */
public record Quantity(Double low, Double high, String qualifier, String counted, String normalized) {

    public static final Quantity EMPTY = new Quantity(null, null, "", "", "");

    public Quantity {
        qualifier = qualifier == null ? "" : qualifier.strip();
        counted = counted == null ? "" : counted.strip();
        normalized = normalized == null ? "" : normalized.strip();
        if (low != null && high != null && low > high) {
            throw new IllegalArgumentException("low " + low + " is above high " + high);
        }
    }

    public boolean isEmpty() {
        return low == null && high == null && qualifier.isEmpty() && counted.isEmpty() && normalized.isEmpty();
    }
}
