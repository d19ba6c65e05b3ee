package org.crosscheck.model.chart;

import org.crosscheck.model.LaneMode;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the timeline shows (items, publications, lane mode, filter) and its layout, cached.
 * Row packing depends on the zoom, so the cached layout is rebuilt when the zoom has moved by
 * a factor of two since it was made; smaller zoom steps reuse it, which keeps wheel zooming
 * smooth with many items at the price of slightly loose or tight packing between rebuilds.
 * Pure (no JavaFX); not thread-safe.
 */
public final class TimelineData {

    private static final double REPACK_FACTOR = 2;

    private List<TimelineItem> items = List.of();
    private List<TimelinePublication> publications = List.of();
    private LaneMode mode = LaneMode.SOURCE;
    private Predicate<TimelineItem> filter = item -> true;
    private TimelineLayout layout;
    private double layoutPixelsPerDay;
    private org.crosscheck.model.ColourSlots colours;

    /** Each source's colour, kept by the project; null colours the lanes by their order. */
    public void setColours(org.crosscheck.model.ColourSlots colours) {
        this.colours = colours;
        layout = null;
    }

    public void set(List<TimelineItem> items, List<TimelinePublication> publications) {
        this.items = List.copyOf(items);
        this.publications = List.copyOf(publications);
        layout = null;
    }

    public void setMode(LaneMode mode) {
        this.mode = mode;
        layout = null;
    }

    public LaneMode mode() {
        return mode;
    }

    public void setFilter(Predicate<TimelineItem> filter) {
        this.filter = filter;
        layout = null;
    }

    public TimelineLayout layout(TimeScale scale) {
        double ratio = layout == null ? Double.NaN : scale.pixelsPerDay() / layoutPixelsPerDay;
        if (layout == null || ratio >= REPACK_FACTOR || ratio <= 1 / REPACK_FACTOR) {
            List<TimelineItem> shown = items.stream().filter(filter).toList();
            layout = TimelineLayout.compute(shown, publications, mode, scale, TimelineLayout.DEFAULT_MAX_ROWS, colours);
            layoutPixelsPerDay = scale.pixelsPerDay();
        }
        return layout;
    }

    /** A scale that fits everything placed; {@code current} when there is nothing to fit. */
    public TimeScale fittedScale(TimeScale current, double plotWidth, double margin) {
        return layout(current).extent()
                .map(extent -> TimeScale.fit(extent.startEdge(), extent.endEdge(), plotWidth, margin))
                .orElse(current);
    }
}
