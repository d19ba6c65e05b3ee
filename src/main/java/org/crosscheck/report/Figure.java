package org.crosscheck.report;

import java.util.Objects;
import org.crosscheck.model.chart.ChartDrawing;

/**
 * A chart in the report and the size it should take on paper: drawn as vector graphics into the
 * PDF and as SVG into the HTML, from the same painting code as the window. The renderers keep its
 * aspect ratio when they have to make it smaller.
 */
public record Figure(String caption, ChartDrawing drawing) {

    public Figure {
        caption = ReportText.orEmpty(caption);
        Objects.requireNonNull(drawing, "drawing");
    }

    public double widthPt() {
        return drawing.width();
    }

    public double heightPt() {
        return drawing.height();
    }
}
