package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.Quantity;
import org.junit.jupiter.api.Test;

/** Points of English grammar and usage that decide what is an amount, each with sentences of its own. */
class QuantityGrammarTest {

    private static final Extractor EXTRACTOR = Extractor.withDefaults();

    private static List<Mention> quantities(String text) {
        return EXTRACTOR.extract(text, LocalDate.of(2016, 5, 10)).of(MentionKind.QUANTITY);
    }

    private static Mention only(String text) {
        List<Mention> found = quantities(text);
        assertThat(found).as("quantities in: " + text).hasSize(1);
        return found.get(0);
    }

    @Test
    void aHedgeBeforeACurrencySignHedgesTheSum() {
        Mention over = only("The festival took over $40m at the gate this year.");
        assertThat(over.text()).isEqualTo("over $40m");
        assertThat(over.low()).isEqualTo(4e7);
        assertThat(over.high()).isNull();
        assertThat(only("The charity hopes to raise at least £80,000 from the auction.").high()).isNull();
    }

    @Test
    void addUpToStatesASumNotACeiling() {
        Mention sum = only("Last year sales in the region added up to 5,400bn yen.");
        assertThat(sum.low()).isEqualTo(5.4e12);
        assertThat(sum.high()).isEqualTo(5.4e12);
    }

    @Test
    void aFigureWithAScaleWordIsAnAmountEvenWithoutItsNoun() {
        Mention elided = only("Turnover reached its peak, against 2.4bn a year before, the firm said.");
        assertThat(elided.low()).isEqualTo(2.4e9);
        assertThat(only("Of the 2.5 million who applied, few were accepted.").low()).isEqualTo(2.5e6);
    }

    @Test
    void aUnitWrittenOntoTheFigureIsWhatItCounts() {
        Mention pence = only("The shares closed at 155p on the day.");
        assertThat(pence.low()).isEqualTo(155.0);
        assertThat(pence.counted()).isEqualTo("p");
        assertThat(only("The new player stores 20GB of songs.").counted()).isEqualTo("GB");
    }

    @Test
    void halfAScaleWordIsHalfOfIt() {
        Mention half = only("Organisers expect about half a million visitors next week.");
        assertThat(half.text()).isEqualTo("about half a million visitors");
        assertThat(half.low()).isEqualTo(425_000.0);
        assertThat(half.high()).isEqualTo(575_000.0);
    }

    @Test
    void aPluralOfAScaleWordMeansAtLeastTwoOfIt() {
        Mention thousands = only("Thousands of fans queued outside the stadium.");
        assertThat(thousands.low()).isEqualTo(2000.0);
        assertThat(thousands.high()).isEqualTo(9999.0);
        Mention millions = only("The virus reached millions of computers within days.");
        assertThat(millions.low()).isEqualTo(2e6);
        assertThat(millions.high()).isEqualTo(9_999_999.0);
    }

    @Test
    void otherAndMoreAfterAFigureAreNotItsNoun() {
        assertThat(only("The girl was at home with her mother and three other women.").counted()).isEqualTo("women");
        assertThat(only("Later that night two more people came to the door.").counted()).isEqualTo("people");
    }

    @Test
    void coordinatedModifiersKeepTheirNoun() {
        Mention countries = only("Ministers from 14 Asian and African countries met in the capital.");
        assertThat(countries.text()).isEqualTo("14 Asian and African countries");
    }

    @Test
    void capitalisedPluralsOfAcronymsPeoplesAndHeadlinesAreCounted() {
        assertThat(only("A group of seven MPs wrote to the minister.").counted()).isEqualTo("MPs");
        assertThat(only("The scheme will help two million Kenyans.").counted()).isEqualTo("Kenyans");
        assertThat(only("CRASH ON THE BYPASS LEAVES THREE FATALITIES").low()).isEqualTo(3.0);
    }

    @Test
    void aNumberWordStartsAnotherFigureAndEndsTheNounPhrase() {
        List<Mention> found = quantities("Sales rose to 300,000 six months after the launch, dealers said.");
        assertThat(found).extracting(Mention::text).doesNotContain("300,000 six months");
    }

    @Test
    void timesAfterAVerbCountsTheActButAMultiplierIsNoCount() {
        Mention hits = only("The driver was shot four times in the chest, police said.");
        assertThat(hits.text()).isEqualTo("four times");
        assertThat(hits.counted()).isEqualTo("times");
        assertThat(quantities("The new hall is four times the size of the old one.")).isEmpty();
    }

    @Test
    void oneOfTheNamesASingleMemberNotACount() {
        assertThat(quantities("Police said one of the drivers was taken into custody.")).isEmpty();
    }

    @Test
    void countersEmergencyNumbersStationNamesAndRatioBasesAreNotAmounts() {
        assertThat(quantities("Photo 2 of 6 Crowds gather outside the court on Monday.")).isEmpty();
        assertThat(quantities("Neighbours heard the shots and made several 911 calls.")).extracting(Mention::low)
                .doesNotContain(911.0);
        assertThat(quantities("The presenter's Radio 2 programme moves to the evening.")).isEmpty();
        assertThat(quantities("One in 5 British adults now owns a tablet.")).extracting(Mention::text)
                .doesNotContain("5 British adults");
    }

    @Test
    void asManyAsAndUpToAreReadAsAHighEstimateWhenCompared() {
        Mention asMany = only("The army has as many as 8,000 soldiers in the north.");
        assertThat(asMany.low()).isNull(); // stated: the words bound it from above only
        assertThat(new Quantity(asMany.low(), asMany.high(), asMany.qualifier(), "", "").asMeant()).containsExactly(4000.0, 8000.0);
        Mention upTo = only("The plan could cut up to 600 jobs.");
        assertThat(new Quantity(upTo.low(), upTo.high(), upTo.qualifier(), "", "").asMeant()).containsExactly(300.0, 600.0);
    }

    @Test
    void fewerThanAndAtMostKeepTheirOpenLowEndWhenCompared() {
        Mention fewer = only("Fewer than 40 people attended the meeting.");
        assertThat(new Quantity(fewer.low(), fewer.high(), fewer.qualifier(), "", "").asMeant()).containsExactly(null, 40.0);
    }

    @Test
    void anObjectOrAPlaceOnTheBodyMayStandBetweenTheActAndItsCount() {
        assertThat(only("A guard shot Tom Reyes twice, then shot his brother three times.").text()).isEqualTo("three times");
        assertThat(only("The clerk was stabbed in the arm four times.").counted()).isEqualTo("times");
        assertThat(quantities("He phoned his mother, three times a week.")).isEmpty();
    }

    @Test
    void dozensOfAFigureInWordsAndAHandfulAreAmounts() {
        List<Mention> found = EXTRACTOR.extract("Two dozen homes burned and a handful of residents stayed.",
                LocalDate.of(2016, 5, 10)).of(MentionKind.QUANTITY);
        assertThat(found).extracting(Mention::low).containsExactly(24.0, 3.0);
        assertThat(found).extracting(Mention::high).containsExactly(24.0, 6.0);
    }

    @Test
    void theEarlierValueOfARevisedTollCountsTheSameAndKeepsItsRole() {
        List<Mention> found = EXTRACTOR.extract("At least 11 people have died, up from 9 on Friday.",
                LocalDate.of(2016, 5, 10)).of(MentionKind.QUANTITY);
        assertThat(found).extracting(Mention::low).containsExactly(11.0, 9.0);
        assertThat(found).extracting(Mention::role).containsExactly("killed", "killed");
        assertThat(found.get(1).normalized()).isEqualTo("people");
    }
}
