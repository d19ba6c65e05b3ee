package org.crosscheck.chart;

import javafx.scene.paint.Color;

/** JavaFX colours for the charts, all from the Okabe–Ito palette so both charts agree. */
final class ChartColours {

    static final Color BACKGROUND = Color.WHITE;
    static final Color GUTTER = Color.web("#F5F5F5");
    static final Color BAND = Color.web("#FAFAFA");
    static final Color RULE = Color.web("#BDBDBD");
    static final Color GRID = Color.web("#EEEEEE");
    static final Color GRID_MAJOR = Color.web("#D6D6D6");
    static final Color TEXT = Color.web("#212121");
    static final Color MUTED_TEXT = Color.web("#6B6B6B");
    static final Color LINK = Color.web("#7A7A7A");
    static final Color HIGHLIGHT = Color.BLACK;

    private static final Color[] SERIES = OkabeIto.SERIES.stream().map(Color::web).toArray(Color[]::new);

    private ChartColours() {
    }

    /** Series (lane, statement) colour by index, wrapping around the palette. */
    static Color series(int index) {
        return SERIES[Math.floorMod(index, SERIES.length)];
    }
}
