package org.crosscheck.model.chart;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.chart.IntervalScale.Tick;

/** Round tick values: steps of 1, 2 or 5 times a power of ten; decades (and 2, 5) on log axes. */
final class NiceTicks {

    private static final int MAX_DECADES_WITH_SUBTICKS = 3;

    private NiceTicks() {
    }

    /** The smallest step of 1, 2, 5 × 10^k that is at least {@code raw}. */
    static double step(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double multiple : new double[] {1, 2, 5, 10}) {
            if (multiple * magnitude >= raw * (1 - 1e-9)) {
                return multiple * magnitude;
            }
        }
        return 10 * magnitude;
    }

    static List<Tick> linear(double low, double high, double step) {
        List<Tick> ticks = new ArrayList<>();
        long count = Math.round((high - low) / step);
        for (long i = 0; i <= count; i++) {
            // Multiply rather than add, so 0.1 steps do not drift into 0.30000000000000004.
            double value = low + i * step;
            ticks.add(new Tick(value, IntervalScale.format(value), true));
        }
        return ticks;
    }

    static List<Tick> logarithmic(double low, double high) {
        List<Tick> ticks = new ArrayList<>();
        int firstDecade = (int) Math.round(Math.log10(low));
        int lastDecade = (int) Math.round(Math.log10(high));
        boolean subticks = lastDecade - firstDecade <= MAX_DECADES_WITH_SUBTICKS;
        for (int decade = firstDecade; decade <= lastDecade; decade++) {
            double base = Math.pow(10, decade);
            ticks.add(new Tick(base, IntervalScale.format(base), true));
            if (subticks && decade < lastDecade) {
                ticks.add(new Tick(2 * base, IntervalScale.format(2 * base), false));
                ticks.add(new Tick(5 * base, IntervalScale.format(5 * base), false));
            }
        }
        return ticks;
    }
}
