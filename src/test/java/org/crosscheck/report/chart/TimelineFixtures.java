package org.crosscheck.report.chart;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Precision;

/** Small builders for timeline items, so tests state only what matters to them. */
final class TimelineFixtures {

    private TimelineFixtures() {
    }

    static FuzzyDate day(int year, int month, int day) {
        return FuzzyDate.day(LocalDate.of(year, month, day));
    }

    static FuzzyDate month(int year, int month) {
        return new FuzzyDate(LocalDate.of(year, month, 1), Precision.MONTH);
    }

    static FuzzyDate year(int year) {
        return new FuzzyDate(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    static FuzzyDate week(int year, int month, int day) {
        return new FuzzyDate(LocalDate.of(year, month, day), Precision.WEEK);
    }

    static TimelineItem item(long claimId, long sourceId, FuzzyDate happened) {
        return item(claimId, sourceId, happened, FuzzyDate.UNKNOWN);
    }

    static TimelineItem item(long claimId, long sourceId, FuzzyDate happened, FuzzyDate said) {
        return new TimelineItem(claimId, sourceId, "quote " + claimId, "Source " + sourceId, null, null,
                List.of(), happened, said, "quantity");
    }

    static TimelineItem spoken(long claimId, String speaker, FuzzyDate happened) {
        return new TimelineItem(claimId, 1, "quote " + claimId, "Source 1", speaker, null, List.of(),
                happened, FuzzyDate.UNKNOWN, "quote");
    }

    static TimelineItem tagged(long claimId, List<String> tags, FuzzyDate happened) {
        return new TimelineItem(claimId, 1, "quote " + claimId, "Source 1", null, null, tags,
                happened, FuzzyDate.UNKNOWN, "event");
    }

    static long epochDay(int year, int month, int day) {
        return LocalDate.of(year, month, day).toEpochDay();
    }
}
