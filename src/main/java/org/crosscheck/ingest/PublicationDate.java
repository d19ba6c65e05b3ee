package org.crosscheck.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Precision;

/**
 * A publication date as web pages write it: ISO 8601 ({@code 2017-06-19T23:30:00-04:00},
 * {@code 2017-06-19}, {@code 2017-06}, {@code 2017}) or RFC 1123 ({@code Mon, 19 Jun 2017 23:30:00 GMT}).
 * A date-time gives the day as written, in the article's own offset: turned into UTC, a report
 * published late in the evening in New York would move to the next day.
 */
final class PublicationDate {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ]\\d{2}:\\d{2}\\S*)?)?)?");

    private PublicationDate() {
    }

    /** The date, or {@link FuzzyDate#UNKNOWN} when the value is no date. */
    static FuzzyDate parse(String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return FuzzyDate.UNKNOWN;
        }
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                int year = Integer.parseInt(iso.group(1));
                if (iso.group(2) == null) {
                    return FuzzyDate.of(LocalDate.of(year, 1, 1), Precision.YEAR);
                }
                int month = Integer.parseInt(iso.group(2));
                if (iso.group(3) == null) {
                    return FuzzyDate.of(LocalDate.of(year, month, 1), Precision.MONTH);
                }
                return FuzzyDate.day(LocalDate.of(year, month, Integer.parseInt(iso.group(3))));
            }
            return FuzzyDate.day(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeException e) {
            return FuzzyDate.UNKNOWN; // "2017-13-45" or words: a page's wrong date is no date
        }
    }
}
