package org.crosscheck.chart;

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
        ChartPng.write(() -> TimelineView.render(items, publications, mode, width, height, 1), out);
    }
}
