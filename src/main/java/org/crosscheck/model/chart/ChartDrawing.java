package org.crosscheck.model.chart;

/**
 * A whole chart ready to be drawn at its size, on whichever surface: the report draws it into the
 * PDF as vector graphics and into the HTML as SVG, the command line into a PNG. Immutable; drawing it twice gives
 * the same chart.
 */
public interface ChartDrawing {

    /** Width in points. */
    double width();

    /** Height in points. */
    double height();

    /** Paints the chart from (0, 0) to (width, height) on the surface. */
    void drawOn(ChartSurface surface);
}
