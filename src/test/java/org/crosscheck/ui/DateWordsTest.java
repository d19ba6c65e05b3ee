package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.model.Precision;
import org.junit.jupiter.api.Test;

/** The source-details dialog writes dates in ISO at their precision and precisions in words. */
class DateWordsTest {

    private static final LocalDate OCTOBER_8 = LocalDate.of(2015, 10, 8);

    @Test
    void aDateReadsAsIsoAtItsPrecisionNotAsTheLocaleWritesIt() {
        assertThat(DateWords.isoAt(() -> Precision.DAY).toString(OCTOBER_8)).isEqualTo("2015-10-08")
                .isNotEqualTo("10/8/2015");
        assertThat(DateWords.isoAt(() -> Precision.MONTH).toString(OCTOBER_8)).isEqualTo("2015-10");
        assertThat(DateWords.isoAt(() -> Precision.YEAR).toString(OCTOBER_8)).isEqualTo("2015");
        assertThat(DateWords.isoAt(() -> Precision.UNKNOWN).toString(OCTOBER_8)).isEqualTo("2015-10-08");
    }

    @Test
    void isoDatesAtAnyPrecisionAreRead() {
        assertThat(DateWords.parse("2015-10-08")).isEqualTo(OCTOBER_8);
        assertThat(DateWords.parse("2018-05")).isEqualTo(LocalDate.of(2018, 5, 1));
        assertThat(DateWords.parse("2018-5")).isEqualTo(LocalDate.of(2018, 5, 1));
        assertThat(DateWords.parse("2017")).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(DateWords.parse("10/8/2015")).isNull();
        assertThat(DateWords.parse(" ")).isNull();
    }

    @Test
    void aPrecisionReadsInWordsNotAsItsConstant() {
        assertThat(DateWords.precisionWords().toString(Precision.DAY)).isEqualTo("exact day").isNotEqualTo("DAY");
        assertThat(DateWords.precisionWords().toString(Precision.MONTH)).isEqualTo("month only");
        assertThat(DateWords.precisionWords().fromString("year only")).isEqualTo(Precision.YEAR);
    }
}
