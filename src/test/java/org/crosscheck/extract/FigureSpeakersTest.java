package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which attribution a figure is spoken under: the one its own sentence or quotation gives, and no other. */
class FigureSpeakersTest {

    private static final Extractor EXTRACTOR = Extractor.withDefaults();

    private static String speakerOf(String text, String figure) {
        return EXTRACTOR.extract(text, LocalDate.of(2016, 5, 10)).of(MentionKind.QUANTITY).stream()
                .filter(mention -> mention.text().contains(figure)).findFirst().orElseThrow().speaker();
    }

    @Test
    void plainNarrativeBesideAnAttributedSentenceIsTheReportersOwn() {
        String text = "Police said they found four victims inside the house. Two of the victims died at the scene.";
        assertThat(speakerOf(text, "Two of the victims")).isNull();
        assertThat(speakerOf(text, "four victims")).isEqualTo("Police");
    }

    @Test
    void ofTwoReportingClausesAFigureBelongsToTheOneBeforeIt() {
        String text = "Records show the firm lost $5m last year and analysts say the outlook is poor.";
        assertThat(speakerOf(text, "$5m")).isEqualTo("Records");
    }

    @Test
    void aFigureBeforeAnInvertedAttributionIsSpokenByIt() {
        String text = "Three people were hurt, police said, and witnesses told reporters the gunman fled.";
        assertThat(speakerOf(text, "Three people")).isEqualTo("police");
    }

    @Test
    void aQuotationOfSeveralSentencesKeepsItsSpeakerThroughout() {
        String text = "“We heard the shots. There were about 40 people in the hall,” Ann Cole said.";
        assertThat(speakerOf(text, "40 people")).isEqualTo("Ann Cole");
    }

    @Test
    void aQuotationWithoutAnAttributionGoesOnInTheVoiceOfTheOneBefore() {
        String text = "“It was loud,” Ann Cole told reporters. “Then about 20 people ran out of the bar.”";
        assertThat(speakerOf(text, "20 people")).isEqualTo("Ann Cole");
    }

    @Test
    void aSentenceThatMarksItselfAsReportedContinuesThePreviousAttribution() {
        String text = "Officials told reporters they estimate the group has 2,000 members. About 300 fighters are believed to be foreigners.";
        assertThat(speakerOf(text, "300 fighters")).isEqualTo("Officials");
    }

    @Test
    void anOutletReportingOnItsOwnWordSpeaksTheFigure() {
        assertThat(speakerOf("The navy fired more than 20 missiles at the port, CNN reported.", "20 missiles")).isEqualTo("CNN");
    }
}
