package org.crosscheck.model.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.chart.AxisTicks.Tick;
import org.crosscheck.model.chart.TimelineLayout.Lane;
import org.crosscheck.model.chart.TimelineLayout.PlacedPublication;
import org.crosscheck.model.chart.TimelineLayout.SaidLink;

/**
 * Paints a whole timeline frame onto a chart surface: grid, lanes, publication marks, said-on
 * links, items, then the axis band and the lane gutter last, so that labels stay visible over
 * content scrolled beneath them. The same code serves the live view, pictures and the PDF report.
 * Not thread-safe: one painter per view.
 */
public final class TimelinePainter {

    /** With more links than this in view they are noise, not information, and none is drawn. */
    static final int MAX_LINKS = 1_000;

    private final TimelineGeometry geometry;
    private final LaneItemsPainter items = new LaneItemsPainter();

    public TimelinePainter(TimelineGeometry geometry) {
        this.geometry = geometry;
    }

    /** Items drawn one by one in the last frame (the rest were aggregated or off screen). */
    public int itemsDrawn() {
        return items.itemsDrawn();
    }

    /** Density bars drawn in the last frame. */
    public int densityRuns() {
        return items.densityRuns();
    }

    public void paint(ChartSurface surface, TimelineLayout layout, TimeScale scale, double scrollY,
                      Set<Long> highlighted, double width, double height) {
        items.resetCounts();
        surface.setFill(ChartColours.BACKGROUND);
        surface.fillRect(0, 0, width, height);
        AxisTicks ticks = scale.ticks(geometry.plotWidth(width));
        paintGrid(surface, ticks, scale, height);
        paintLanes(surface, layout, scale, scrollY, highlighted, width, height);
        paintLinks(surface, layout, scale, scrollY, width, height);
        paintAxis(surface, layout, ticks, scale, width);
        paintGutter(surface, layout, scrollY, height);
    }

    private void paintGrid(ChartSurface surface, AxisTicks ticks, TimeScale scale, double height) {
        surface.setLineWidth(1);
        for (Tick tick : ticks.ticks()) {
            double x = Math.round(geometry.gutterWidth() + scale.toX(tick.day())) + 0.5;
            surface.setStroke(tick.major() ? ChartColours.GRID_MAJOR : ChartColours.GRID);
            surface.strokeLine(x, geometry.headerHeight(), x, height);
        }
    }

    private void paintLanes(ChartSurface surface, TimelineLayout layout, TimeScale scale, double scrollY,
                            Set<Long> highlighted, double width, double height) {
        double plotWidth = geometry.plotWidth(width);
        double firstDay = scale.toDay(0);
        double lastDay = scale.toDay(plotWidth);
        for (Lane lane : layout.lanes()) {
            double top = geometry.laneTop(lane, scrollY);
            double laneHeight = geometry.laneHeight(lane);
            if (top > height || top + laneHeight < geometry.headerHeight()) {
                continue;
            }
            if (lane.index() % 2 == 1) {
                surface.setFill(ChartColours.BAND);
                surface.fillRect(geometry.gutterWidth(), top, plotWidth, laneHeight);
            }
            paintLanePublications(surface, layout, lane, scale, top, laneHeight);
            var laneItems = layout.itemsOf(lane.index());
            VisibleRange range = VisibleRange.of(lane, laneItems, firstDay, lastDay);
            items.paint(surface, lane, laneItems, range, scale, geometry, scrollY, plotWidth, highlighted);
        }
    }

    /** In source lanes, the publication date is a thin rule across the source's own lane. */
    private void paintLanePublications(ChartSurface surface, TimelineLayout layout, Lane lane, TimeScale scale,
                                       double top, double laneHeight) {
        surface.setStroke(ChartColours.series(lane.colour()).darker());
        surface.setLineWidth(2);
        for (PlacedPublication mark : layout.publications()) {
            if (mark.lane() == lane.index()) {
                double x = geometry.gutterWidth() + scale.toX(mark.span().middle());
                surface.strokeLine(x, top, x, top + laneHeight);
            }
        }
    }

    private void paintLinks(ChartSurface surface, TimelineLayout layout, TimeScale scale, double scrollY,
                            double width, double height) {
        List<double[]> visible = new ArrayList<>();
        for (SaidLink link : layout.links()) {
            Lane lane = layout.lanes().get(link.from().lane());
            double x0 = geometry.gutterWidth() + scale.toX(link.from().span().middle());
            double x1 = geometry.gutterWidth() + scale.toX(link.said().middle());
            double y0 = geometry.rowTop(lane, link.from().row(), scrollY) + geometry.rowHeight() / 2;
            double y1 = geometry.laneTop(lane, scrollY) + 1;
            if (Math.max(x0, x1) >= geometry.gutterWidth() && Math.min(x0, x1) <= width
                    && y0 >= geometry.headerHeight() && y1 <= height) {
                if (visible.size() == MAX_LINKS) {
                    return;
                }
                visible.add(new double[] {x0, y0, x1, y1});
            }
        }
        surface.setStroke(ChartColours.LINK);
        surface.setFill(ChartColours.LINK);
        surface.setLineWidth(0.75);
        for (double[] line : visible) {
            surface.strokeLine(line[0], line[1], line[2], line[3]);
            surface.fillOval(line[2] - 2, line[3] - 1, 4, 4);
        }
    }

