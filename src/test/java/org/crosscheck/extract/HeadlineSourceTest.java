package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Headline style names its source in one word before a colon. */
class HeadlineSourceTest {

    private static final Extractor EXTRACTOR = Extractor.withDefaults();

    private static String speakerOfFigure(String text) {
        return EXTRACTOR.extract(text, LocalDate.of(2016, 5, 10)).of(MentionKind.QUANTITY).get(0).speaker();
    }

    @Test
    void aNameBeforeTheHeadlinesColonIsItsSource() {
        assertThat(speakerOfFigure("Police: Gunman wounded 3 people outside a bar\nThe shooting happened late on Friday."))
                .isEqualTo("Police");
        assertThat(speakerOfFigure("KCPD: Two men arrested after a chase\nOfficers stopped the car on Main Street."))
                .isEqualTo("KCPD");
    }

    @Test
    void aLabelOfThePageIsNoSource() {
        assertThat(speakerOfFigure("VIDEO: Two men arrested after a chase\nOfficers stopped the car on Main Street.")).isNull();
    }

    @Test
    void aColonInRunningTextIsNoHeadline() {
        assertThat(speakerOfFigure("Officers found this: two men hiding in a shed. They were arrested.")).isNull();
    }
}
