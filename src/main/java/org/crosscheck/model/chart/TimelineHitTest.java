package org.crosscheck.model.chart;

import java.util.List;
import java.util.Optional;
import org.crosscheck.model.chart.TimelineLayout.Lane;
import org.crosscheck.model.chart.TimelineLayout.PlacedItem;

/** Finds the item under a point of the view, using the same extents the painter draws. */
public final class TimelineHitTest {

    /** Pointer slack in pixels, so a two-pixel bar can still be hovered. */
    private static final double SLACK = 3;

    private TimelineHitTest() {
    }

    public static Optional<PlacedItem> find(TimelineLayout layout, TimeScale scale, TimelineGeometry geometry,
                                     double scrollY, double x, double y) {
        if (x < geometry.gutterWidth() || y < geometry.headerHeight()) {
            return Optional.empty();
        }
        double plotX = x - geometry.gutterWidth();
        for (Lane lane : layout.lanes()) {
            double top = geometry.laneTop(lane, scrollY);
            if (y >= top && y < top + geometry.laneHeight(lane)) {
                int row = (int) ((y - top) / geometry.rowHeight());
                return nearestInRow(layout.itemsOf(lane.index()), lane, row, scale, plotX);
            }
        }
        return Optional.empty();
    }

    /** The lane whose label is under a point of the left gutter. */
    public static Optional<Lane> laneAt(TimelineLayout layout, TimelineGeometry geometry, double scrollY, double x, double y) {
        if (x >= geometry.gutterWidth() || y < geometry.headerHeight()) {
            return Optional.empty();
        }
        for (Lane lane : layout.lanes()) {
            double top = geometry.laneTop(lane, scrollY);
            if (y >= top && y < top + geometry.laneHeight(lane)) {
                return Optional.of(lane);
            }
        }
        return Optional.empty();
    }

    private static Optional<PlacedItem> nearestInRow(List<PlacedItem> items, Lane lane, int row,
                                                     TimeScale scale, double plotX) {
        double slackDays = (ItemExtent.HALF_POINT + SLACK) / scale.pixelsPerDay();
        VisibleRange range = VisibleRange.of(lane, items, scale.toDay(plotX) - slackDays, scale.toDay(plotX) + slackDays);
        PlacedItem best = null;
        double bestDistance = Double.MAX_VALUE;
        for (int i = range.from(); i < range.to(); i++) {
            PlacedItem item = items.get(i);
            double left = ItemExtent.left(item.span(), scale) - SLACK;
            double right = ItemExtent.right(item.span(), scale) + SLACK;
            double distance = Math.abs(scale.toX(item.span().middle()) - plotX);
            if (item.row() == row && plotX >= left && plotX <= right && distance < bestDistance) {
                best = item;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }
}
