package org.crosscheck.model.chart;

/** The colours of the charts: series (sources, lanes) from {@link SourcePalette}, never a verdict's colour. */
final class ChartColours {

    static final ChartColour BACKGROUND = ChartColour.web("#FFFFFF");
    static final ChartColour GUTTER = ChartColour.web("#F5F5F5");
    static final ChartColour BAND = ChartColour.web("#FAFAFA");
    static final ChartColour RULE = ChartColour.web("#BDBDBD");
    static final ChartColour GRID = ChartColour.web("#EEEEEE");
    static final ChartColour GRID_MAJOR = ChartColour.web("#D6D6D6");
    static final ChartColour TEXT = ChartColour.web("#212121");
    static final ChartColour MUTED_TEXT = ChartColour.web("#6B6B6B");
    static final ChartColour LINK = ChartColour.web("#7A7A7A");
    static final ChartColour HIGHLIGHT = ChartColour.web(OkabeIto.BLACK);
    static final ChartColour WHITE = BACKGROUND;

    private static final ChartColour[] SERIES = SourcePalette.COLOURS.stream().map(ChartColour::web)
            .toArray(ChartColour[]::new);

    private ChartColours() {
    }

    /** Series (lane, statement) colour by index, wrapping around the palette. */
    static ChartColour series(int index) {
        return SERIES[Math.floorMod(index, SERIES.length)];
    }
}
