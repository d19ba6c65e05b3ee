package org.crosscheck.model.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TimeScaleTest {

    private static final double PRECISE = 1e-9;

    @Test
    void daysAndPixelsConvertBothWays() {
        TimeScale scale = new TimeScale(100, 2);

        assertThat(scale.toX(150)).isEqualTo(100.0);
        assertThat(scale.toDay(100)).isEqualTo(150.0);
    }

    @Test
    void fitAllShowsTheWholeRangeInsideTheMargins() {
        TimeScale scale = TimeScale.fit(1000, 2000, 1040, 20);

        assertThat(scale.toX(1000)).isCloseTo(20, within(PRECISE));
        assertThat(scale.toX(2000)).isCloseTo(1020, within(PRECISE));
    }

    @Test
    void fitAllWidensASingleDayToAMonth() {
        TimeScale scale = TimeScale.fit(500, 501, 330, 15);

        assertThat(scale.pixelsPerDay()).isCloseTo(10, within(PRECISE));
        assertThat(scale.toX(500.5)).isCloseTo(165, within(PRECISE));
    }

    @Test
    void zoomingKeepsTheDayUnderTheCursorInPlace() {
        TimeScale scale = new TimeScale(0, 1);
        double dayUnderCursor = scale.toDay(300);

        TimeScale zoomed = scale.zoomAbout(300, 4);

        assertThat(zoomed.pixelsPerDay()).isEqualTo(4.0);
        assertThat(zoomed.toX(dayUnderCursor)).isCloseTo(300, within(PRECISE));
    }

    @Test
    void zoomStopsAtItsLimits() {
        TimeScale scale = new TimeScale(0, 1);

        assertThat(scale.zoomAbout(0, 1e9).pixelsPerDay()).isEqualTo(TimeScale.MAX_PIXELS_PER_DAY);
        assertThat(scale.zoomAbout(0, 1e-9).pixelsPerDay()).isEqualTo(TimeScale.MIN_PIXELS_PER_DAY);
    }

    @Test
    void panningMovesTheContentWithTheDrag() {
        TimeScale scale = new TimeScale(0, 2);

        TimeScale dragged = scale.pan(50);

        assertThat(dragged.toX(10)).isCloseTo(scale.toX(10) + 50, within(PRECISE));
        assertThat(dragged.pixelsPerDay()).isEqualTo(2.0);
    }
}
