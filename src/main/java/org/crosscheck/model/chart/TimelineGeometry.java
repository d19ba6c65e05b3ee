package org.crosscheck.model.chart;

import org.crosscheck.model.chart.TimelineLayout.Lane;

/**
 * The fixed measures of the timeline picture and the vertical position of lanes and rows. The
 * horizontal position of a day is {@code gutterWidth + scale.toX(day)}; the top band (axis and
 * publication strip) and the left gutter (lane labels) stay in place while the plot scrolls.
 */
public record TimelineGeometry(double gutterWidth, double axisHeight, double publicationStrip,
                               double rowHeight, double laneGap) {

    /** The gutter holds a source's name whole: an outlet, or a short title of four words in quotation marks. */
    public static final TimelineGeometry STANDARD = new TimelineGeometry(220, 26, 14, 16, 6);

    /** Where the scrolling content starts. */
    public double headerHeight() {
        return axisHeight + publicationStrip;
    }

    /** Top of a lane in view coordinates when the content is scrolled down by {@code scrollY}. */
    public double laneTop(Lane lane, double scrollY) {
        return headerHeight() + lane.firstRow() * rowHeight + lane.index() * laneGap - scrollY;
    }

    public double laneHeight(Lane lane) {
        return lane.rowCount() * rowHeight;
    }

    public double rowTop(Lane lane, int row, double scrollY) {
        return laneTop(lane, scrollY) + row * rowHeight;
    }

    public double contentHeight(TimelineLayout layout) {
        return layout.totalRows() * rowHeight + layout.lanes().size() * laneGap;
    }

    public double plotWidth(double viewWidth) {
        return Math.max(1, viewWidth - gutterWidth);
    }

    /** How far the content can scroll down in a view {@code viewHeight} pixels high. */
    public double maxScroll(TimelineLayout layout, double viewHeight) {
        return Math.max(0, contentHeight(layout) - (viewHeight - headerHeight()));
    }
}
