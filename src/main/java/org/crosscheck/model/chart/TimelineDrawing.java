package org.crosscheck.model.chart;

import org.crosscheck.model.LaneMode;
import java.util.List;
import java.util.Set;

/**
 * The whole timeline of some items, fitted to a given size, ready for any surface. The items are
 * laid out once, when the drawing is made, so drawing it costs only the painting. Immutable once
 * made; not for concurrent drawing.
 */
public final class TimelineDrawing implements ChartDrawing {

    /** Room left of the first and right of the last day, as the window leaves when it fits all. */
    public static final double MARGIN = 24;

    private final double width;
    private final double height;
    private final TimelineLayout layout;
    private final TimeScale scale;

    private TimelineDrawing(double width, double height, TimelineLayout layout, TimeScale scale) {
        this.width = width;
        this.height = height;
        this.layout = layout;
        this.scale = scale;
    }

    /** All of {@code items} in lanes by {@code mode}, fitted to {@code width} × {@code height} points. */
    public static TimelineDrawing fitted(List<TimelineItem> items, List<TimelinePublication> publications,
                                         LaneMode mode, double width, double height) {
        return fitted(items, publications, mode, width, height, null);
    }

    /** The same, with each source lane in the colour its source keeps ({@code colours}, may be null). */
    public static TimelineDrawing fitted(List<TimelineItem> items, List<TimelinePublication> publications,
                                         LaneMode mode, double width, double height,
                                         org.crosscheck.model.ColourSlots colours) {
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("a chart needs a positive size, not " + width + " × " + height);
        }
        TimelineData data = new TimelineData();
        data.set(items, publications);
        data.setMode(mode);
        data.setColours(colours);
        TimeScale fitted = data.fittedScale(new TimeScale(0, 1), TimelineGeometry.STANDARD.plotWidth(width), MARGIN);
        return new TimelineDrawing(width, height, data.layout(fitted), fitted);
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public void drawOn(ChartSurface surface) {
        new TimelinePainter(TimelineGeometry.STANDARD).paint(surface, layout, scale, 0, Set.of(), width, height);
    }
}
