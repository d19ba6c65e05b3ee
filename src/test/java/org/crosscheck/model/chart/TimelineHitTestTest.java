package org.crosscheck.model.chart;

import org.crosscheck.model.LaneMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.model.chart.TimelineFixtures.day;
import static org.crosscheck.model.chart.TimelineFixtures.epochDay;
import static org.crosscheck.model.chart.TimelineFixtures.item;
import static org.crosscheck.model.chart.TimelineFixtures.year;

import java.util.List;
import org.crosscheck.model.chart.TimelineLayout.Lane;
import org.crosscheck.model.chart.TimelineLayout.PlacedItem;
import org.junit.jupiter.api.Test;

class TimelineHitTestTest {

    private static final TimelineGeometry GEOMETRY = TimelineGeometry.STANDARD;
    private static final TimeScale SCALE = new TimeScale(epochDay(2017, 1, 1), 2);
    private static final TimelineLayout LAYOUT = TimelineLayout.compute(
            List.of(item(1, 1, year(2017)), item(2, 1, day(2017, 6, 1)), item(3, 2, day(2017, 6, 1))),
            List.of(), LaneMode.SOURCE, SCALE);

    @Test
    void aPointOnADiamondFindsThatItem() {
        assertThat(hitAt(2, 0)).contains(2L);
    }

    @Test
    void theSameDayInAnotherLaneFindsTheOtherLanesItem() {
        assertThat(hitAt(3, 0)).contains(3L);
    }

    @Test
    void aPointInsideAYearBarFindsTheYear() {
        PlacedItem year = placed(1);
        Lane lane = LAYOUT.lanes().get(year.lane());
        double x = GEOMETRY.gutterWidth() + SCALE.toX(epochDay(2017, 3, 1));
        double y = GEOMETRY.rowTop(lane, year.row(), 0) + GEOMETRY.rowHeight() / 2;

        assertThat(TimelineHitTest.find(LAYOUT, SCALE, GEOMETRY, 0, x, y)).map(p -> p.item().claimId()).contains(1L);
    }

    @Test
    void theGutterAndTheAxisHitNothing() {
        assertThat(TimelineHitTest.find(LAYOUT, SCALE, GEOMETRY, 0, 10, 60)).isEmpty();
        assertThat(TimelineHitTest.find(LAYOUT, SCALE, GEOMETRY, 0, 400, 5)).isEmpty();
    }

    @Test
    void aPointOnALaneLabelFindsThatLaneForItsHoverText() {
        Lane second = LAYOUT.lanes().get(1);
        double y = GEOMETRY.rowTop(second, 0, 0) + GEOMETRY.rowHeight() / 2;

        assertThat(TimelineHitTest.laneAt(LAYOUT, GEOMETRY, 0, 10, y)).contains(second);
        assertThat(TimelineHitTest.laneAt(LAYOUT, GEOMETRY, 0, GEOMETRY.gutterWidth() + 5, y)).isEmpty();
    }

    @Test
    void scrollingMovesTheHitWithTheContent() {
        assertThat(hitAt(2, 0)).contains(2L);
        assertThat(hitAt(2, GEOMETRY.rowHeight() * 40)).isEmpty();
    }

    private static java.util.Optional<Long> hitAt(long claimId, double scrollY) {
        PlacedItem target = placed(claimId);
        Lane lane = LAYOUT.lanes().get(target.lane());
        double x = GEOMETRY.gutterWidth() + SCALE.toX(target.span().middle());
        double y = GEOMETRY.rowTop(lane, target.row(), 0) + GEOMETRY.rowHeight() / 2;
        return TimelineHitTest.find(LAYOUT, SCALE, GEOMETRY, scrollY, x, y).map(p -> p.item().claimId());
    }

    private static PlacedItem placed(long claimId) {
        return LAYOUT.placed().stream().filter(p -> p.item().claimId() == claimId).findFirst().orElseThrow();
    }
}
