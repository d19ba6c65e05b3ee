package org.crosscheck.chart;

import java.util.Arrays;

/**
 * How each verdict looks. Colour and shape both differ, so a verdict can be told without colour
 * vision (and in black-and-white print): contradicts is a red square with a cross, tension an
 * amber triangle, agrees a green disc, changed over time a blue square with an arrow, different
 * scope a grey ring. Colours are Okabe–Ito (vermillion for red, orange for amber).
 */
public enum VerdictKind {
    AGREES("agrees", OkabeIto.BLUISH_GREEN),
    TENSION("tension", OkabeIto.ORANGE),
    CONTRADICTS("contradicts", OkabeIto.VERMILLION),
    CHANGED_OVER_TIME("changed-over-time", OkabeIto.BLUE),
    DIFFERENT_SCOPE("different-scope", "#999999");

    private final String key;
    private final String colour;

    VerdictKind(String key, String colour) {
        this.key = key;
        this.colour = colour;
    }

    public String key() {
        return key;
    }

    public String colour() {
        return colour;
    }

    /** The kind for a verdict key; an unknown key is shown as different scope (grey, neutral). */
    public static VerdictKind of(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst().orElse(DIFFERENT_SCOPE);
    }
}
