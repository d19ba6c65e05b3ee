package org.crosscheck.model;

/** Where a claim stands in the researcher's review. */
public enum ClaimStatus {
    /** Proposed by the extractor, not yet looked at. */
    SUGGESTED,
    /** Accepted by the researcher (hand-made claims start here). */
    CONFIRMED,
    /** Turned down by the researcher; kept so a re-scan does not suggest it again. */
    REJECTED;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
