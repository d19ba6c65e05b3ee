package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ColumnSqueezeTest {

    private static final int[] SOURCE_AND_SPEAKER = {0, 1};

    @Test
    void columnsThatFitKeepTheirWidths() {
        double[] natural = {200, 180, 80, 80, 100};

        assertThat(ColumnSqueeze.fit(natural, SOURCE_AND_SPEAKER, 120, 800)).containsExactly(natural);
    }

    @Test
    void tooWideColumnsLetTheWrappingOnesGiveUpTheDifference() {
        double[] natural = {240, 200, 80, 80, 100, 100, 90};   // 890 in a table of 780

        double[] fitted = ColumnSqueeze.fit(natural, SOURCE_AND_SPEAKER, 120, 780);

        assertThat(Arrays.stream(fitted).sum()).isCloseTo(780, within(0.01));
        assertThat(Arrays.copyOfRange(fitted, 2, 7)).containsExactly(80, 80, 100, 100, 90);
        // each gives in proportion to what it has above the least width: 120 and 80 of 200
        assertThat(fitted[0]).isCloseTo(240 - 110 * 120.0 / 200, within(0.01));
        assertThat(fitted[1]).isCloseTo(200 - 110 * 80.0 / 200, within(0.01));
    }

    @Test
    void wrappingColumnsNeverBecomeNarrowerThanTheLeastWidth() {
        double[] natural = {240, 200, 300, 300};

        double[] fitted = ColumnSqueeze.fit(natural, SOURCE_AND_SPEAKER, 120, 500);

        assertThat(fitted).containsExactly(120, 120, 300, 300);
    }

    @Test
    void beforeTheTableIsLaidOutNothingChanges() {
        double[] natural = {240, 200};

        assertThat(ColumnSqueeze.fit(natural, SOURCE_AND_SPEAKER, 120, 0)).containsExactly(natural);
    }
}
