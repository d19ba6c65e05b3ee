package org.crosscheck.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * A date known to some precision: a day, a week, a month, a year, or not at all.
 * The stored {@code date} is the first day of the period it stands for; it is null only when
 * the precision is {@link Precision#UNKNOWN}.
 */
public record FuzzyDate(LocalDate date, Precision precision) {

    public static final FuzzyDate UNKNOWN = new FuzzyDate(null, Precision.UNKNOWN);

    public FuzzyDate {
        Objects.requireNonNull(precision, "precision");
        if (date == null && precision != Precision.UNKNOWN) {
            throw new IllegalArgumentException("a " + precision.key() + " date needs a value");
        }
        if (precision == Precision.UNKNOWN) {
            date = null;
        } else {
            date = startOf(date, precision);
        }
    }

    public static FuzzyDate day(LocalDate date) {
        return new FuzzyDate(date, Precision.DAY);
    }

    public static FuzzyDate of(LocalDate date, Precision precision) {
        return date == null ? UNKNOWN : new FuzzyDate(date, precision);
    }

    public boolean isKnown() {
        return precision != Precision.UNKNOWN;
    }

    /** The last day of the period this date stands for. */
    public LocalDate end() {
        if (!isKnown()) {
            return null;
        }
        return switch (precision) {
            case DAY, RANGE -> date;
            case WEEK -> date.plusDays(6);
            case MONTH -> date.plusMonths(1).minusDays(1);
            case YEAR -> date.plusYears(1).minusDays(1);
            case UNKNOWN -> null;
        };
    }

    /** The date as people write it at its precision: "2017-06-19", "2017-06", "2017", "2015-W51". */
    public String display() {
        if (!isKnown()) {
            return "unknown";
        }
        return switch (precision) {
            case DAY, RANGE -> date.toString();
            case WEEK -> String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> date.format(DateTimeFormatter.ofPattern("yyyy-MM"));
            case YEAR -> Integer.toString(date.getYear());
            case UNKNOWN -> "unknown";
        };
    }

    private static LocalDate startOf(LocalDate date, Precision precision) {
        return switch (precision) {
            case WEEK -> date.minusDays(date.getDayOfWeek().getValue() - 1L);
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
            default -> date;
        };
    }
}
