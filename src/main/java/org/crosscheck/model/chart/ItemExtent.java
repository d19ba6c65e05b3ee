package org.crosscheck.model.chart;

/**
 * The pixels an item covers once drawn: a day as a diamond of {@link TimelineLayout#POINT_WIDTH_PX}
 * around its middle, a longer span as a bar over its days (at least two pixels, so it never
 * vanishes). Shared by drawing, level of detail and hit-testing so all three agree.
 */
final class ItemExtent {

    static final double HALF_POINT = TimelineLayout.POINT_WIDTH_PX / 2;
    static final double MIN_BAR = 2;

    private ItemExtent() {
    }

    static double left(DaySpan span, TimeScale scale) {
        return span.isSingleDay() ? scale.toX(span.middle()) - HALF_POINT : scale.toX(span.startEdge());
    }

    static double right(DaySpan span, TimeScale scale) {
        if (span.isSingleDay()) {
            return scale.toX(span.middle()) + HALF_POINT;
        }
        return Math.max(scale.toX(span.endEdge()), scale.toX(span.startEdge()) + MIN_BAR);
    }
}
