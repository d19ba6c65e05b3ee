package org.crosscheck.model.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The value axis of the interval chart. Logarithmic when the finite figures span a factor of 20
 * or more (then "2,000" and "10,000" are both readable), linear otherwise; bounds and ticks fall
 * on round numbers. Open interval ends reach the axis edges, beyond the round bounds, so "over
 * 10,000" visibly runs off the known range. Immutable; thread-safe.
 */
public final class IntervalScale {

    /** Figures whose largest is this many times the smallest are drawn on a log axis. */
    public static final double LOG_RATIO = 20;
    /** Share of the width kept free at each side for the arrows of open ends. */
    static final double EDGE_SHARE = 0.06;
    private static final int TARGET_TICKS = 5;

    /** A labelled axis tick; major ticks (decades on a log axis) keep their label first when space is short. */
    public record Tick(double value, String label, boolean major) { }

    private final boolean logarithmic;
    private final double domainMin;
    private final double domainMax;
    private final double left;
    private final double right;
    private final List<Tick> ticks;

    private IntervalScale(boolean logarithmic, double domainMin, double domainMax, double left, double right,
                          List<Tick> ticks) {
        this.logarithmic = logarithmic;
        this.domainMin = domainMin;
        this.domainMax = domainMax;
        this.left = left;
        this.right = right;
        this.ticks = List.copyOf(ticks);
    }

    /** A scale for the finite ends of {@code statements}, drawn between pixels {@code left} and {@code right}. */
    public static IntervalScale fit(List<IntervalStatement> statements, double left, double right) {
        List<Double> finite = new ArrayList<>();
        for (IntervalStatement statement : statements) {
            addFinite(finite, statement.low());
            addFinite(finite, statement.high());
        }
        return forValues(finite, left, right);
    }

    public static IntervalScale forValues(List<Double> values, double left, double right) {
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (min > 0 && max / min >= LOG_RATIO) {
            double low = Math.pow(10, Math.floor(Math.log10(min)));
            double high = Math.pow(10, Math.ceil(Math.log10(max)));
            return new IntervalScale(true, low, high, left, right, NiceTicks.logarithmic(low, high));
        }
        if (max - min < 1e-9 * Math.max(1, Math.abs(max))) {
            double spread = min == 0 ? 1 : Math.abs(min) * 0.5;
            min -= spread;
            max += spread;
        }
        double step = NiceTicks.step((max - min) / TARGET_TICKS);
        double low = Math.floor(min / step) * step;
        double high = Math.ceil(max / step) * step;
        return new IntervalScale(false, low, high, left, right, NiceTicks.linear(low, high, step));
    }

    public boolean isLogarithmic() {
        return logarithmic;
    }

    public double domainMin() {
        return domainMin;
    }

    public double domainMax() {
        return domainMax;
    }

    public List<Tick> ticks() {
        return ticks;
    }

    /** The axis edges: where open ends stop. */
    public double leftEdge() {
        return left;
    }

    public double rightEdge() {
        return right;
    }

    /** The pixel of a finite value; the round bounds sit just inside the edges. */
    public double toX(double value) {
        double inset = (right - left) * EDGE_SHARE;
        double share = logarithmic
                ? (Math.log10(Math.max(value, Double.MIN_NORMAL)) - Math.log10(domainMin))
                        / (Math.log10(domainMax) - Math.log10(domainMin))
                : (value - domainMin) / (domainMax - domainMin);
        return left + inset + share * (right - left - 2 * inset);
    }

    /** The pixel of a low end; an open (null) low end reaches the left edge. */
    public double lowX(Double low) {
        return low == null ? left : toX(low);
    }

    /** The pixel of a high end; an open (null) high end reaches the right edge. */
    public double highX(Double high) {
        return high == null ? right : toX(high);
    }

    /** A figure as people read it: thousands separated by commas, no trailing zeros. */
    public static String format(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(value);
    }

    private static void addFinite(List<Double> values, Double value) {
        if (value != null && Double.isFinite(value)) {
            values.add(value);
        }
    }
}
