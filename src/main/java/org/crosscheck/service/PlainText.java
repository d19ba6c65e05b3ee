package org.crosscheck.service;

import java.math.BigDecimal;
import org.crosscheck.model.FuzzyDate;

/**
 * Values as the CSV and JSON-LD exports write them: numbers plain (3500, 2.5; no grouping, no
 * exponent, no ".0", whatever the computer's locale) and dates in ISO form at their precision
 * (2017-06-19, 2017-06, 2017, 2015-W51); an open end or an unknown date is empty.
 */
final class PlainText {

    private PlainText() {
    }

    static String number(Double value) {
        if (value == null) {
            return "";
        }
        if (value.isInfinite() || value.isNaN()) {
            return value.toString();
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String number(long value) {
        return Long.toString(value);
    }

    static String date(FuzzyDate date) {
        return date.isKnown() ? date.display() : "";
    }
}
