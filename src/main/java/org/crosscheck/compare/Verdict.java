package org.crosscheck.compare;

/**
 * How two statements about the same quantity relate. The words are the same in the window, the
 * command line and the report (whose VerdictWord and the chart's VerdictKind add their colours).
 */
public enum Verdict {
    AGREES("agrees", "agrees"),
    TENSION("tension", "tension"),
    CONTRADICTS("contradicts", "contradicts"),
    CHANGED_OVER_TIME("changed-over-time", "changed over time"),
    DIFFERENT_SCOPE("different-scope", "different scope");

    private final String key;
    private final String label;

    Verdict(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name in JSON and reports: "changed-over-time". */
    public String key() {
        return key;
    }

    /** The words for people: "changed over time". */
    public String label() {
        return label;
    }

    public static Verdict fromKey(String key) {
        for (Verdict verdict : values()) {
            if (verdict.key.equals(key)) {
                return verdict;
            }
        }
        throw new IllegalArgumentException("no verdict called " + key);
    }
}
