package org.crosscheck.model.chart;

/**
 * The type a chart writes in: a size in points and a weight. Each surface picks its own face
 * (the system font on screen, the report's bundled font in a PDF, an SVG or a command's PNG).
 */
public record ChartFont(double size, boolean bold) {

    /** Labels, axis numbers and notes. */
    public static final ChartFont LABEL = new ChartFont(11, false);
    /** Major axis labels. */
    public static final ChartFont LABEL_BOLD = new ChartFont(11, true);
}
