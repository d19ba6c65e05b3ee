package org.crosscheck.model.chart;

import java.util.List;
import org.crosscheck.model.chart.TimelineLayout.Lane;
import org.crosscheck.model.chart.TimelineLayout.PlacedItem;

/**
 * Culling: the index range of a lane's items (ordered by first day) that can touch the visible
 * days. Binary search from the first visible day minus the lane's longest span, so a year-long
 * item that started before the view is still found, without scanning the whole lane.
 */
record VisibleRange(int from, int to) {

    static VisibleRange of(Lane lane, List<PlacedItem> items, double firstVisibleDay, double lastVisibleDay) {
        long from = (long) Math.floor(firstVisibleDay - lane.longestSpanDays() - 1);
        long to = (long) Math.ceil(lastVisibleDay + 1);
        return new VisibleRange(firstAtOrAfter(items, from), firstAtOrAfter(items, to + 1));
    }

    boolean isEmpty() {
        return from >= to;
    }

    int size() {
        return Math.max(0, to - from);
    }

    private static int firstAtOrAfter(List<PlacedItem> items, long day) {
        int low = 0;
        int high = items.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (items.get(middle).span().firstDay() < day) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
