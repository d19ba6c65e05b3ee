package org.crosscheck.report;

import java.util.Locale;
import org.crosscheck.compare.Verdict;

/**
 * The five verdicts and the colour each is printed in, shared by every renderer so a contradiction
 * is the same red on paper and on screen: the colours of the chart's verdict marks ({@code VerdictKind}).
 */
public enum VerdictWord {
    AGREES(Verdict.AGREES),
    TENSION(Verdict.TENSION),
    CONTRADICTS(Verdict.CONTRADICTS),
    CHANGED_OVER_TIME(Verdict.CHANGED_OVER_TIME),
    DIFFERENT_SCOPE(Verdict.DIFFERENT_SCOPE);

    private final Verdict verdict;
    private final int rgb;

    /** The colour of the verdict's mark in the charts and the window, so paper and screen agree. */
    VerdictWord(Verdict verdict) {
        this.verdict = verdict;
        this.rgb = Integer.parseInt(org.crosscheck.chart.VerdictKind.of(verdict.key()).colour().substring(1), 16);
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
