package org.crosscheck.model.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DensityColumnsTest {

    @Test
    void eachColumnCountsTheItemsThatCoverIt() {
        DensityColumns columns = new DensityColumns();
        columns.reset(10);

        columns.add(2, 5);
        columns.add(4, 4.5);
        columns.add(4.2, 8);
        columns.accumulate();

        assertThat(columns.at(1)).isZero();
        assertThat(columns.at(3)).isEqualTo(1);
        assertThat(columns.at(4)).isEqualTo(3);
        assertThat(columns.at(7)).isEqualTo(1);
        assertThat(columns.at(9)).isZero();
    }

    @Test
    void itemsPartlyOutsideThePlotCountOnlyWhereVisible() {
        DensityColumns columns = new DensityColumns();
        columns.reset(5);

        columns.add(-20, 1);
        columns.add(3, 400);
        columns.add(-9, -1);
        columns.accumulate();

        assertThat(columns.at(0)).isEqualTo(1);
        assertThat(columns.at(2)).isZero();
        assertThat(columns.at(4)).isEqualTo(1);
        assertThat(columns.at(-1)).isZero();
    }

    @Test
    void aResetForgetsThePreviousLane() {
        DensityColumns columns = new DensityColumns();
        columns.reset(5);
        columns.add(0, 4);
        columns.accumulate();

        columns.reset(5);
        columns.accumulate();

        assertThat(columns.at(2)).isZero();
    }
}
