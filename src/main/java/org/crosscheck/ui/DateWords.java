package org.crosscheck.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Supplier;
import javafx.util.StringConverter;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Precision;

/**
 * Dates in fields the way the rest of the window writes them: ISO, at their precision ("2015-10-08",
 * "2018-05", "2017"), never the locale's "10/8/2015"; and a precision in words ("exact day"), never
 * its constant's name.
 */
final class DateWords {

    private DateWords() {
    }

    /** Shows a date at the precision {@code precision} gives now; reads "2015-10-08", "2015-10" or "2015". */
    static StringConverter<LocalDate> isoAt(Supplier<Precision> precision) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                if (date == null) {
                    return "";
                }
                Precision shown = precision.get() == null || precision.get() == Precision.UNKNOWN
                        ? Precision.DAY : precision.get();
                return FuzzyDate.of(date, shown).display();
            }

            @Override
            public LocalDate fromString(String text) {
                return parse(text);
            }
        };
    }

    /** "2015-10-08", "2015-10" (its first day) or "2015" (its first day); null for blank or unreadable text. */
    static LocalDate parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        try {
            if (trimmed.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(trimmed), 1, 1);
            }
            if (trimmed.matches("\\d{4}-\\d{1,2}")) {
                return YearMonth.parse(trimmed.length() == 6 ? trimmed.replace("-", "-0") : trimmed).atDay(1);
            }
            return trimmed.isEmpty() ? null : LocalDate.parse(trimmed);
        } catch (java.time.DateTimeException unreadable) {
            return null;
        }
    }

    /** A precision in words: "exact day", "month only", "year only", "not known". */
    static StringConverter<Precision> precisionWords() {
        return new StringConverter<>() {
            @Override
            public String toString(Precision precision) {
                return precision == null ? "" : Texts.get("precision." + precision.key());
            }

            @Override
            public Precision fromString(String text) {
                for (Precision precision : Precision.values()) {
                    if (toString(precision).equals(text)) {
                        return precision;
                    }
                }
                return Precision.UNKNOWN;
            }
        };
    }
}
