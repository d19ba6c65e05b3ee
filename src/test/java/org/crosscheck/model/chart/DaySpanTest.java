package org.crosscheck.model.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.model.chart.TimelineFixtures.day;
import static org.crosscheck.model.chart.TimelineFixtures.epochDay;
import static org.crosscheck.model.chart.TimelineFixtures.month;
import static org.crosscheck.model.chart.TimelineFixtures.week;
import static org.crosscheck.model.chart.TimelineFixtures.year;

import org.crosscheck.model.FuzzyDate;
import org.junit.jupiter.api.Test;

class DaySpanTest {

    @Test
    void aMonthSpansEveryDayOfTheMonth() {
        DaySpan february = DaySpan.of(month(2016, 2)).orElseThrow();

        assertThat(february.firstDay()).isEqualTo(epochDay(2016, 2, 1));
        assertThat(february.lastDay()).isEqualTo(epochDay(2016, 2, 29));
        assertThat(february.lengthInDays()).isEqualTo(29);
    }

    @Test
    void aYearSpansTheWholeYear() {
        assertThat(DaySpan.of(year(2017)).orElseThrow().lengthInDays()).isEqualTo(365);
    }

    @Test
    void aWeekSpansSevenDaysFromItsMonday() {
        DaySpan span = DaySpan.of(week(2015, 12, 17)).orElseThrow();

        assertThat(span.firstDay()).isEqualTo(epochDay(2015, 12, 14));
        assertThat(span.lengthInDays()).isEqualTo(7);
    }

    @Test
    void aDayIsTheOnlyPrecisionThatIsASingleDay() {
        assertThat(DaySpan.of(day(2017, 6, 19)).orElseThrow().isSingleDay()).isTrue();
        assertThat(DaySpan.of(week(2017, 6, 19)).orElseThrow().isSingleDay()).isFalse();
    }

    @Test
    void anUnknownDateHasNoSpan() {
        assertThat(DaySpan.of(FuzzyDate.UNKNOWN)).isEmpty();
    }

    @Test
    void edgesCoverTheWholeOfTheLastDay() {
        DaySpan span = new DaySpan(10, 12);

        assertThat(span.startEdge()).isEqualTo(10.0);
        assertThat(span.endEdge()).isEqualTo(13.0);
        assertThat(span.middle()).isEqualTo(11.5);
    }
}
