package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Casualty clauses local news writes that the role of its victims depends on: struck by a bullet,
 * a second act on oneself, and a headline's verb whose object is the victim. Sentences written for
 * this test, not taken from any corpus.
 */
class CasualtyClausesTest {

    private static final Extractor EXTRACTOR = Extractor.withDefaults();

    private static List<Mention> events(String text) {
        return EXTRACTOR.extract(text, LocalDate.of(2016, 5, 10)).of(MentionKind.EVENT);
    }

    /** The events of a headline over a lead that has none. */
    private static List<Mention> headlineEvents(String headline) {
        return events(headline + "\n\nPolice are investigating the case.");
    }

    @Test
    void oneStruckByABulletOrGunfireWasShotButOneHitByACarWasNot() {
        assertThat(events("A 15-year-old girl was struck by a stray bullet on Monday night."))
                .extracting(Mention::text, Mention::role).containsExactly(tuple("A 15-year-old girl", "shot"));
        assertThat(events("A woman was grazed in the arm by gunfire outside the bar."))
                .extracting(Mention::role).containsExactly("shot");
        assertThat(events("A cyclist was hit by a car on Elm Street.")).isEmpty();
    }

    @Test
    void oneWhoShotAnotherAndThenHimselfIsAmongTheDead() {
        assertThat(events("Police said the man shot his wife and then killed himself."))
                .extracting(Mention::text, Mention::role)
                .containsExactly(tuple("the man", "killed"), tuple("his wife", "shot"));
        assertThat(events("Police said the man shot his wife and called 911.")).extracting(Mention::text)
                .containsExactly("his wife");
    }

    @Test
    void anAccompliceIsAPerson() {
        assertThat(events("Police said an accomplice was arrested two days later.")).extracting(Mention::role)
                .containsExactly("arrested");
    }

    @Test
    void theObjectOfAHeadlinesCasualtyVerbIsItsVictim() {
        assertThat(headlineEvents("Man shoots wife at home")).extracting(Mention::text, Mention::role)
                .containsExactly(tuple("wife", "shot"));
        assertThat(headlineEvents("Woman stabs neighbor in Dayton")).extracting(Mention::text, Mention::role)
                .containsExactly(tuple("neighbor", "stabbed"));
    }

    @Test
    void aPastVerbAfterItsSubjectIsActiveAndItsSubjectNoVictim() {
        assertThat(headlineEvents("Father accidentally shot, killed teen son"))
                .extracting(Mention::text, Mention::role).containsExactly(tuple("teen son", "killed"));
        assertThat(headlineEvents("Man shot, killed in Akron")).extracting(Mention::text, Mention::role)
                .containsExactly(tuple("Man", "killed"));
    }

    @Test
    void oneGunnedDownWasKilled() {
        assertThat(events("A 22-year-old man was gunned down on Friday.")).extracting(Mention::role)
                .containsExactly("killed");
    }
}
