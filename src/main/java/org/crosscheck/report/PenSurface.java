package org.crosscheck.report;

import org.crosscheck.model.chart.ChartColour;
import org.crosscheck.model.chart.ChartFont;
import org.crosscheck.model.chart.ChartSurface;

/**
 * What a surface that writes its drawing out (as PDF operators or SVG elements) keeps between
 * calls, as a canvas does: the fill and stroke set last, the line width, the opacity and the font.
 */
abstract class PenSurface implements ChartSurface {

    private ChartColour fill = ChartColour.web("#000000");
    private ChartColour stroke = ChartColour.web("#000000");
    private double lineWidth = 1;
    private double globalAlpha = 1;
    private ChartFont font = ChartFont.LABEL;

    @Override
    public void setFill(ChartColour colour) {
        fill = colour;
    }

    @Override
    public void setStroke(ChartColour colour) {
        stroke = colour;
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = width;
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        globalAlpha = alpha;
    }

    @Override
    public void setFont(ChartFont font) {
        this.font = font;
    }

    ChartColour fill() {
        return fill;
    }

    ChartColour stroke() {
        return stroke;
    }

    double lineWidth() {
        return lineWidth;
    }

    double globalAlpha() {
        return globalAlpha;
    }

    ChartFont font() {
        return font;
    }
}
