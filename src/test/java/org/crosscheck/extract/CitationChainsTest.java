package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.junit.jupiter.api.Test;

class CitationChainsTest {

    private static final Extractor EXTRACTOR = Extractor.withDefaults();

    /** The chains of the figures of {@code text}, published by {@code outlet}. */
    private static List<String> chains(String text, String outlet) {
        List<Claim> figures = EXTRACTOR.extract(text, LocalDate.of(2019, 3, 4)).suggestions(1).stream()
                .filter(claim -> claim.kind() == ClaimKind.QUANTITY).toList();
        return EXTRACTOR.chains(text, figures, outlet, Map.of()).stream().map(CitationChain::describe).toList();
    }

    @Test
    void toldAnAgencyPutsTheAgencyBetweenTheSpeakerAndTheArticle() {
        assertThat(chains("Minister Petra Holm told Reuters that 400 soldiers had crossed the river.", "The Daily Star"))
                .containsExactly("Petra Holm → Reuters → The Daily Star");
    }

    @Test
    void wasQuotedByAndAccordingToMakeTwoCarriersInTheirOrder() {
        assertThat(chains("Jonas Berg was quoted by Interfax as saying 300 families had left, according to The Moscow Times.",
                "Breitbart News")).containsExactly("Jonas Berg → Interfax → The Moscow Times → Breitbart News");
    }

    @Test
    void anOutletReportingOnItsOwnWordIsTheOrigin() {
        assertThat(chains("More than 25 missiles were fired into Syria on Wednesday, CNN reported.", "The Guardian"))
                .containsExactly("CNN → The Guardian");
    }

    @Test
    void aNewsAgencyCitingSomeoneCarriesTheOneItCites() {
        assertThat(chains("Some 1,200 refugees crossed the border, the TASS news agency reported, citing Governor Ivan Petrov.",
                "Al Jazeera")).containsExactly("Ivan Petrov → TASS → Al Jazeera");
    }

    @Test
    void aLaterFigureOfTheSameSpeakerKeepsTheCarrierTheArticleNamedForHim() {
        String text = "Rebels hold the valley, Colonel Amir Khan told the BBC on Monday.\n\n"
                + "In March, Khan said there were nearly 800 rebels in the valley.";
        assertThat(chains(text, "Dawn")).containsExactly("Amir Khan → BBC → Dawn");
    }

    @Test
    void aDescribedSpeakerIsProposedToBeThePersonTheNextSentenceNames() {
        String text = "A senior Kenyan police official has said that at least 60 people were arrested in Nairobi.\n\n"
                + "The deputy inspector general Edward Mbugua made the remarks on Sunday, according to the Daily Nation.";
        assertThat(chains(text, "")).containsExactly("Edward Mbugua → Daily Nation");
    }

    @Test
    void aGroupIsNeverTakenForOnePerson() {
        String text = "About 2,000 militants are in the province, according to army officials.\n\n"
                + "General Tom Ruiz said the army would hold the line.";
        assertThat(chains(text, "")).containsExactly("army officials");
    }

    @Test
    void aHeadlineFigureIsTheFigureTheArticleAttributes() {
        String text = "Over 5,000 fighters gather at the border\n\n"
                + "There are over 5,000 fighters at the border, Defence Minister Lena Vogt told Der Spiegel.";
        assertThat(chains(text, "DW")).containsExactly("Lena Vogt → Der Spiegel → DW", "Lena Vogt → Der Spiegel → DW");
    }

    @Test
    void theSampleCarriesKabulovThroughInterfaxAndRiaNovosti() throws Exception {
        assertThat(chains(Files.readString(Path.of("seeds/001_36f46dd0645e455e.txt")), "Breitbart News"))
                .contains("Zamir Kabulov → Interfax → The Moscow Times → Breitbart News");
        assertThat(chains(Files.readString(Path.of("seeds/002_8810225d187fbb5a.txt")), "RT"))
                .contains("Zamir Kabulov → RIA Novosti → RT").doesNotContain("RT");
        assertThat(chains(Files.readString(Path.of("seeds/003_f3c4184bfe560a5e.txt")), ""))
                .contains("Alexander Bortnikov → RT").doesNotContain("A top Russian security official");
    }
}
