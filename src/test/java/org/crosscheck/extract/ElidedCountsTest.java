package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts whose noun is elided, and "one" where it counts. */
class ElidedCountsTest {

    private static final Extractor EXTRACTOR = Extractor.withDefaults();

    private static List<String> quantities(String text) {
        return EXTRACTOR.extract(text, LocalDate.of(2016, 5, 10)).of(MentionKind.QUANTITY).stream().map(Mention::text).toList();
    }

    @Test
    void oneListedWithOtherCountsIsACount() {
        assertThat(quantities("She was charged with two counts of fraud and one count of theft."))
                .containsExactly("two counts", "one count");
        assertThat(quantities("The fire destroyed one house, four barns and a shed.")).containsExactly("one house", "four barns");
    }

    @Test
    void oneInAHeadingIsItsToll() {
        assertThat(quantities("Crash on Route 9 at dawn - one fatality\n\nThe driver lost control on the bend."))
                .containsExactly("one fatality");
    }

    @Test
    void oneAloneInRunningTextIsNoCount() {
        assertThat(quantities("He has one brother and lives on the farm with him.")).isEmpty();
        assertThat(quantities("It was one thing to promise and another to do it.")).isEmpty();
    }

    @Test
    void aFigureAfterAFrontedPartitiveCountsItsNoun() {
        assertThat(quantities("Of the six passengers, four remain in hospital tonight.")).containsExactly("six passengers", "four");
    }

    @Test
    void theEndOfAChangeIsAnAmount() {
        assertThat(quantities("Twenty crews were called out; that number has since fallen to 4 this morning.")).contains("4");
    }
}
