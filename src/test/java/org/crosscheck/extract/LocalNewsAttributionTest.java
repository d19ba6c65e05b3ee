package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ways local news attributes what it reports, each in a sentence of its own. */
class LocalNewsAttributionTest {

    private static final Extractor EXTRACTOR = Extractor.withDefaults();

    private static List<Mention> attributions(String text) {
        return EXTRACTOR.extract(text, LocalDate.of(2016, 5, 10)).of(MentionKind.ATTRIBUTION);
    }

    private static String speakerOfFigure(String text) {
        return EXTRACTOR.extract(text, LocalDate.of(2016, 5, 10)).of(MentionKind.QUANTITY).get(0).speaker();
    }

    @Test
    void aCommonNounInLowerCaseCanBeTheSpeaker() {
        assertThat(speakerOfFigure("Two men were arrested after the fight, police said.")).isEqualTo("police");
        assertThat(speakerOfFigure("Three people were taken to hospital, authorities said.")).isEqualTo("authorities");
    }

    @Test
    void thePresentTenseOfReportingAttributesToo() {
        assertThat(speakerOfFigure("Police say four shots were fired from a passing car.")).isEqualTo("Police");
        assertThat(speakerOfFigure("Witnesses say about 20 people ran from the hall.")).isEqualTo("Witnesses");
    }

    @Test
    void recordsThatShowAFigureAreItsSource() {
        assertThat(speakerOfFigure("Court records show three prior arrests for theft.")).isEqualTo("Court records");
    }

    @Test
    void aPossessiveDescriptionCanSpeak() {
        assertThat(speakerOfFigure("His lawyer said two officers had lied.")).isEqualTo("His lawyer");
    }

    @Test
    void aRoleInLowerCaseBeforeANameAfterSaidGivesTheName() {
        Mention said = attributions("\"It was terrifying,\" said neighbour Anna Berg.").get(0);
        assertThat(said.speaker()).isEqualTo("Anna Berg");
        Mention activist = attributions("\"We want answers,\" said community organiser Tom Reyes.").get(0);
        assertThat(activist.speaker()).isEqualTo("Tom Reyes");
    }

    @Test
    void aBodyThatReportsItsOwnFiguresIsTheirSpeaker() {
        assertThat(speakerOfFigure("Sales grew by 12%, the trade association reported.")).isEqualTo("the trade association");
    }

    @Test
    void theNameOfAStateIsNoVerbOfSaying() {
        assertThat(attributions("Islamic State has over 500 fighters in the valley.")).isEmpty();
    }
}
