package org.crosscheck.model.chart;

import java.util.List;
import java.util.Set;
import org.crosscheck.model.chart.TimelineLayout.Lane;
import org.crosscheck.model.chart.TimelineLayout.PlacedItem;

/**
 * Draws the items of one lane with level of detail. Only items that can touch the visible days
 * are looked at. Where more items cover a pixel column than the lane can show apart, the
 * column is drawn as a density bar (darker = more items) and its items are not drawn one by
 * one; this bounds a redraw by the plot's width rather than by the number of items.
 * Highlighted items are always drawn, outlined, on top. Not thread-safe; one per painter.
 */
final class LaneItemsPainter {

    /** More items than this in one column of a lane are drawn as density. */
    static final int CROWD = 4;
    private static final double BAR_INSET = 3;
    /** The width of a character of a figure at the label font, a little generous so figures never touch. */
    private static final double FIGURE_CHAR = 6.6;

    private final DensityColumns density = new DensityColumns();
    private final double[] diamondX = new double[4];
    private final double[] diamondY = new double[4];
    private int itemsDrawn;
    private int densityRuns;

    void resetCounts() {
        itemsDrawn = 0;
        densityRuns = 0;
    }

    int itemsDrawn() {
        return itemsDrawn;
    }

    int densityRuns() {
        return densityRuns;
    }

    void paint(ChartSurface surface, Lane lane, List<PlacedItem> items, VisibleRange range, TimeScale scale,
               TimelineGeometry geometry, double scrollY, double plotWidth, Set<Long> highlighted) {
        double left = geometry.gutterWidth();
        density.reset((int) Math.ceil(plotWidth));
        for (int i = range.from(); i < range.to(); i++) {
            DaySpan span = items.get(i).span();
            density.add(ItemExtent.left(span, scale), ItemExtent.right(span, scale));
        }
        density.accumulate();
        int crowd = Math.min(CROWD, Math.max(lane.rowCount(), 1));
        ChartColour colour = ChartColours.series(lane.colour());
        surface.setGlobalAlpha(highlighted.isEmpty() ? 1 : FADED);
        paintDensity(surface, geometry.laneTop(lane, scrollY), geometry.laneHeight(lane), left, crowd, colour);
        surface.setFill(colour);
        currentFill = colour;
        for (int i = range.from(); i < range.to(); i++) {
            PlacedItem item = items.get(i);
            double middle = scale.toX(item.span().middle());
            if (density.at(middle) <= crowd) {
                paintItem(surface, item, scale, geometry.rowTop(lane, item.row(), scrollY), geometry.rowHeight(), left);
            }
        }
        paintFigures(surface, lane, items, range, scale, geometry, scrollY, left, crowd, plotWidth, highlighted);
        surface.setFill(colour);
        surface.setGlobalAlpha(1);
        if (!highlighted.isEmpty()) {
            paintHighlighted(surface, lane, items, range, scale, geometry, scrollY, highlighted, colour);
        }
    }

    /**
     * Each mark's figure ("≈ 3,000", "≥ 10,000") just right of it, where its row is free up to the
     * next mark; a crowded row keeps its marks bare rather than overprint them.
     */
    private void paintFigures(ChartSurface surface, Lane lane, List<PlacedItem> items, VisibleRange range,
                              TimeScale scale, TimelineGeometry geometry, double scrollY, double left, int crowd,
                              double plotWidth, Set<Long> highlighted) {
        double faded = highlighted.isEmpty() ? 1 : FADED;
        surface.setFont(ChartFont.LABEL);
        surface.setFill(ChartColours.TEXT);
        for (int i = range.from(); i < range.to(); i++) {
            PlacedItem item = items.get(i);
            String figure = item.item().figure();
            boolean selected = highlighted.contains(item.item().claimId());
            // a crowd keeps its marks bare, except the selected group's: its marks are drawn in a crowd too
            if (figure.isEmpty() || (!selected && density.at(scale.toX(item.span().middle())) > crowd)) {
                continue;
            }
            double start = ItemExtent.right(item.span(), scale) + 4;
            double end = start + figure.length() * FIGURE_CHAR;
            double next = plotWidth; // nor past the plot's right edge
            for (int j = i + 1; j < items.size(); j++) {
                PlacedItem other = items.get(j);
                double otherLeft = ItemExtent.left(other.span(), scale);
                if (otherLeft > end + 2) {
                    break; // items are in order of their start: none further on can be nearer
                }
                if (other.row() == item.row()) {
                    next = Math.min(next, otherLeft);
                }
            }
            double rowTop = geometry.rowTop(lane, item.row(), scrollY);
            // the selected group's figures at full strength, as its marks are; the others faded
            surface.setGlobalAlpha(selected ? 1 : faded);
            if (end + 2 < next) {
                surface.fillText(figure, left + start, rowTop + geometry.rowHeight() / 2, TextAlign.LEFT);
            } else {
                // no room to the right (the plot's edge, the next mark): left of the mark, if free there
                double width = figure.length() * FIGURE_CHAR;
                double leftEnd = ItemExtent.left(item.span(), scale) - 4;
                if (leftEnd - width >= 0 && freeBefore(items, i, leftEnd - width - 2, scale)) {
                    surface.fillText(figure, left + leftEnd, rowTop + geometry.rowHeight() / 2, TextAlign.RIGHT);
                }
            }
        }
    }

