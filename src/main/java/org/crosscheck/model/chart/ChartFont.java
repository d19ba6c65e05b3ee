package org.crosscheck.model.chart;

/**
 * The type a chart writes in: a size in points and a weight. Each surface picks its own face
 * (the system font on screen, the report's embedded font in a PDF).
 */
public record ChartFont(double size, boolean bold) {

    /** Labels, axis numbers and notes. */
    public static final ChartFont LABEL = new ChartFont(11, false);
    /** Major axis labels. */
    public static final ChartFont LABEL_BOLD = new ChartFont(11, true);
}
