package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SubgroupsTest {

    private final Extractor extractor = Extractor.withDefaults();

    private Mention quantity(String text) {
        return extractor.extract(text, LocalDate.of(2020, 1, 1)).of(MentionKind.QUANTITY).get(0);
    }

    @Test
    void aComplementNamingNationalitiesNarrowsWhatIsCounted() {
        Mention mention = quantity("Officials say some 800 militants are believed to be Chechen and Uzbek.");

        assertThat(mention.normalized()).isEqualTo("fighters (Chechen, Uzbek)");
    }

    @Test
    void fightersComingFromARegionAreCountedApart() {
        Mention mention = quantity("More than 300 fighters from Central Asia crossed the border last year.");

        assertThat(mention.normalized()).isEqualTo("fighters (Central Asian)");
    }

    @Test
    void thoseNumbersPointBackToThePeopleNamedBefore() {
        Mention mention = extractor.extract("The group has been recruiting young Tajiks from Central Asia to fill its "
                + "ranks. Those numbers are estimated to be in the thousands, officials said.", null)
                .of(MentionKind.QUANTITY).get(0);

        assertThat(mention.normalized()).isEqualTo("fighters (Central Asian, Tajik)");
    }

    @Test
    void aFigureForTheWholeForceKeepsItsPlainNoun() {
        assertThat(quantity("The army says it faces roughly 3,000 fighters in the province.").normalized())
                .isEqualTo("fighters");
    }
}
