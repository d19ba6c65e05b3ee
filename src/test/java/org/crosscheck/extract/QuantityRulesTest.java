package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityRulesTest {

    private static final Extractor EXTRACTOR = Extractor.withDefaults();

    private static List<Mention> quantities(String text) {
        return EXTRACTOR.extract(text, LocalDate.of(2017, 6, 19)).of(MentionKind.QUANTITY);
    }

    private static Mention only(String text) {
        List<Mention> found = quantities(text);
        assertThat(found).as("quantities in: " + text).hasSize(1);
        return found.get(0);
    }

    @Test
    void aboutPutsAToleranceOfFifteenPercentAroundASingleFigure() {
        Mention about = only("Officials say there are about 3,000 fighters in the province.");
        assertThat(about.low()).isEqualTo(2550.0);
        assertThat(about.high()).isEqualTo(3450.0);
        assertThat(about.qualifier()).isEqualTo("about");
    }

    @Test
    void aStatedRangeIsKeptAsStatedEvenWhenHedged() {
        Mention range = only("There are about 2,000 to 3,000 militants in the country.");
        assertThat(range.low()).isEqualTo(2000.0);
        assertThat(range.high()).isEqualTo(3000.0);
        assertThat(range.text()).isEqualTo("about 2,000 to 3,000 militants");
    }

    @Test
    void nearlyMeansJustBelowTheFigure() {
        Mention nearly = only("Police counted nearly 3,500 protesters on the square.");
        assertThat(nearly.low()).isEqualTo(3150.0);
        assertThat(nearly.high()).isEqualTo(3500.0);
    }

    @Test
    void moreThanAndStrongerThanLeaveTheTopOpen() {
        assertThat(only("The group has more than 25 missiles left.").high()).isNull();
        Mention stronger = only("Their force is stronger than 10,000 troops and growing.");
        assertThat(stronger.low()).isEqualTo(10000.0);
        assertThat(stronger.high()).isNull();
    }

    @Test
    void asManyAsLeavesTheBottomOpen() {
        Mention asMany = only("The group has as many as 10,000 troops at the moment.");
        assertThat(asMany.low()).isNull();
        assertThat(asMany.high()).isEqualTo(10000.0);
    }

    @Test
    void onlyKeepsTheFigureExact() {
        Mention only = only("The army is now at only 8,400 troops in the region.");
        assertThat(only.low()).isEqualTo(8400.0);
        assertThat(only.high()).isEqualTo(8400.0);
    }

    @Test
    void vagueAmountsBecomeTheirDocumentedIntervals() {
        assertThat(only("Several hundred fighters are believed to be foreigners.").low()).isEqualTo(200.0);
        Mention hundreds = only("Those numbers are estimated to be in the hundreds, officials said.");
        assertThat(hundreds.low()).isEqualTo(100.0);
        assertThat(hundreds.high()).isEqualTo(999.0);
        Mention dozens = only("Dozens of people were injured in the blast.");
        assertThat(dozens.low()).isEqualTo(24.0);
        assertThat(dozens.high()).isEqualTo(99.0);
        Mention fewThousand = only("A few thousand residents fled the town.");
        assertThat(fewThousand.low()).isEqualTo(2000.0);
        assertThat(fewThousand.high()).isEqualTo(5000.0);
    }

    @Test
    void atLeastOpensAVagueAmountAbove() {
        Mention atLeast = only("It is believed at least several hundred have arrived from Syria.");
        assertThat(atLeast.low()).isEqualTo(200.0);
        assertThat(atLeast.high()).isNull();
    }

    @Test
    void numberWordsAndMultipliersAreRead() {
        assertThat(only("Rebels released twenty-five hostages on the road.").low()).isEqualTo(25.0);
        assertThat(only("The deal is worth 2.5 million dollars to the firm.").low()).isEqualTo(2_500_000.0);
        assertThat(only("The report names a dozen victims of the attack.").low()).isEqualTo(12.0);
        assertThat(only("Between 20 and 30 soldiers were wounded, the army said.").high()).isEqualTo(30.0);
    }

    @Test
    void aParentheticalFigureIsTheCountAndThePartitiveTotalJoinsTheSpan() {
        Mention provinces = only("It recruits in nearly three-quarters (25) of the country’s 34 provinces.");
        assertThat(provinces.low()).isEqualTo(25.0);
        assertThat(provinces.high()).isEqualTo(25.0);
        assertThat(provinces.counted()).isEqualTo("provinces");
        Mention partitive = only("More than 1,500 of 5,000 jihadists from Europe managed to return.");
        assertThat(partitive.low()).isEqualTo(1500.0);
        assertThat(partitive.counted()).isEqualTo("jihadists");
    }

    @Test
    void theCountedNounIsFoundPastAdjectivesAndNormalised() {
        Mention loyal = only("The group has over 10,000 loyal fighters in the country.");
        assertThat(loyal.counted()).isEqualTo("fighters");
        Mention linked = only("He said there were nearly 3,500 ISIS-linked jihadists in the area.");
        assertThat(linked.counted()).isEqualTo("jihadists");
        assertThat(linked.normalized()).isEqualTo("fighters");
    }

    @Test
    void yearsClockTimesFileNamesBadgesAndOrdinalsAreNotQuantities() {
        assertThat(quantities("The movement formed in 1998 and joined the group in 2015.")).isEmpty();
        assertThat(quantities("Screen Shot 2017-06-19 at 8.58.32 PM.png")).isEmpty();
        assertThat(quantities("HOA\nBy HOA\n3 Min Read\n")).isEmpty();
        assertThat(quantities("The meeting starts at 8:30 pm on the 16th floor of the tower.")).isEmpty();
        assertThat(quantities("One can ask whether the F-16 jets will ever fly again.")).isEmpty();
    }

    @Test
    void aRaceDistanceIsNotMillions() {
        assertThat(Extractor.withDefaults().extract("She ran well over 60m indoors and won the 400m hurdles.", null)
                .of(MentionKind.QUANTITY)).isEmpty();
        assertThat(Extractor.withDefaults().extract("The club paid £60m for the striker.", null)
                .of(MentionKind.QUANTITY)).singleElement()
                .satisfies(mention -> assertThat(mention.low()).isEqualTo(60_000_000.0));
    }
}
