package org.crosscheck.model;

import java.util.Locale;

/**
 * How two statements about the same quantity relate, with the one label and the one colour it has
 * everywhere: in the window, the charts, the command line, the report on paper and in HTML.
 *
 * <p>Colour and the mark's shape (drawn by the chart) both differ, so a verdict can be told without
 * colour vision and in black-and-white print. The colours are Okabe–Ito (bluish green, orange,
 * vermillion) and two greys, none of which a source is given.
 */
public enum Verdict {
    AGREES("agrees", "agrees", "#009E73"),
    TENSION("tension", "tension", "#E69F00"),
    CONTRADICTS("contradicts", "contradicts", "#D55E00"),
    CHANGED_OVER_TIME("changed-over-time", "changed over time", "#5F5F5F"),
    DIFFERENT_SCOPE("different-scope", "different scope", "#9E9E9E");

    private final String key;
    private final String label;
    private final String colour;

    Verdict(String key, String label, String colour) {
        this.key = key;
        this.label = label;
        this.colour = colour;
    }

    /** The name in JSON, CSS and reports: "changed-over-time". */
    public String key() {
        return key;
    }

    /** The words for people: "changed over time". */
    public String label() {
        return label;
    }

    /** The colour as "#RRGGBB". */
    public String colour() {
        return colour;
    }

    /** The colour as 0xRRGGBB. */
    public int rgb() {
        return Integer.parseInt(colour.substring(1), 16);
    }

    /** The verdict of a key ("changed-over-time"). */
    public static Verdict fromKey(String key) {
        for (Verdict verdict : values()) {
            if (verdict.key.equals(key)) {
                return verdict;
            }
        }
        throw new IllegalArgumentException("no verdict called " + key);
    }

    /** The verdict to draw for a key; an unknown key is drawn as different scope (grey, neutral). */
    public static Verdict fromKeyOrNeutral(String key) {
        Verdict read = read(key);
        return read == null ? DIFFERENT_SCOPE : read;
    }

    /** Reads "changed-over-time", "changed over time" or "CHANGED_OVER_TIME"; unknown words give null. */
    public static Verdict read(String words) {
        if (words == null) {
            return null;
        }
        String label = words.strip().replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT);
        for (Verdict verdict : values()) {
            if (verdict.label.equals(label)) {
                return verdict;
            }
        }
        return null;
    }
}
