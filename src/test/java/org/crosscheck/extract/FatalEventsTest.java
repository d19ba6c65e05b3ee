package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A fatal shooting says someone died; a double or non-fatal one is not read as one death. */
class FatalEventsTest {

    private static final Extractor EXTRACTOR = Extractor.withDefaults();

    private static List<Mention> events(String text) {
        return EXTRACTOR.extract(text, LocalDate.of(2016, 5, 10)).of(MentionKind.EVENT);
    }

    @Test
    void aFatalShootingCountsOneKilledWithThePlaceItNames() {
        assertThat(events("Police are investigating a fatal shooting on the east side. Officers said the deadly "
                + "stabbing happened nearby. One arrested in fatal Grove City shooting."))
                .extracting(Mention::text, Mention::role)
                .containsExactly(tuple("fatal shooting", "killed"), tuple("deadly stabbing", "killed"),
                        tuple("fatal Grove City shooting", "killed"));
    }

    @Test
    void aDoubleOrNonFatalShootingOrOneWhoseDeadAreCountedIsNoNewStatement() {
        assertThat(events("Police investigate a non-fatal shooting on Monday. A double fatal shooting shook the town. "
                + "A fatal double shooting followed."))
                .isEmpty();
        assertThat(events("A man was killed in a fatal shooting on Monday.")).extracting(Mention::text)
                .containsExactly("A man");
    }

    @Test
    void aShootingDeathCountsOneKilled() {
        assertThat(events("A Helena man was charged on Monday in the shooting death at the park."))
                .extracting(Mention::text, Mention::role)
                .containsExactly(tuple("A Helena man", "charged"), tuple("shooting death", "killed"));
    }
}
