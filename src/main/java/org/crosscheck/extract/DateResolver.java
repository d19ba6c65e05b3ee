package org.crosscheck.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Precision;

/**
 * Turns calendar words into TIMEX3 values against the publication date. The rules a careful
 * reader of news applies:
 * <ul>
 * <li>a weekday or a month without a year is the latest such day or month not after publication
 *     ("Thursday", "in April"), or the earliest not before it when the sentence speaks of the future;</li>
 * <li>"last week" is the ISO week before the week of publication; "last month", "last year" likewise;</li>
 * <li>"last June" is the latest June strictly before the month of publication;</li>
 * <li>without a publication date, values keep X for the unknown parts ("XXXX-04"), as TIMEX3 does.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class DateResolver {

    enum Direction { LATEST_NOT_AFTER, STRICTLY_BEFORE, STRICTLY_AFTER, EARLIEST_NOT_BEFORE, SAME_PERIOD }

    enum Unit { DAY, WEEK, WEEKEND, MONTH, QUARTER, YEAR }

    private DateResolver() {
    }

    static Resolved day(LocalDate date) {
        return new Resolved(date.toString(), FuzzyDate.day(date));
    }

    static Resolved month(int year, int month) {
        return new Resolved(String.format("%04d-%02d", year, month), FuzzyDate.of(LocalDate.of(year, month, 1), Precision.MONTH));
    }

    static Resolved year(int year) {
        return new Resolved(String.format("%04d", year), FuzzyDate.of(LocalDate.of(year, 1, 1), Precision.YEAR));
    }

    static Resolved week(LocalDate anyDay) {
        FuzzyDate week = FuzzyDate.of(anyDay, Precision.WEEK);
        return new Resolved(week.display(), week);
    }

    /** "Thursday", "last Friday", "next Monday". */
    static Resolved weekday(DayOfWeek day, LocalDate published, Direction direction) {
        if (published == null) {
            return Resolved.unresolved("XXXX-WXX-" + day.getValue());
        }
        LocalDate date = switch (direction) {
            case STRICTLY_BEFORE -> published.with(TemporalAdjusters.previous(day));
            case STRICTLY_AFTER -> published.with(TemporalAdjusters.next(day));
            case EARLIEST_NOT_BEFORE -> published.with(TemporalAdjusters.nextOrSame(day));
            default -> published.with(TemporalAdjusters.previousOrSame(day));
        };
        return day(date);
    }

    /** A month without a year: "in April", "last June", "next March". */
    static Resolved monthOfYear(int month, LocalDate published, Direction direction) {
        if (published == null) {
            return Resolved.unresolved(String.format("XXXX-%02d", month));
        }
        int year = published.getYear();
        int now = published.getMonthValue();
        year += switch (direction) {
            case STRICTLY_BEFORE -> month < now ? 0 : -1;
            case STRICTLY_AFTER -> month > now ? 0 : 1;
            case EARLIEST_NOT_BEFORE -> month >= now ? 0 : 1;
            case SAME_PERIOD -> 0;
            case LATEST_NOT_AFTER -> month <= now ? 0 : -1;
        };
        return month(year, month);
    }

    /** A day of a month without a year: "June 13", "Feb. 28". */
    static Resolved dayOfYear(int month, int dayOfMonth, LocalDate published, Direction direction) {
        if (published == null) {
            return Resolved.unresolved(String.format("XXXX-%02d-%02d", month, dayOfMonth));
        }
        LocalDate candidate = safeDate(published.getYear(), month, dayOfMonth);
        if (candidate == null) {
            return null;
        }
        boolean future = direction == Direction.EARLIEST_NOT_BEFORE || direction == Direction.STRICTLY_AFTER;
        if (future) {
            // a day and month in a sentence about the future: the nearer of this year's and the next or last one
            LocalDate other = safeDate(published.getYear() + (candidate.isBefore(published) ? 1 : -1), month, dayOfMonth);
            if (other != null && Math.abs(other.toEpochDay() - published.toEpochDay())
                    < Math.abs(candidate.toEpochDay() - published.toEpochDay())) {
                candidate = other;
            }
        } else if (candidate.isAfter(published)) {
            candidate = safeDate(published.getYear() - 1, month, dayOfMonth);
        }
        return candidate == null ? null : day(candidate);
    }

    /** "this week", "last month", "next year", "two years ago": a period shifted by {@code offset} units. */
    static Resolved relative(Unit unit, int offset, LocalDate published) {
        if (published == null) {
            return Resolved.unresolved(offset < 0 ? "PAST_REF" : offset > 0 ? "FUTURE_REF" : "PRESENT_REF");
        }
        return switch (unit) {
            case DAY -> day(published.plusDays(offset));
            case WEEK -> week(published.plusWeeks(offset));
            case WEEKEND -> {
                Resolved week = week(published.plusWeeks(offset));
                yield new Resolved(week.value() + "-WE", week.date());
            }
            case MONTH -> {
                LocalDate shifted = published.plusMonths(offset);
                yield month(shifted.getYear(), shifted.getMonthValue());
            }
            case QUARTER -> {
                LocalDate shifted = published.plusMonths(3L * offset);
                int quarter = shifted.get(IsoFields.QUARTER_OF_YEAR);
                LocalDate first = LocalDate.of(shifted.getYear(), 3 * quarter - 2, 1);
                yield new Resolved(shifted.getYear() + "-Q" + quarter, FuzzyDate.of(first, Precision.RANGE));
            }
            case YEAR -> year(published.getYear() + offset);
        };
    }

    /** "last summer", "this winter": seasons as TIMEX3 writes them (2012-SU). */
    static Resolved season(String code, int firstMonth, LocalDate published, Direction direction) {
        if (published == null) {
            return Resolved.unresolved("XXXX-" + code);
        }
        int year = published.getYear();
        int now = published.getMonthValue();
        switch (direction) {
            case SAME_PERIOD -> { }
            case STRICTLY_AFTER, EARLIEST_NOT_BEFORE -> year += now >= firstMonth ? 1 : 0;
            default -> year -= now < firstMonth + 3 ? 1 : 0; // the latest season that has ended
        }
        return new Resolved(year + "-" + code, FuzzyDate.of(LocalDate.of(year, firstMonth, 1), Precision.RANGE));
    }

    private static LocalDate safeDate(int year, int month, int dayOfMonth) {
        try {
            return LocalDate.of(year, month, dayOfMonth);
        } catch (java.time.DateTimeException invalid) {
            return null;
        }
    }
}
