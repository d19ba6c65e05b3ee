package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A victim a report refers to by "he" or "she" is one victim when a casualty predicate follows. */
class PronounVictimsTest {

    private static final Extractor EXTRACTOR = Extractor.withDefaults();

    private static List<Mention> events(String text) {
        return EXTRACTOR.extract(text, LocalDate.of(2016, 5, 10)).of(MentionKind.EVENT);
    }

    @Test
    void aPronounWithACasualtyPredicateIsOneVictimAndTheClaimReadsAsAStatement() {
        assertThat(events("Police took Keyon Childs to a hospital, where he was pronounced dead. She was shot in the "
                + "leg. Officers said he later died."))
                .extracting(Mention::text, Mention::role)
                .containsExactly(tuple("he was pronounced dead", "killed"), tuple("She was shot", "shot"),
                        tuple("he later died", "killed"));
    }

    @Test
    void woundsSufferedAndSuccumbingCountToo() {
        assertThat(events("He suffered non-life-threatening injuries. She succumbed to her wounds on Friday."))
                .extracting(Mention::role).containsExactly("injured", "killed");
    }

    @Test
    void aPronounThatDidItOrWasArrestedOrUnhurtIsNoVictim() {
        assertThat(events("He shot at the car. She was arrested on Monday. He was not hurt. She said he ran.")).isEmpty();
    }
}
