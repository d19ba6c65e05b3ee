package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.Claim;
import java.util.Set;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.TimeReference;
import org.junit.jupiter.api.Test;

/** A claim's row names its chain where the chain says more than the speaker, else the speaker alone. */
class ChainWordsTest {

    private static Claim saidBy(String speaker) {
        return new Claim(1, 1, 0, 10, ClaimKind.QUANTITY, ClaimStatus.CONFIRMED, ClaimOrigin.MANUAL, "", speaker, "", "",
                TimeReference.NONE, Quantity.EMPTY, Set.of(), "");
    }

    @Test
    void aChainThroughAnAgencyIsShownWhole() {
        CitationChain chain = new CitationChain("Kabulov", List.of("Interfax"), "Breitbart News", false);

        assertThat(ChainWords.of(saidBy("Kabulov"), chain)).isEqualTo("Kabulov → Interfax → Breitbart News");
    }

    @Test
    void aDescribedSpeakerShowsWhoTheyAre() {
        CitationChain chain = new CitationChain("Alexander Bortnikov", List.of(), "RT", false);

        assertThat(ChainWords.of(saidBy("A top Russian security official"), chain)).isEqualTo("Alexander Bortnikov → RT");
    }

    @Test
    void aSpeakerQuotedByTheArticleItselfIsTheSpeakerAlone() {
        CitationChain chain = new CitationChain("the Russian official", List.of(), "RT", false);

        assertThat(ChainWords.of(saidBy("The Russian official"), chain)).isEqualTo("The Russian official");
        assertThat(ChainWords.of(saidBy("Kabulov"), null)).as("before the chain is read").isEqualTo("Kabulov");
    }
}
