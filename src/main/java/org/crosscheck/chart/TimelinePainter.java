package org.crosscheck.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.crosscheck.chart.AxisTicks.Tick;
import org.crosscheck.chart.TimelineLayout.Lane;
import org.crosscheck.chart.TimelineLayout.PlacedPublication;
import org.crosscheck.chart.TimelineLayout.SaidLink;

/**
 * Paints a whole timeline frame onto a GraphicsContext: grid, lanes, publication marks, said-on
 * links, items, then the axis band and the lane gutter last, so that labels stay visible over
 * content scrolled beneath them. The same code serves the live view and off-screen pictures.
 * Not thread-safe: use from the FX thread, one painter per view.
 */
public final class TimelinePainter {

    /** With more links than this in view they are noise, not information, and none is drawn. */
    static final int MAX_LINKS = 1_000;
    private static final Font LABEL = Font.font("System", 11);
    private static final Font LABEL_BOLD = Font.font("System", FontWeight.BOLD, 11);

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

    public void paint(GraphicsContext gc, TimelineLayout layout, TimeScale scale, double scrollY,
                      Set<Long> highlighted, double width, double height) {
        items.resetCounts();
        gc.setFill(ChartColours.BACKGROUND);
        gc.fillRect(0, 0, width, height);
        AxisTicks ticks = scale.ticks(geometry.plotWidth(width));
        paintGrid(gc, ticks, scale, height);
        paintLanes(gc, layout, scale, scrollY, highlighted, width, height);
        paintLinks(gc, layout, scale, scrollY, width, height);
        paintAxis(gc, layout, ticks, scale, width);
        paintGutter(gc, layout, scrollY, height);
    }

    private void paintGrid(GraphicsContext gc, AxisTicks ticks, TimeScale scale, double height) {
        gc.setLineWidth(1);
        for (Tick tick : ticks.ticks()) {
            double x = Math.round(geometry.gutterWidth() + scale.toX(tick.day())) + 0.5;
            gc.setStroke(tick.major() ? ChartColours.GRID_MAJOR : ChartColours.GRID);
            gc.strokeLine(x, geometry.headerHeight(), x, height);
        }
    }

    private void paintLanes(GraphicsContext gc, TimelineLayout layout, TimeScale scale, double scrollY,
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
                gc.setFill(ChartColours.BAND);
                gc.fillRect(geometry.gutterWidth(), top, plotWidth, laneHeight);
            }
            paintLanePublications(gc, layout, lane, scale, top, laneHeight);
            var laneItems = layout.itemsOf(lane.index());
            VisibleRange range = VisibleRange.of(lane, laneItems, firstDay, lastDay);
            items.paint(gc, lane, laneItems, range, scale, geometry, scrollY, plotWidth, highlighted);
        }
    }

    /** In source lanes, the publication date is a thin rule across the source's own lane. */
    private void paintLanePublications(GraphicsContext gc, TimelineLayout layout, Lane lane, TimeScale scale,
                                       double top, double laneHeight) {
        gc.setStroke(ChartColours.series(lane.index()).darker());
        gc.setLineWidth(2);
        for (PlacedPublication mark : layout.publications()) {
            if (mark.lane() == lane.index()) {
                double x = geometry.gutterWidth() + scale.toX(mark.span().middle());
                gc.strokeLine(x, top, x, top + laneHeight);
            }
        }
    }

    private void paintLinks(GraphicsContext gc, TimelineLayout layout, TimeScale scale, double scrollY,
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
        gc.setStroke(ChartColours.LINK);
        gc.setFill(ChartColours.LINK);
        gc.setLineWidth(0.75);
        for (double[] line : visible) {
            gc.strokeLine(line[0], line[1], line[2], line[3]);
            gc.fillOval(line[2] - 2, line[3] - 1, 4, 4);
        }
    }

    private void paintAxis(GraphicsContext gc, TimelineLayout layout, AxisTicks ticks, TimeScale scale, double width) {
        double bottom = geometry.axisHeight();
        gc.setFill(ChartColours.BACKGROUND);
        gc.fillRect(0, 0, width, geometry.headerHeight());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineWidth(1);
        for (Tick tick : ticks.ticks()) {
            double x = Math.round(geometry.gutterWidth() + scale.toX(tick.day())) + 0.5;
            gc.setStroke(ChartColours.RULE);
            gc.strokeLine(x, bottom - (tick.major() ? 10 : 6), x, bottom);
            gc.setFont(tick.major() ? LABEL_BOLD : LABEL);
            gc.setFill(tick.major() ? ChartColours.TEXT : ChartColours.MUTED_TEXT);
            gc.fillText(tick.label(), x + 3, bottom / 2 - 2);
        }
        gc.setFill(ChartColours.TEXT);
        for (PlacedPublication mark : layout.publications()) {
            double x = geometry.gutterWidth() + scale.toX(mark.span().middle());
            double y = bottom + 2;
            gc.fillPolygon(new double[] {x - 4, x + 4, x}, new double[] {y, y, y + geometry.publicationStrip() - 5}, 3);
        }
        gc.setStroke(ChartColours.RULE);
        gc.strokeLine(0, geometry.headerHeight() - 0.5, width, geometry.headerHeight() - 0.5);
    }

    private void paintGutter(GraphicsContext gc, TimelineLayout layout, double scrollY, double height) {
        double gutter = geometry.gutterWidth();
        gc.setFill(ChartColours.GUTTER);
        gc.fillRect(0, geometry.headerHeight(), gutter, height - geometry.headerHeight());
        gc.setFont(LABEL);
        gc.setTextBaseline(VPos.CENTER);
        int maxChars = (int) ((gutter - 26) / 6.2);
        for (Lane lane : layout.lanes()) {
            double top = geometry.laneTop(lane, scrollY);
            if (top < geometry.headerHeight() - geometry.rowHeight() || top > height) {
                continue;
            }
            double middle = top + geometry.rowHeight() / 2;
            gc.setFill(ChartColours.series(lane.index()));
            gc.fillRect(8, middle - 4, 8, 8);
            gc.setFill(ChartColours.TEXT);
            gc.fillText(TimelineText.ellipsize(lane.label(), maxChars), 22, middle);
        }
        gc.setFill(ChartColours.BACKGROUND);
        gc.fillRect(0, 0, gutter, geometry.headerHeight() - 1);
        if (!layout.unplaced().isEmpty()) {
            gc.setFill(ChartColours.MUTED_TEXT);
            gc.fillText(layout.unplaced().size() + " without a date", 8, geometry.axisHeight() / 2);
        }
        gc.setStroke(ChartColours.RULE);
        gc.strokeLine(gutter - 0.5, 0, gutter - 0.5, height);
    }
}
