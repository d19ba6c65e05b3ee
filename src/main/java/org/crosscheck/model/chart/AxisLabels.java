package org.crosscheck.model.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which value-axis labels fit without touching: major ticks are placed first, then the others
 * wherever they leave a gap to every placed label. Text width is estimated from the number of
 * characters, which is enough for digits and commas. Pure.
 */
final class AxisLabels {

    /** A label centred at {@code x}. */
    record Label(double x, String text) { }

    private static final double GAP = 8;

    private AxisLabels() {
    }

    static List<Label> fitting(IntervalScale scale, double charWidth) {
        List<IntervalScale.Tick> byImportance = new ArrayList<>(scale.ticks());
        byImportance.sort(Comparator.comparing(IntervalScale.Tick::major).reversed());
        List<Label> placed = new ArrayList<>();
        for (IntervalScale.Tick tick : byImportance) {
            Label candidate = new Label(scale.toX(tick.value()), tick.label());
            if (placed.stream().noneMatch(other -> touch(other, candidate, charWidth))) {
                placed.add(candidate);
            }
        }
        placed.sort(Comparator.comparingDouble(Label::x));
        return placed;
    }

    private static boolean touch(Label one, Label other, double charWidth) {
        double halfWidths = (one.text().length() + other.text().length()) * charWidth / 2;
        return Math.abs(one.x() - other.x()) < halfWidths + GAP;
    }
}
