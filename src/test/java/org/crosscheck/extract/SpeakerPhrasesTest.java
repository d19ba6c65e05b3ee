package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The speaker a reporting clause names, trimmed of what is not the speaker, and the verbs that report. */
class SpeakerPhrasesTest {

    private static final Extractor EXTRACTOR = Extractor.withDefaults();

    private static List<String> speakers(String text) {
        return EXTRACTOR.extract(text, LocalDate.of(2016, 5, 10)).of(MentionKind.ATTRIBUTION).stream()
                .map(Mention::speaker).toList();
    }

    private static String speakerOfFigure(String text) {
        return EXTRACTOR.extract(text, LocalDate.of(2016, 5, 10)).of(MentionKind.QUANTITY).get(0).speaker();
    }

    @Test
    void aTimeBetweenSpeakerAndVerbIsNotPartOfTheSpeaker() {
        assertThat(speakers("The charity's annual report this week said aid had fallen.")).containsExactly("The charity's annual report");
        assertThat(speakers("Union leader Mary Lane in March said talks had failed.")).containsExactly("Mary Lane");
    }

    @Test
    void aClauseDescribingTheSpeakerAfterItsNounIsNotPartOfTheSpeaker() {
        assertThat(speakers("A United Nations report released in September revealed that the camps had grown."))
                .containsExactly("A United Nations report");
        assertThat(speakers("A study published by the university found that 300 pupils were absent."))
                .containsExactly("A study");
        assertThat(speakers("Two officials speaking on condition of anonymity said the talks had stalled."))
                .containsExactly("Two officials");
        assertThat(speakers("The survey carried out by pollsters found that 300 voters were undecided."))
                .containsExactly("The survey");
    }

    @Test
    void aParticipleBeforeTheNounOrANounInIngStaysInTheSpeaker() {
        assertThat(speakers("A retired army general said the border was quiet.")).containsExactly("A retired army general");
        assertThat(speakers("A ministry briefing said the border was quiet.")).containsExactly("A ministry briefing");
        assertThat(speakers("The Ohio-based company said it would hire 200 staff.")).containsExactly("The Ohio-based company");
    }

    @Test
    void aPersonSpeaksForTheBodyTheyAreWith() {
        assertThat(speakers("Sgt. Dana Price with Akron Police said the road was closed.")).containsExactly("Dana Price");
    }

    @Test
    void aBracketedAcronymBeforeTheVerbIsPassedOver() {
        assertThat(speakerOfFigure("The International Labour Office (ILO) said 40 million people work unpaid."))
                .isEqualTo("The International Labour Office");
    }

    @Test
    void aNameThatTakesTheArticleCanSpeak() {
        assertThat(speakerOfFigure("Profits rose by 8%, the OECD reported.")).isEqualTo("the OECD");
    }

    @Test
    void verbsOfHoldingAViewReportIt() {
        assertThat(speakerOfFigure("Organisers hope to draw 5,000 visitors to the fair.")).isEqualTo("Organisers");
        assertThat(speakerOfFigure("Economists predict growth of 3% next year.")).isEqualTo("Economists");
        assertThat(speakerOfFigure("The mayor accused the council of cutting 200 jobs.")).isEqualTo("The mayor");
    }

    @Test
    void verbsThatReportOnlyWithAClauseNeedOne() {
        assertThat(speakerOfFigure("Detectives learned that three men had fled.")).isEqualTo("Detectives");
        assertThat(speakers("The company agreed to pay $2m to the families.")).isEmpty();
    }

    @Test
    void aVerbThatIsANounAsOftenReportsOnlyInLowerCase() {
        assertThat(speakerOfFigure("The affidavit states four shots were fired.")).isEqualTo("The affidavit");
        assertThat(speakers("Troops from the United States arrived in 2004.")).isEmpty();
    }

    @Test
    void aPronounEndingALongerPhraseIsTheSubjectOfARelativeClause() {
        assertThat(speakers("Police are looking for a man they say robbed two banks.")).doesNotContain("looking for a man they");
    }

    @Test
    void itSpeaksForTheLastBodyThatSpoke() {
        String text = "Acme, the largest mill in the region, has reported a loss. It said that 300 workers would go.";
        assertThat(speakers(text)).containsExactly("Acme", "Acme");
    }

    @Test
    void theySpeaksForAGroupNamedBeforeItInTheSentence() {
        assertThat(speakers("Detectives are looking for a woman they say stole two cars.")).containsExactly("Detectives");
    }

    @Test
    void aDefiniteDescriptionTakesUpTheSpeakerItNamesAgain() {
        String text = "The charity's Counting the Cost report said aid had fallen. The report said 12 donors had cut their budgets.";
        assertThat(speakers(text)).containsExactly("The charity's Counting the Cost report", "The charity's Counting the Cost report");
    }

    @Test
    void anAcronymIsANameEvenWhenItSpellsAClauseWord() {
        assertThat(speakers("Funding fell short by $2bn, the WHO said.")).containsExactly("the WHO");
    }
}
