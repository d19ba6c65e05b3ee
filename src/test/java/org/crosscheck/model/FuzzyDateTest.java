package org.crosscheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FuzzyDateTest {

    @Test
    void aMonthDateStandsForTheWholeMonth() {
        FuzzyDate may = new FuzzyDate(LocalDate.of(2018, 5, 18), Precision.MONTH);

        assertThat(may.date()).isEqualTo(LocalDate.of(2018, 5, 1));
        assertThat(may.end()).isEqualTo(LocalDate.of(2018, 5, 31));
        assertThat(may.display()).isEqualTo("2018-05");
    }

    @Test
    void aWeekDateIsWrittenAsItsIsoWeek() {
        FuzzyDate week = new FuzzyDate(LocalDate.of(2015, 12, 17), Precision.WEEK);

        assertThat(week.display()).isEqualTo("2015-W51");
        assertThat(week.date()).isEqualTo(LocalDate.of(2015, 12, 14));
    }

    @Test
    void anUnknownDateHasNoValue() {
        assertThat(FuzzyDate.of(null, Precision.DAY).isKnown()).isFalse();
        assertThat(FuzzyDate.UNKNOWN.display()).isEqualTo("unknown");
    }

    @Test
    void gradesReadTheAdmiraltyCode() {
        assertThat(Grade.parse(" b2 ")).isEqualTo(new Grade('B', 2));
        assertThatThrownBy(() -> Grade.parse("G7")).hasMessageContaining("A to F");
    }
}
