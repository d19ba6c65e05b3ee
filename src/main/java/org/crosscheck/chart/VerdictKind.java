package org.crosscheck.chart;

import java.util.Arrays;
import org.crosscheck.compare.Verdict;

/**
 * How each verdict looks. Colour and shape both differ, so a verdict can be told without colour
 * vision (and in black-and-white print): contradicts is a red square with a cross, tension an
 * amber triangle, agrees a green disc, changed over time a dark grey square with an arrow, different
 * scope a light grey ring. Colours are Okabe–Ito (vermillion for red, orange for amber) and greys,
 * and no source has any of them ({@link SourcePalette}).
 */
public enum VerdictKind {
    AGREES(Verdict.AGREES, OkabeIto.BLUISH_GREEN),
    TENSION(Verdict.TENSION, OkabeIto.ORANGE),
    CONTRADICTS(Verdict.CONTRADICTS, OkabeIto.VERMILLION),
    CHANGED_OVER_TIME(Verdict.CHANGED_OVER_TIME, "#5F5F5F"),
    DIFFERENT_SCOPE(Verdict.DIFFERENT_SCOPE, "#9E9E9E");

    private final Verdict verdict;
    private final String colour;

    VerdictKind(Verdict verdict, String colour) {
        this.verdict = verdict;
        this.colour = colour;
    }

    /** The verdict's name, as compare.Verdict spells it. */
    public String key() {
        return verdict.key();
    }

    public String colour() {
        return colour;
    }

    /** Draws this verdict's mark (its shape in its colour) centred on (x, y), for legends and cells. */
    public void paintMark(ChartSurface surface, double x, double y, double size) {
        VerdictMark.paint(surface, this, x, y, size);
    }

    /** The kind for a verdict key; an unknown key is shown as different scope (grey, neutral). */
    public static VerdictKind of(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key().equals(key)).findFirst().orElse(DIFFERENT_SCOPE);
    }
}
