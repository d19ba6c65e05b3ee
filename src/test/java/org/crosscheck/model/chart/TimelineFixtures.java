package org.crosscheck.model.chart;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Precision;

/** Small builders for timeline items, so tests state only what matters to them. */
public final class TimelineFixtures {

    private TimelineFixtures() {
    }

    public static FuzzyDate day(int year, int month, int day) {
        return FuzzyDate.day(LocalDate.of(year, month, day));
    }

    public static FuzzyDate month(int year, int month) {
        return new FuzzyDate(LocalDate.of(year, month, 1), Precision.MONTH);
    }

    public static FuzzyDate year(int year) {
        return new FuzzyDate(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    public static FuzzyDate week(int year, int month, int day) {
        return new FuzzyDate(LocalDate.of(year, month, day), Precision.WEEK);
    }

    public static TimelineItem item(long claimId, long sourceId, FuzzyDate happened) {
        return item(claimId, sourceId, happened, FuzzyDate.UNKNOWN);
    }

    public static TimelineItem item(long claimId, long sourceId, FuzzyDate happened, FuzzyDate said) {
        return new TimelineItem(claimId, sourceId, "quote " + claimId, "Source " + sourceId, null, null,
                List.of(), happened, said, "quantity");
    }

    public static TimelineItem spoken(long claimId, String speaker, FuzzyDate happened) {
        return new TimelineItem(claimId, 1, "quote " + claimId, "Source 1", speaker, null, List.of(),
                happened, FuzzyDate.UNKNOWN, "quote");
    }

    public static TimelineItem tagged(long claimId, List<String> tags, FuzzyDate happened) {
        return new TimelineItem(claimId, 1, "quote " + claimId, "Source 1", null, null, tags,
                happened, FuzzyDate.UNKNOWN, "event");
    }

    public static long epochDay(int year, int month, int day) {
        return LocalDate.of(year, month, day).toEpochDay();
    }
}
