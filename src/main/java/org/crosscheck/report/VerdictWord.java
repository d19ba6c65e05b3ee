package org.crosscheck.report;

import java.util.Locale;

/**
 * The five verdicts and the colour each is printed in, shared by every renderer so a contradiction
 * is the same red on paper and on screen.
 */
public enum VerdictWord {
    AGREES("agrees", 0x2E7D32),
    TENSION("tension", 0xB26A00),
    CONTRADICTS("contradicts", 0xC62828),
    CHANGED_OVER_TIME("changed over time", 0x1565C0),
    DIFFERENT_SCOPE("different scope", 0x616161);

    private final String words;
    private final int rgb;

    VerdictWord(String words, int rgb) {
        this.words = words;
        this.rgb = rgb;
    }

    /** How the verdict reads in the report. */
    public String words() {
        return words;
    }

    /** The colour as 0xRRGGBB. */
    public int rgb() {
        return rgb;
    }

    /** The colour as CSS "#rrggbb". */
    public String cssColor() {
        return String.format(Locale.ROOT, "#%06x", rgb);
    }

    /** Reads "changed-over-time", "changed over time" or "CHANGED_OVER_TIME"; unknown words give null. */
    public static VerdictWord of(String verdict) {
        if (verdict == null) {
            return null;
        }
        String key = verdict.strip().replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT);
        for (VerdictWord word : values()) {
            if (word.words.equals(key)) {
                return word;
            }
        }
        return null;
    }
}
