package org.crosscheck.report;

import java.util.Locale;
import org.crosscheck.compare.Verdict;

/**
 * The five verdicts and the colour each is printed in, shared by every renderer so a contradiction
 * is the same red on paper and on screen.
 */
public enum VerdictWord {
    AGREES(Verdict.AGREES, 0x2E7D32),
    TENSION(Verdict.TENSION, 0xB26A00),
    CONTRADICTS(Verdict.CONTRADICTS, 0xC62828),
    CHANGED_OVER_TIME(Verdict.CHANGED_OVER_TIME, 0x1565C0),
    DIFFERENT_SCOPE(Verdict.DIFFERENT_SCOPE, 0x616161);

    private final Verdict verdict;
    private final int rgb;

    VerdictWord(Verdict verdict, int rgb) {
        this.verdict = verdict;
        this.rgb = rgb;
    }

    /** How the verdict reads in the report: the same words as in the window. */
    public String words() {
        return verdict.label();
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
            if (word.words().equals(key)) {
                return word;
            }
        }
        return null;
    }
}