    /** How strongly what is not in the selected group is drawn. */
    private static final double FADED = 0.3;

    /** How many earlier marks are looked at for one that would be under a figure set to the left. */
    private static final int LOOK_BACK = 64;

    /**
     * Whether no earlier mark in the row of {@code items[index]} reaches past {@code from}: marks are
     * in order of their start, and a figure set left of its mark must not cover the one before.
     */
    private static boolean freeBefore(List<PlacedItem> items, int index, double from, TimeScale scale) {
        PlacedItem item = items.get(index);
        for (int j = index - 1; j >= Math.max(0, index - LOOK_BACK); j--) {
            PlacedItem other = items.get(j);
            if (other.row() == item.row() && ItemExtent.right(other.span(), scale) > from) {
                return false;
            }
        }
        return true;
    }

    /** One rectangle per run of columns at the same density level, not one per column. */
    private void paintDensity(ChartSurface surface, double top, double height, double left, int crowd, ChartColour colour) {
        int runStart = -1;
        int runLevel = 0;
        for (int column = 0; column <= density.width(); column++) {
            int level = column < density.width() ? levelOf(density.at(column), crowd) : 0;
            if (level != runLevel) {
                if (runLevel > 0) {
                    surface.setFill(colour.fading(0.2 + 0.2 * runLevel));
                    surface.fillRect(left + runStart, top + 1, column - runStart, height - 2);
                    densityRuns++;
                }
                runStart = column;
                runLevel = level;
            }
        }
    }

    /** 0 when the column's items are drawn one by one; 1 to 4 growing with the crowd (log scale). */
    private static int levelOf(int count, int crowd) {
        if (count <= crowd) {
            return 0;
        }
        int level = 1;
        for (int over = count / (crowd * 4); over > 0 && level < 4; over /= 4) {
            level++;
        }
        return level;
    }

    private void paintItem(ChartSurface surface, PlacedItem item, TimeScale scale, double rowTop, double rowHeight,
                           double left) {
        DaySpan span = item.span();
        double x0 = left + ItemExtent.left(span, scale);
        double x1 = left + ItemExtent.right(span, scale);
        if (span.isSingleDay()) {
            double cx = (x0 + x1) / 2;
            double cy = rowTop + rowHeight / 2;
            double half = ItemExtent.HALF_POINT;
            diamondX[0] = cx - half; diamondX[1] = cx; diamondX[2] = cx + half; diamondX[3] = cx;
            diamondY[0] = cy; diamondY[1] = cy - half; diamondY[2] = cy; diamondY[3] = cy + half;
            surface.fillPolygon(diamondX, diamondY, 4);
            if (!item.item().confirmed()) {
                hollow(surface, () -> {
                    double inner = half - HOLLOW_RIM * 1.4; // a diamond's rim is as thick as a bar's
                    diamondX[0] = cx - inner; diamondX[1] = cx; diamondX[2] = cx + inner; diamondX[3] = cx;
                    diamondY[0] = cy; diamondY[1] = cy - inner; diamondY[2] = cy; diamondY[3] = cy + inner;
                    surface.fillPolygon(diamondX, diamondY, 4);
                });
            }
        } else {
            double top = rowTop + BAR_INSET;
            double height = rowHeight - 2 * BAR_INSET;
            surface.fillRect(x0, top, x1 - x0, height);
            if (!item.item().confirmed() && x1 - x0 > 2 * HOLLOW_RIM + 1) {
                hollow(surface, () -> surface.fillRect(x0 + HOLLOW_RIM, top + HOLLOW_RIM, x1 - x0 - 2 * HOLLOW_RIM,
                        height - 2 * HOLLOW_RIM));
            }
        }
        itemsDrawn++;
    }

    /** The lane's colour the marks are filled with, to go back to after a hollow one. */
    private ChartColour currentFill = ChartColours.TEXT;

    /** How thick the rim of a suggestion's hollow mark is. */
    private static final double HOLLOW_RIM = 1.5;

    /** Paints {@code inside} in the background, then goes back to the fill it had. */
    private void hollow(ChartSurface surface, Runnable inside) {
        surface.setFill(ChartColours.BACKGROUND);
        inside.run();
        surface.setFill(currentFill);
    }

    private void paintHighlighted(ChartSurface surface, Lane lane, List<PlacedItem> items, VisibleRange range,
                                  TimeScale scale, TimelineGeometry geometry, double scrollY, Set<Long> highlighted,
                                  ChartColour colour) {
        surface.setStroke(ChartColours.HIGHLIGHT);
        surface.setLineWidth(1.5);
        double left = geometry.gutterWidth();
        for (int i = range.from(); i < range.to(); i++) {
            PlacedItem item = items.get(i);
            if (highlighted.contains(item.item().claimId())) {
                double rowTop = geometry.rowTop(lane, item.row(), scrollY);
                surface.setFill(colour);
                currentFill = colour;
                paintItem(surface, item, scale, rowTop, geometry.rowHeight(), left);
                double x0 = left + ItemExtent.left(item.span(), scale);
                double x1 = left + ItemExtent.right(item.span(), scale);
                surface.strokeRect(x0 - 1, rowTop + 1, x1 - x0 + 2, geometry.rowHeight() - 2);
            }
        }
    }
}
