package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the phrase of one victim is read: its head noun, its apposition, the verb before a named victim. */
class VictimPhrasesTest {

    private static final Extractor EXTRACTOR = Extractor.withDefaults();

    private static List<Mention> events(String text) {
        return EXTRACTOR.extract(text, LocalDate.of(2016, 5, 10)).of(MentionKind.EVENT);
    }

    @Test
    void ofPersonWordsInARowTheLastIsTheHead() {
        assertThat(events("A teen boy was shot and killed on Monday. Flores and the female victim suffered minor injuries."))
                .extracting(Mention::text, Mention::role)
                .containsExactly(tuple("A teen boy", "killed"), tuple("the female victim", "injured"));
    }

    @Test
    void huntersDetectivesAndIntrudersArePeopleToo() {
        assertThat(events("A hunter has been found dead in the woods. An intruder was shot by the homeowner."))
                .extracting(Mention::role).containsExactly("killed", "shot");
    }

    @Test
    void anAppositionAfterANameIsReadPast() {
        assertThat(events("Keyon Lamar Childs, a 26-year-old black man, was fatally shot Thursday."))
                .extracting(Mention::text, Mention::role).containsExactly(tuple("a 26-year-old black man", "killed"));
    }

    @Test
    void theVerbBeforeANamedVictimGivesTheRoleBeforeThePredicateAfterIt() {
        assertThat(events("The suspect police believe shot and killed 3-year-old Amiracle Williams has been charged."))
                .extracting(Mention::role).containsExactly("killed");
    }

    @Test
    void aRelativeClauseAfterACommaTellsWhatBecameOfThePerson() {
        assertThat(events("The gun went off, striking Matt Anderson, who died at the scene. Police arrested John "
                + "Smith, who shot a man on Friday."))
                .extracting(Mention::text, Mention::role)
                .containsExactly(tuple("Matt Anderson", "killed"), tuple("John Smith", "arrested"), tuple("a man", "shot"));
    }

    @Test
    void thePhraseOrAWoundTheClauseGivesSaysWhatBecameOfThePerson() {
        assertThat(events("Officers found an injured man in the lot. The dead man was identified on Monday. A juvenile "
                + "walked into a hospital with a gunshot wound. A 12-year-old is recovering after suffering from a "
                + "gunshot wound. A man with a gun walked into the store."))
                .extracting(Mention::text, Mention::role)
                .containsExactly(tuple("an injured man", "injured"), tuple("The dead man", "killed"),
                        tuple("A juvenile", "injured"), tuple("A 12-year-old", "injured"));
    }

    @Test
    void anAgeBeforeSuffersStandsForThePerson() {
        assertThat(events("A 12-year-old suffers non-life threatening injuries in Norfolk shooting."))
                .extracting(Mention::role).containsExactly("injured");
    }

    @Test
    void aShootingVictimWasShotButAShootingSuspectWasNot() {
        assertThat(events("Police said a shooting victim walked into the hospital. The homicide victim was a local man. "
                + "A shooting suspect ran."))
                .extracting(Mention::text, Mention::role)
                .containsExactly(tuple("a shooting victim", "shot"), tuple("The homicide victim", "killed"));
    }

    @Test
    void oneRecoveringWasInjuredButRecoveringAGunIsNoToll() {
        assertThat(events("A 12-year-old is recovering after the shooting. A mom recovers at home. Police are "
                + "recovering the stolen gun."))
                .extracting(Mention::role).containsExactly("injured", "injured");
    }
}
