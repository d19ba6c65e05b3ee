package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.Precision;
import org.junit.jupiter.api.Test;

class DateResolutionTest {

    private static final Extractor EXTRACTOR = Extractor.withDefaults();

    private static Mention temporal(String text, LocalDate published) {
        List<Mention> found = EXTRACTOR.extract(text, published).mentions().stream()
                .filter(mention -> mention.kind().isTemporal()).toList();
        assertThat(found).as("temporal expressions in: " + text).hasSize(1);
        return found.get(0);
    }

    @Test
    void aWeekdayIsTheLatestSuchDayNotAfterPublication() {
        LocalDate thursday = LocalDate.of(2015, 10, 8);
        assertThat(temporal("A diplomat told reporters Thursday that the camps exist.", thursday).value()).isEqualTo("2015-10-08");
        assertThat(temporal("Ships fired missiles Wednesday into the country.", thursday).value()).isEqualTo("2015-10-07");
    }

    @Test
    void aMonthWithoutYearIsTheLatestSuchMonthNotAfterPublication() {
        Mention april = temporal("In April, Moscow invited the US to talks.", LocalDate.of(2017, 12, 23));
        assertThat(april.value()).isEqualTo("2017-04");
        assertThat(april.precision()).isEqualTo(Precision.MONTH);
        assertThat(temporal("Reports came out in March about the group.", LocalDate.of(2015, 10, 8)).value()).isEqualTo("2015-03");
    }

    @Test
    void aSentenceAboutTheFutureLooksAhead() {
        assertThat(temporal("The new rules will take effect in June.", LocalDate.of(2013, 3, 18)).value()).isEqualTo("2013-06");
    }

    @Test
    void lastWeekIsTheIsoWeekBeforePublication() {
        Mention week = temporal("A report released last week asserts the group is active.", LocalDate.of(2015, 12, 23));
        assertThat(week.value()).isEqualTo("2015-W51");
        assertThat(week.precision()).isEqualTo(Precision.WEEK);
    }

    @Test
    void lastMonthAndThisYearResolveAgainstPublication() {
        assertThat(temporal("Last month, the director warned of returning militants.", LocalDate.of(2018, 5, 18)).value())
                .isEqualTo("2018-04");
        assertThat(temporal("The group was pushed out of its home base this year.", LocalDate.of(2017, 12, 23)).value())
                .isEqualTo("2017");
        assertThat(temporal("The index fell two years ago.", LocalDate.of(2013, 3, 22)).value()).isEqualTo("2011");
    }

    @Test
    void absoluteDatesKeepTheirOwnYear() {
        assertThat(temporal("The airstrike on May 28, 2017 may have killed him.", LocalDate.of(2018, 1, 1)).value())
                .isEqualTo("2017-05-28");
        assertThat(temporal("The strike on June 13 was confirmed.", LocalDate.of(2017, 6, 19)).value()).isEqualTo("2017-06-13");
        assertThat(temporal("The movement formed in 1998.", LocalDate.of(2017, 6, 19)).value()).isEqualTo("1998");
    }

    @Test
    void durationsAndSetsGetIsoValues() {
        LocalDate published = LocalDate.of(2017, 6, 19);
        assertThat(temporal("It was the worst flu season in a decade.", published).value()).isEqualTo("P10Y");
        assertThat(temporal("The talks lasted three years.", published).value()).isEqualTo("P3Y");
        assertThat(temporal("The army lost gains in the nearly 16-year war.", published).value()).isEqualTo("P16Y");
        Mention weekly = temporal("The committee meets every week.", published);
        assertThat(weekly.kind()).isEqualTo(MentionKind.SET);
        assertThat(weekly.value()).isEqualTo("P1W");
    }

    @Test
    void nowIsThePresentAndWithoutAPublicationDateMonthsKeepPlaceholders() {
        assertThat(temporal("We are not winning right now.", LocalDate.of(2017, 6, 19)).value()).isEqualTo("PRESENT_REF");
        Mention april = temporal("The talks began in April.", null);
        assertThat(april.value()).isEqualTo("XXXX-04");
        assertThat(april.refersTo().date().isKnown()).isFalse();
    }
}
