package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTimesTest {

    private final Extractor extractor = Extractor.withDefaults();

    @Test
    void aDateBelongsToTheFigureItIsNotSeparatedFromByAnotherFigure() {
        List<Mention> quantities = extractor.extract("The U.S. now has only 8,400 troops in the country, down from "
                + "more than 100,000 in 2011.", LocalDate.of(2017, 6, 19)).of(MentionKind.QUANTITY);

        assertThat(quantities).hasSize(2);
        assertThat(quantities.get(0).refersTo().date().isKnown()).isFalse();
        assertThat(quantities.get(1).refersTo().date().display()).isEqualTo("2011");
    }

    @Test
    void aDateBeforeASingleFigureStillBelongsToIt() {
        Mention quantity = extractor.extract("In March, about 2,000 militants crossed the border.",
                LocalDate.of(2015, 10, 8)).of(MentionKind.QUANTITY).get(0);

        assertThat(quantity.refersTo().date().display()).isEqualTo("2015-03");
    }
}
