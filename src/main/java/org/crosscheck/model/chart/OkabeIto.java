package org.crosscheck.model.chart;

import java.util.List;

/**
 * The Okabe–Ito palette: eight colours that stay distinguishable for the common forms of colour
 * blindness. Kept as hex strings so pure code (and PDF output) can use it without JavaFX. The
 * order puts the colours that read well on white first; yellow and black come last.
 */
public final class OkabeIto {

    public static final String ORANGE = "#E69F00";
    public static final String SKY_BLUE = "#56B4E9";
    public static final String BLUISH_GREEN = "#009E73";
    public static final String YELLOW = "#F0E442";
    public static final String BLUE = "#0072B2";
    public static final String VERMILLION = "#D55E00";
    public static final String REDDISH_PURPLE = "#CC79A7";
    public static final String BLACK = "#000000";

    /** Series colours in the order they are handed out. */
    public static final List<String> SERIES = List.of(
            BLUE, ORANGE, BLUISH_GREEN, VERMILLION, SKY_BLUE, REDDISH_PURPLE, YELLOW, BLACK);

    private OkabeIto() {
    }

    /** The colour of series {@code index}; indices wrap around, negative ones too. */
    public static String series(int index) {
        return SERIES.get(Math.floorMod(index, SERIES.size()));
    }
}
