package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.extract.Extractor;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Figures;
import org.junit.jupiter.api.Test;

/** Figures are shown as the source gave them, whatever interval the extractor made of them. */
class FiguresTest {

    private static String shown(String sentence) {
        Claim claim = Extractor.withDefaults().extract(sentence, null).suggestions(1).get(0);
        return Figures.of(claim.quantity());
    }

    @Test
    void aHedgedFigureShowsTheFigureTheSourceGaveWithItsInterval() {
        assertThat(shown("Officials estimate the group has roughly 3,000 fighters.")).isEqualTo("≈ 3,000 (2,550–3,450)");
    }

    @Test
    void aHedgedRangeShowsTheRange() {
        assertThat(shown("There are about 2,000 to 3,000 militants in the country.")).isEqualTo("≈ 2,000–3,000");
    }

    @Test
    void openEndsShowAsBounds() {
        assertThat(shown("The group has over 10,000 loyal fighters.")).isEqualTo("≥ 10,000");
        assertThat(shown("The group has fewer than 10,000 troops.")).isEqualTo("≤ 10,000");
    }

    @Test
    void aHighEstimateSaysHowTheComparisonReadsIt() {
        assertThat(shown("The group has as many as 10,000 troops.")).isEqualTo("≤ 10,000 (read as 5,000–10,000)");
    }
}
