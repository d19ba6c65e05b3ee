package org.crosscheck.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Figures as the researcher types and reads them: "10,000", "2.5", blank for an open end. */
final class NumberText {

    private NumberText() {
    }

    static String format(Double value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMaximumFractionDigits(6);
        return format.format(value);
    }

    /** Reads "10,000", "10000", "2.5"; blank means open (null). */
    static Double parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", "").replace("_", "")).doubleValue();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a number like 10,000 or left empty, not \""
                    + text.strip() + "\".");
        }
    }
}
