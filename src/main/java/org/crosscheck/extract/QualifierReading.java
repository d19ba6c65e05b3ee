package org.crosscheck.extract;

/**
 * The figure of a quantity as a reader means it, for the comparison to use in place of the stated
 * interval: "as many as 10,000" is read as 5,000–10,000, not 0–10,000. The rules and why are in
 * {@link QualifierRules}' third table. Pure and thread-safe.
 */
public final class QualifierReading {

    private QualifierReading() {
    }

    /**
     * {@code low} and {@code high} as stated (null = open), {@code qualifier} as written; returns
     * {low, high} as meant, either end possibly null.
     */
    public static Double[] asMeant(Double low, Double high, String qualifier) {
        return QualifierRules.asMeant(low, high, qualifier);
    }
}
