package org.crosscheck.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The verdict matrix is drawn while its cells can be seen and pointed at, and gives way to the bars after. */
class IntervalChartLayoutTest {

    @Test
    void aGroupOfTenHasAMatrixAndItsCellsCanBePointedAt() {
        IntervalChartLayout layout = IntervalChartLayout.of(10, 900, IntervalChartLayout.preferredHeight(10));

        assertThat(layout.drawsMatrix()).isTrue();
        assertThat(layout.cellAt(layout.columnCentre(0), layout.rowCentre(1))).isPresent();
    }

    @Test
    void aGroupOfThousandsHasNoMatrixOfSpecksAndItsBarsTakeTheWidth() {
        IntervalChartLayout layout = IntervalChartLayout.of(7_000, 900, IntervalChartLayout.preferredHeight(7_000));

        assertThat(layout.drawsMatrix()).isFalse();
        assertThat(layout.cellAt(890, layout.rowCentre(5))).isEmpty();
        assertThat(layout.plotRight()).isGreaterThan(850);
    }
}
