package org.crosscheck.chart;

import java.util.Arrays;
import org.crosscheck.compare.Verdict;

/**
 * How each verdict looks. Colour and shape both differ, so a verdict can be told without colour
 * vision (and in black-and-white print): contradicts is a red square with a cross, tension an
 * amber triangle, agrees a green disc, changed over time a blue square with an arrow, different
 * scope a grey ring. Colours are Okabe–Ito (vermillion for red, orange for amber).
 */
public enum VerdictKind {
    AGREES(Verdict.AGREES, OkabeIto.BLUISH_GREEN),
    TENSION(Verdict.TENSION, OkabeIto.ORANGE),
    CONTRADICTS(Verdict.CONTRADICTS, OkabeIto.VERMILLION),
    CHANGED_OVER_TIME(Verdict.CHANGED_OVER_TIME, OkabeIto.BLUE),
    DIFFERENT_SCOPE(Verdict.DIFFERENT_SCOPE, "#999999");

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

    /** The kind for a verdict key; an unknown key is shown as different scope (grey, neutral). */
    public static VerdictKind of(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key().equals(key)).findFirst().orElse(DIFFERENT_SCOPE);
    }
}
