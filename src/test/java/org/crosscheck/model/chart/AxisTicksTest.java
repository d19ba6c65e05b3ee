package org.crosscheck.model.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.model.chart.TimelineFixtures.epochDay;

import java.util.List;
import org.crosscheck.model.chart.AxisTicks.Level;
import org.crosscheck.model.chart.AxisTicks.Tick;
import org.junit.jupiter.api.Test;

class AxisTicksTest {

    @Test
    void aDecadeOnAScreenIsLabelledByYears() {
        TimeScale scale = TimeScale.fit(epochDay(2010, 1, 1), epochDay(2020, 1, 1), 600, 0);

        AxisTicks ticks = scale.ticks(600);

        assertThat(ticks.level()).isEqualTo(Level.YEARS);
        assertThat(ticks.step()).isEqualTo(1);
        assertThat(labels(ticks)).contains("2010", "2015", "2019");
    }

    @Test
    void aCenturyOnASmallScreenSkipsYears() {
        TimeScale scale = TimeScale.fit(epochDay(1900, 1, 1), epochDay(2000, 1, 1), 600, 0);

        AxisTicks ticks = scale.ticks(600);

        assertThat(ticks.level()).isEqualTo(Level.YEARS);
        assertThat(ticks.step()).isGreaterThan(1);
        assertThat(ticks.ticks()).allSatisfy(tick -> assertThat(Integer.parseInt(tick.label()) % ticks.step()).isZero());
    }

    @Test
    void aYearOnAScreenIsLabelledByMonthsWithTheYearOnJanuary() {
        TimeScale scale = TimeScale.fit(epochDay(2016, 7, 1), epochDay(2017, 7, 1), 1000, 0);

        AxisTicks ticks = scale.ticks(1000);

        assertThat(ticks.level()).isEqualTo(Level.MONTHS);
        assertThat(labels(ticks)).contains("Aug", "Dec", "2017", "Jun");
        assertThat(ticks.ticks()).filteredOn(Tick::major).extracting(Tick::label).containsExactly("2017");
    }

    @Test
    void aFortnightOnAScreenIsLabelledByDaysWithTheMonthAtItsStart() {
        TimeScale scale = TimeScale.fit(epochDay(2017, 11, 25), epochDay(2017, 12, 9), 1000, 0);

        AxisTicks ticks = scale.ticks(1000);

        assertThat(ticks.level()).isEqualTo(Level.DAYS);
        assertThat(ticks.step()).isEqualTo(1);
        assertThat(labels(ticks)).contains("26", "30", "Dec 2017", "2", "8");
    }

    @Test
    void daysTooNarrowForLabelsAreTickedWeeklyOnMondays() {
        TimeScale scale = new TimeScale(epochDay(2017, 12, 1), 5);

        AxisTicks ticks = scale.ticks(1000);

        assertThat(ticks.level()).isEqualTo(Level.DAYS);
        assertThat(ticks.step()).isEqualTo(7);
        assertThat(ticks.ticks()).allSatisfy(tick ->
                assertThat(java.time.LocalDate.ofEpochDay(tick.day()).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY));
    }

    @Test
    void ticksCoverTheVisibleRangeAndNoMore() {
        TimeScale scale = TimeScale.fit(epochDay(2016, 1, 1), epochDay(2018, 1, 1), 800, 0);

        AxisTicks ticks = scale.ticks(800);

        assertThat(ticks.ticks()).allSatisfy(tick ->
                assertThat(scale.toX(tick.day())).isBetween(-scale.pixelsPerDay() * 31, 800.0));
        assertThat(ticks.ticks().size()).isLessThanOrEqualTo(800 / 44 + 2);
    }

    private static List<String> labels(AxisTicks ticks) {
        return ticks.ticks().stream().map(Tick::label).toList();
    }
}
