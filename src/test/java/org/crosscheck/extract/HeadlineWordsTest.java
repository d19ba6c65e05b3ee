package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineWordsTest {

    @Test
    void theSiteNameAfterTheHeadlineIsCutOff() {
        assertThat(HeadlineWords.of("Teen hurt in shooting at Elm Park court :: Channel 9 Eastbrook"))
                .containsExactly("teen", "hurt", "shooting", "elm", "park", "court");
        assertThat(HeadlineWords.of("Clerk wounded in store robbery - Valley Herald | Local News"))
                .containsExactly("clerk", "wounded", "store", "robbery");
    }

    @Test
    void aSectionNameBeforeTheHeadlineGivesWayToTheLongerPart() {
        assertThat(HeadlineWords.of("Local News | Two men shot outside a bar on Elm Street"))
                .containsExactly("2", "men", "shot", "outside", "bar", "elm", "street");
    }

    @Test
    void numbersAreDigitsWordsAreSingularAndGrammarIsLeftOut() {
        assertThat(HeadlineWords.of("Five injured as gunmen open fire on parked vehicles"))
                .containsExactly("5", "injured", "gunmen", "open", "fire", "parked", "vehicle");
    }

    @Test
    void aPossessiveIsTheNameItBelongsTo() {
        assertThat(HeadlineWords.of("Gunfire on Millbrook's east side")).containsExactly("gunfire", "millbrook", "east", "side");
    }

    @Test
    void noTitleHasNoWords() {
        assertThat(HeadlineWords.of(null)).isEmpty();
        assertThat(HeadlineWords.of("  ")).isEmpty();
    }
}
