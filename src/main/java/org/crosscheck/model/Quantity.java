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
}
