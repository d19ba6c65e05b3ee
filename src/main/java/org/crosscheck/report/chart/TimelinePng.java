package org.crosscheck.report.chart;

import org.crosscheck.model.chart.TimelineDrawing;
import org.crosscheck.model.chart.TimelineItem;
import org.crosscheck.model.chart.TimelinePublication;
import org.crosscheck.model.LaneMode;
import java.nio.file.Path;
import java.util.List;

/** Writes the timeline as a PNG picture, from a live view or straight from data (headless). */
public final class TimelinePng {

    private TimelinePng() {
    }

    /** What {@code view} shows now (zoom, pan, highlights), drawn at {@code width} × {@code height}. */
    public static void write(TimelineView view, Path out, double width, double height) {
        ChartPng.write(() -> view.renderCurrent(width, height, 1), out);
    }

    /** All of {@code items}, fitted to {@code width} × {@code height}. */
    public static void write(List<TimelineItem> items, List<TimelinePublication> publications, LaneMode mode,
                             Path out, double width, double height) {
        write(items, publications, mode, null, out, width, height);
    }

    /** The same, each source lane in the colour its source keeps ({@code colours}, may be null). */
    public static void write(List<TimelineItem> items, List<TimelinePublication> publications, LaneMode mode,
                             org.crosscheck.model.ColourSlots colours, Path out, double width, double height) {
        ChartPng.write(() -> OffscreenCanvas.render(TimelineDrawing.fitted(items, publications, mode, width, height,
                colours), 1), out);
    }
}
