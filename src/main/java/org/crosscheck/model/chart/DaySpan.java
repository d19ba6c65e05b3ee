package org.crosscheck.model.chart;

import java.util.Optional;
import org.crosscheck.model.FuzzyDate;

/**
 * The days a fuzzy date covers, as epoch days, both ends inclusive. A month covers all its days
 * and a year all of its, so an uncertain date is drawn as the range it stands for, never as a
 * false point. Only a day-precise date is a point.
 */
public record DaySpan(long firstDay, long lastDay) {

    public DaySpan {
        if (lastDay < firstDay) {
            throw new IllegalArgumentException("a span cannot end before it starts: " + firstDay + ".." + lastDay);
        }
    }

    /** The span of a known date, or empty for an unknown one. */
    public static Optional<DaySpan> of(FuzzyDate date) {
        if (date == null || !date.isKnown()) {
            return Optional.empty();
        }
        return Optional.of(new DaySpan(date.date().toEpochDay(), date.end().toEpochDay()));
    }

    public long lengthInDays() {
        return lastDay - firstDay + 1;
    }

    /** The left edge in continuous day units: the start of the first day. */
    public double startEdge() {
        return firstDay;
    }

    /** The right edge in continuous day units: the end of the last day. */
    public double endEdge() {
        return lastDay + 1.0;
    }

    public double middle() {
        return (startEdge() + endEdge()) / 2;
    }

    public boolean isSingleDay() {
        return firstDay == lastDay;
    }
}
