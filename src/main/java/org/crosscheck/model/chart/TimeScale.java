package org.crosscheck.model.chart;

/**
 * Maps days to pixels and back along the timeline's horizontal axis. Days are continuous epoch
 * days (day {@code n} covers [n, n+1)); x is measured from the left of the plot area.
 *
 * <p>Immutable: every zoom or pan returns a new scale, so a layout computed for one scale can never
 * be invalidated behind its back. Thread-safe.
 */
public record TimeScale(double originDay, double pixelsPerDay) {

    /** Closest zoom: a day is 400 px wide; finer than that shows nothing new. */
    public static final double MAX_PIXELS_PER_DAY = 400;
    /** Widest zoom: about three centuries on a 1,000 px plot. */
    public static final double MIN_PIXELS_PER_DAY = 0.01;

    public TimeScale {
        if (!(pixelsPerDay > 0) || Double.isInfinite(pixelsPerDay) || Double.isNaN(originDay)) {
            throw new IllegalArgumentException("not a usable scale: " + originDay + ", " + pixelsPerDay);
        }
    }

    /**
     * The scale that shows the days from {@code firstDay} to {@code endDay} in {@code width} pixels,
     * leaving {@code margin} pixels free at both sides. An empty or single-day range is widened to
     * a month so that a lone item does not fill the screen.
     */
    public static TimeScale fit(double firstDay, double endDay, double width, double margin) {
        double start = Math.min(firstDay, endDay);
        double end = Math.max(firstDay, endDay);
        if (end - start < 30) {
            double middle = (start + end) / 2;
            start = middle - 15;
            end = middle + 15;
        }
        double usable = Math.max(1, width - 2 * margin);
        double pixelsPerDay = clamp(usable / (end - start));
        return new TimeScale(start - margin / pixelsPerDay, pixelsPerDay);
    }

    public double toX(double day) {
        return (day - originDay) * pixelsPerDay;
    }

    public double toDay(double x) {
        return originDay + x / pixelsPerDay;
    }

    /** Zooms by {@code factor} (above 1 = closer) keeping the day under {@code x} where it is. */
    public TimeScale zoomAbout(double x, double factor) {
        double anchorDay = toDay(x);
        double zoomed = clamp(pixelsPerDay * factor);
        return new TimeScale(anchorDay - x / zoomed, zoomed);
    }

    /** Moves the content right by {@code dx} pixels (left for negative dx), as a drag does. */
    public TimeScale pan(double dx) {
        return new TimeScale(originDay - dx / pixelsPerDay, pixelsPerDay);
    }

    /** Axis ticks for a plot {@code width} pixels wide, at the finest level whose labels fit. */
    public AxisTicks ticks(double width) {
        return AxisTicks.forRange(toDay(0), toDay(width), pixelsPerDay);
    }

    private static double clamp(double pixelsPerDay) {
        return Math.max(MIN_PIXELS_PER_DAY, Math.min(MAX_PIXELS_PER_DAY, pixelsPerDay));
    }
}
