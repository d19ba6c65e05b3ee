package org.crosscheck.model.chart;

import java.util.List;

/**
 * The colours of sources: colour-blind safe (Okabe–Ito's blue, reddish purple and sky blue, and
 * Paul Tol's olive, wine, indigo and sand, with black), and none of them a verdict's colour
 * ({@link org.crosscheck.model.Verdict}), so a bar's colour always means "this source" and a mark's colour
 * "this verdict". A source keeps its slot for the life of the project (see the service's source
 * colours); the slot picks the colour here.
 */
public final class SourcePalette {

    public static final List<String> COLOURS = List.of(
            OkabeIto.BLUE, OkabeIto.REDDISH_PURPLE, OkabeIto.SKY_BLUE, "#999933", "#882255", OkabeIto.BLACK,
            "#332288", "#DDCC77");

    private SourcePalette() {
    }

    /** How many colours there are before they repeat. */
    public static int size() {
        return COLOURS.size();
    }

    /** The colour of slot {@code slot} as "#RRGGBB"; slots wrap around, negative ones too. */
    public static String hex(int slot) {
        return COLOURS.get(Math.floorMod(slot, COLOURS.size()));
    }
}