    private void paintAxis(ChartSurface surface, TimelineLayout layout, AxisTicks ticks, TimeScale scale, double width) {
        double bottom = geometry.axisHeight();
        surface.setFill(ChartColours.BACKGROUND);
        surface.fillRect(0, 0, width, geometry.headerHeight());
        surface.setLineWidth(1);
        for (Tick tick : ticks.ticks()) {
            double x = Math.round(geometry.gutterWidth() + scale.toX(tick.day())) + 0.5;
            surface.setStroke(ChartColours.RULE);
            surface.strokeLine(x, bottom - (tick.major() ? 10 : 6), x, bottom);
            surface.setFont(tick.major() ? ChartFont.LABEL_BOLD : ChartFont.LABEL);
            surface.setFill(tick.major() ? ChartColours.TEXT : ChartColours.MUTED_TEXT);
            surface.fillText(tick.label(), x + 3, bottom / 2 - 2, TextAlign.LEFT);
        }
        surface.setFill(ChartColours.TEXT);
        for (PlacedPublication mark : layout.publications()) {
            double x = geometry.gutterWidth() + scale.toX(mark.span().middle());
            double y = bottom + 2;
            surface.fillPolygon(new double[] {x - 4, x + 4, x}, new double[] {y, y, y + geometry.publicationStrip() - 5}, 3);
        }
        surface.setStroke(ChartColours.RULE);
        surface.strokeLine(0, geometry.headerHeight() - 0.5, width, geometry.headerHeight() - 0.5);
    }

    /** What the marks' shapes say, above the lane labels: filled is confirmed, hollow a suggestion. */
    private void paintLegend(ChartSurface surface) {
        double y = geometry.axisHeight() + geometry.publicationStrip() / 2;
        double x = 8;
        for (boolean confirmed : new boolean[] {true, false}) {
            double half = 4;
            surface.setFill(ChartColours.MUTED_TEXT);
            surface.fillPolygon(new double[] {x, x + half, x + 2 * half, x + half},
                    new double[] {y, y - half, y, y + half}, 4);
            if (!confirmed) {
                surface.setFill(ChartColours.BACKGROUND);
                surface.fillPolygon(new double[] {x + 2, x + half, x + 2 * half - 2, x + half},
                        new double[] {y, y - half + 2, y, y + half - 2}, 4);
            }
            surface.setFill(ChartColours.MUTED_TEXT);
            String word = confirmed ? LEGEND_CONFIRMED : LEGEND_SUGGESTED;
            surface.fillText(word, x + 2 * half + 4, y, TextAlign.LEFT);
            x += 2 * half + 4 + word.length() * 6.2 + 12;
        }
    }

    static final String LEGEND_CONFIRMED = "confirmed";
    static final String LEGEND_SUGGESTED = "suggestion";

    /** A lane's label as the gutter shows it: whole when it fits, else cut with "…". */
    static String laneLabelShown(String label, TimelineGeometry geometry) {
        return TimelineText.ellipsize(label, (int) ((geometry.gutterWidth() - 26) / 6.2));
    }

    private void paintGutter(ChartSurface surface, TimelineLayout layout, double scrollY, double height) {
        double gutter = geometry.gutterWidth();
        surface.setFill(ChartColours.GUTTER);
        surface.fillRect(0, geometry.headerHeight(), gutter, height - geometry.headerHeight());
        surface.setFont(ChartFont.LABEL);
        for (Lane lane : layout.lanes()) {
            double top = geometry.laneTop(lane, scrollY);
            if (top < geometry.headerHeight() - geometry.rowHeight() || top > height) {
                continue;
            }
            double middle = top + geometry.rowHeight() / 2;
            surface.setFill(ChartColours.series(lane.colour()));
            surface.fillRect(8, middle - 4, 8, 8);
            surface.setFill(ChartColours.TEXT);
            surface.fillText(laneLabelShown(lane.label(), geometry), 22, middle, TextAlign.LEFT);
        }
        surface.setFill(ChartColours.BACKGROUND);
        surface.fillRect(0, 0, gutter, geometry.headerHeight() - 1);
        if (!layout.unplaced().isEmpty()) {
            surface.setFill(ChartColours.MUTED_TEXT);
            surface.fillText(layout.unplaced().size() + " without a date", 8, geometry.axisHeight() / 2, TextAlign.LEFT);
        }
        paintLegend(surface);
        surface.setStroke(ChartColours.RULE);
        surface.strokeLine(gutter - 0.5, 0, gutter - 0.5, height);
    }
}
