package org.crosscheck.model;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Quantity;

/** Figures as a reader writes them: "≥ 10,000", "≈ 3,000 (2,550–3,450)", "2,000–3,000". */
public final class Figures {

    private static final Set<String> APPROXIMATE = Set.of("about", "roughly", "around", "approximately", "some",
            "an estimated", "estimated");
    private static final Set<String> JUST_BELOW = Set.of("nearly", "almost", "close to", "just under", "just below");

    /** The tolerance the extractor gives "about", "roughly" … around one figure (see extract's QualifierRules). */
    private static final double HEDGE_TOLERANCE = 0.15;

    private Figures() {
    }

    public static String of(Quantity quantity) {
        Double low = quantity.low();
        Double high = quantity.high();
        if (low == null && high == null) {
            return quantity.qualifier().isEmpty() ? "?" : quantity.qualifier();
        }
        if (high == null) {
            return "≥ " + number(low);
        }
        if (low == null) {
            Double[] meant = quantity.asMeant();
            // "as many as 10,000" asserts a high figure: say how it is read, as the verdict reads it
            return meant[0] == null ? "≤ " + number(high)
                    : "≤ " + number(high) + " (read as " + number(meant[0]) + "–" + number(meant[1]) + ")";
        }
        if (low.equals(high)) {
            return number(low);
        }
        String range = number(low) + "–" + number(high);
        String qualifier = quantity.qualifier().toLowerCase(Locale.ROOT);
        if (JUST_BELOW.contains(qualifier)) {
            return "nearly " + number(high) + " (" + range + ")";
        }
        if (APPROXIMATE.contains(qualifier)) {
            double centre = centreOf(quantity);
            // "roughly 3,000" became 2,550–3,450 by the hedge's tolerance: name the figure the source gave.
            // "about 2,000 to 3,000" was a range in the text: a middle figure would be invented.
            double halfWidth = (quantity.high() - quantity.low()) / (quantity.high() + quantity.low());
            boolean aroundOneFigure = Math.abs(halfWidth - HEDGE_TOLERANCE) < 0.005;
            return aroundOneFigure ? "≈ " + number(centre) + " (" + range + ")" : "≈ " + range;
        }
        return range;
    }

    /**
     * The figure's ends as the comparison reads them, {low, high} with null for open: "as many as
     * 10,000" is 5,000–10,000 (see {@link Quantity#asMeant()}), so a chart can draw what is compared.
     */
    public static Double[] asCompared(Quantity quantity) {
        return quantity.asMeant();
    }

    /** A number with thousands separators and no needless decimals. */
    public static String number(double value) {
        if (value >= 1 && value < 1e15 && value == Math.rint(value)) {
            // the usual case ("3 killed" too, which a number format wrote no faster), and a verdict's reason names two figures
            return grouped((long) value);
        }
        return (value < 10 ? SMALL : LARGE).get().format(value);
    }

    /** 12345 as "12,345", as the US number format writes it, without its cost. */
    private static String grouped(long whole) {
        String digits = Long.toString(whole);
        StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return text.toString();
    }

    /** Formats are slow to make and not thread-safe: one of each per thread. */
    private static final ThreadLocal<NumberFormat> SMALL = ThreadLocal.withInitial(() -> format(2));
    private static final ThreadLocal<NumberFormat> LARGE = ThreadLocal.withInitial(() -> format(0));

    private static NumberFormat format(int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMaximumFractionDigits(decimals);
        return format;
    }

    /** The stated figure an approximate range was built around, rounded as people round. */
    private static double centreOf(Quantity quantity) {
        double middle = (quantity.low() + quantity.high()) / 2;
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(middle, 1))) - 1);
        return Math.round(middle / magnitude) * magnitude;
    }
}
