package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTimesTest {

    private final Extractor extractor = Extractor.withDefaults();

    @Test
    void aDateBelongsToTheFigureItIsNotSeparatedFromByAnotherFigure() {
        List<Mention> quantities = extractor.extract("The U.S. now has only 8,400 troops in the country, down from "
                + "more than 100,000 in 2011.", LocalDate.of(2017, 6, 19)).of(MentionKind.QUANTITY);

        assertThat(quantities).hasSize(2);
        assertThat(quantities.get(0).refersTo().date().isKnown()).isFalse();
        assertThat(quantities.get(1).refersTo().date().display()).isEqualTo("2011");
    }

    @Test
    void aDateBeforeASingleFigureStillBelongsToIt() {
        Mention quantity = extractor.extract("In March, about 2,000 militants crossed the border.",
                LocalDate.of(2015, 10, 8)).of(MentionKind.QUANTITY).get(0);

        assertThat(quantity.refersTo().date().display()).isEqualTo("2015-03");
    }

    private String timeOf(String text, LocalDate published, int index) {
        Mention quantity = extractor.extract(text, published).of(MentionKind.QUANTITY).get(index);
        return quantity.refersTo().date().isKnown() ? quantity.refersTo().date().display() : null;
    }

    @Test
    void aTimeOfDayWithItsWeekdayGivesTheLatestSuchDayBeforePublication() {
        LocalDate tuesday = LocalDate.of(2016, 5, 10);
        assertThat(timeOf("Two men were shot about 6 p.m. Monday, police said.", tuesday, 0)).isEqualTo("2016-05-09");
        assertThat(timeOf("Three people were hurt early Sunday morning.", tuesday, 0)).isEqualTo("2016-05-08");
        assertThat(timeOf("Four teenagers were injured Saturday night.", tuesday, 0)).isEqualTo("2016-05-07");
    }

    @Test
    void aTwentyFourHourClockBeforeATimeZoneIsATimeOfDayNotAYear() {
        LocalDate tuesday = LocalDate.of(2004, 12, 7);
        // agency copy writes the clock without a colon: "at 1800 GMT" is six in the evening, not the year 1800
        assertThat(timeOf("The dollar was trading at $1.364 per euro at 1800 GMT on Monday.", tuesday, 0))
                .isEqualTo("2004-12-06");
        assertThat(timeOf("Shares fell 3% by 0930 BST.", tuesday, 0)).isNull();
        assertThat(extractor.extract("Shares fell 3% by 0930 BST.", tuesday).of(MentionKind.TIME))
                .extracting(Mention::text).containsExactly("0930 BST");
        assertThat(timeOf("The town had 300 residents in 1800.", tuesday, 0)).isEqualTo("1800"); // a year still
        assertThat(extractor.extract("Prices doubled between 1800 and 1900.", tuesday).of(MentionKind.TIME)).isEmpty();
    }

    @Test
    void aTimeOfDayWithAWeekdayThatIsStillToComeLooksForward() {
        LocalDate tuesday = LocalDate.of(2016, 5, 10);
        assertThat(timeOf("About 300 runners will start at 9 a.m. Saturday.", tuesday, 0)).isEqualTo("2016-05-14");
    }

    @Test
    void aFigureWithoutATimeOfItsOwnHoldsForTheTimeOfTheSentenceBefore() {
        String text = "The fire broke out on Friday evening. Five families lost their homes.";
        assertThat(timeOf(text, LocalDate.of(2016, 5, 10), 0)).isEqualTo("2016-05-06");
    }

    @Test
    void aConversionOrTheNextStepOfAStatementSharesItsDate() {
        String text = "Profit fell 3.5% to 42.1bn kronor ($5.2bn) in 2004.";
        assertThat(timeOf(text, null, 0)).isEqualTo("2004");
        assertThat(timeOf(text, null, 2)).isEqualTo("2004");
    }

    @Test
    void aDateAtTheHeadOfTheSentenceHoldsForEveryFigureInIt() {
        String text = "In 2002, Spain came first with 31% and Italy second with 27%.";
        assertThat(timeOf(text, null, 1)).isEqualTo("2002");
    }

    @Test
    void aStateAsOfATimeOfDayHoldsOnTheDayOfPublication() {
        LocalDate tuesday = LocalDate.of(2016, 5, 10);
        assertThat(timeOf("Three patients remain in hospital as of 5:30 p.m.", tuesday, 0)).isEqualTo("2016-05-10");
        assertThat(timeOf("Three patients were discharged at 5:30 p.m.", tuesday, 0)).isNull();
    }

    @Test
    void theNightBeforeADayNamedIsTheDayBeforeIt() {
        LocalDate friday = LocalDate.of(2016, 9, 2);
        assertThat(timeOf("Neighbours gathered after two men were hurt in a fight the night before, on Thursday, Sept. 1, 2016.",
                friday, 0)).isEqualTo("2016-08-31");
        assertThat(timeOf("Two men were hurt on Thursday, Sept. 1, the day before the trial.", friday, 0)).isEqualTo("2016-09-01");
    }
}
