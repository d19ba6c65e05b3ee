package org.crosscheck.model.chart;

import org.crosscheck.model.LaneMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.model.chart.TimelineFixtures.day;
import static org.crosscheck.model.chart.TimelineFixtures.epochDay;
import static org.crosscheck.model.chart.TimelineFixtures.item;
import static org.crosscheck.model.chart.TimelineFixtures.month;
import static org.crosscheck.model.chart.TimelineFixtures.spoken;
import static org.crosscheck.model.chart.TimelineFixtures.tagged;
import static org.crosscheck.model.chart.TimelineFixtures.year;

import java.util.List;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.chart.TimelineLayout.Lane;
import org.crosscheck.model.chart.TimelineLayout.PlacedItem;
import org.junit.jupiter.api.Test;

class TimelineLayoutTest {

    /** Ten pixels a day: a day item's diamond fits inside its own day. */
    private static final TimeScale CLOSE = new TimeScale(0, 10);

    @Test
    void aMonthItemSpansTheWholeMonthNotAPoint() {
        TimelineLayout layout = layout(List.of(item(1, 1, month(2017, 12))), LaneMode.SOURCE);

        PlacedItem placed = layout.placed().get(0);
        assertThat(placed.span()).isEqualTo(new DaySpan(epochDay(2017, 12, 1), epochDay(2017, 12, 31)));
    }

    @Test
    void overlappingItemsInOneLaneAreStackedIntoRows() {
        TimelineLayout layout = layout(List.of(
                item(1, 1, year(2017)),
                item(2, 1, month(2017, 6)),
                item(3, 1, day(2017, 6, 10))), LaneMode.SOURCE);

        assertThat(layout.itemsOf(0)).extracting(PlacedItem::row).containsExactly(0, 1, 2);
        assertThat(layout.lanes().get(0).rowCount()).isEqualTo(3);
    }

    @Test
    void itemsThatDoNotOverlapShareTheTopRow() {
        TimelineLayout layout = layout(List.of(
                item(1, 1, month(2017, 1)),
                item(2, 1, month(2017, 3)),
                item(3, 1, day(2017, 5, 1))), LaneMode.SOURCE);

        assertThat(layout.itemsOf(0)).extracting(PlacedItem::row).containsOnly(0);
    }

    @Test
    void aFreedRowIsReusedBeforeANewOneIsOpened() {
        TimelineLayout layout = layout(List.of(
                item(1, 1, month(2017, 1)),
                item(2, 1, day(2017, 1, 15)),
                item(3, 1, day(2017, 2, 10))), LaneMode.SOURCE);

        assertThat(layout.itemsOf(0)).extracting(PlacedItem::row).containsExactly(0, 1, 0);
    }

    @Test
    void dayItemsOnNeighbouringDaysStackWhenZoomedOutBecauseTheirMarksWouldTouch() {
        List<TimelineItem> items = List.of(item(1, 1, day(2017, 1, 1)), item(2, 1, day(2017, 1, 2)));

        TimelineLayout close = TimelineLayout.compute(items, List.of(), LaneMode.SOURCE, new TimeScale(0, 20));
        TimelineLayout far = TimelineLayout.compute(items, List.of(), LaneMode.SOURCE, new TimeScale(0, 0.5));

        assertThat(close.itemsOf(0)).extracting(PlacedItem::row).containsExactly(0, 0);
        assertThat(far.itemsOf(0)).extracting(PlacedItem::row).containsExactly(0, 1);
    }

    @Test
    void rowsStopAtTheCapAndFurtherItemsOverlapInTheRowThatFreesFirst() {
        List<TimelineItem> crowd = java.util.stream.LongStream.range(0, 10)
                .mapToObj(id -> item(id, 1, year(2017))).toList();

        TimelineLayout layout = TimelineLayout.compute(crowd, List.of(), LaneMode.SOURCE, CLOSE, 4);

        assertThat(layout.lanes().get(0).rowCount()).isEqualTo(4);
        assertThat(layout.itemsOf(0)).extracting(PlacedItem::row).allSatisfy(row -> assertThat(row).isLessThan(4));
    }

    @Test
    void itemsWithAnUnknownTimeAreListedApartAndNotPlaced() {
        TimelineItem unknown = item(7, 1, FuzzyDate.UNKNOWN, day(2017, 12, 1));

        TimelineLayout layout = layout(List.of(unknown, item(8, 1, day(2017, 1, 1))), LaneMode.SOURCE);

        assertThat(layout.unplaced()).containsExactly(unknown);
        assertThat(layout.placed()).extracting(p -> p.item().claimId()).containsExactly(8L);
    }

    @Test
    void sourceLanesFollowPublicationDatesEvenWhenAClaimRefersToAnEarlierTime() {
        List<TimelinePublication> publications = List.of(
                new TimelinePublication(2, "Later paper", day(2018, 1, 1)),
                new TimelinePublication(1, "Early paper", day(2015, 10, 1)),
                new TimelinePublication(3, "Empty paper", day(2016, 5, 1)));

        TimelineLayout layout = TimelineLayout.compute(
                List.of(item(1, 2, day(2014, 12, 1)), item(2, 1, day(2015, 9, 30))),
                publications, LaneMode.SOURCE, CLOSE);

        assertThat(layout.lanes()).extracting(Lane::label).containsExactly("\u201cEarly paper\u201d", "\u201cEmpty paper\u201d", "\u201cLater paper\u201d");
        assertThat(layout.publications()).extracting(TimelineLayout.PlacedPublication::lane).containsExactly(2, 0, 1);
    }

    @Test
    void aSourceLaneIsNamedByItsOutletOrTitleWordsWithItsTitleAsTheHoverTextAndItsDayWhenTheOutletRecurs() {
        List<TimelinePublication> publications = List.of(
                new TimelinePublication(1, "ISIS has over 10,000 fighters in Afghanistan", day(2017, 12, 23), "RT"),
                new TimelinePublication(2, "Islamic State group training Russian-born fighters", day(2018, 1, 1), ""),
                new TimelinePublication(3, "Russia is cooperating with the Taliban", day(2015, 12, 23), "Breitbart"),
                new TimelinePublication(4, "ISIS amasses fighters", day(2018, 5, 1), "RT"));

        TimelineLayout layout = TimelineLayout.compute(List.of(item(1, 1, day(2017, 12, 1)), item(2, 2, day(2018, 1, 1)),
                item(3, 3, day(2015, 12, 1)), item(4, 4, day(2018, 5, 1))), publications, LaneMode.SOURCE, CLOSE);

        assertThat(layout.lanes()).extracting(Lane::label, Lane::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Breitbart", "Russia is cooperating with the Taliban"),
                org.assertj.core.groups.Tuple.tuple("RT · 2017-12-23", "ISIS has over 10,000 fighters in Afghanistan"),
                // no outlet: the first words of the title, as the comparison names it
                org.assertj.core.groups.Tuple.tuple("\u201cIslamic State group training\u201d",
                        "Islamic State group training Russian-born fighters"),
                org.assertj.core.groups.Tuple.tuple("RT · 2018-05-01", "ISIS amasses fighters"));
    }

    @Test
    void speakerLanesPutTheUnattributedLast() {
        TimelineLayout layout = layout(List.of(
                spoken(1, null, day(2015, 1, 1)),
                spoken(2, "Kabulov", day(2017, 1, 1)),
                spoken(3, "Nicholson", day(2016, 1, 1))), LaneMode.SPEAKER);

        assertThat(layout.lanes()).extracting(Lane::label).containsExactly("Nicholson", "Kabulov", "Unattributed");
    }

    @Test
    void anItemWithTwoTagsAppearsInBothTagLanes() {
        TimelineLayout layout = layout(List.of(tagged(1, List.of("fighters", "Russia"), day(2017, 1, 1))), LaneMode.TAG);

        assertThat(layout.lanes()).extracting(Lane::label).containsExactlyInAnyOrder("fighters", "Russia");
        assertThat(layout.placed()).hasSize(2);
    }

    @Test
    void lanesStackTheirRowsOneAfterTheOther() {
        TimelineLayout layout = layout(List.of(
                item(1, 1, year(2017)), item(2, 1, month(2017, 3)),
                item(3, 2, day(2018, 1, 1))), LaneMode.SOURCE);

        assertThat(layout.lanes()).extracting(Lane::firstRow).containsExactly(0, 2);
        assertThat(layout.totalRows()).isEqualTo(3);
    }

    @Test
    void aClaimSaidLaterThanItRefersToGetsASaidOnLink() {
        TimelineItem later = item(1, 1, month(2015, 10), day(2017, 12, 20));
        TimelineItem sameDay = item(2, 1, day(2017, 6, 19), day(2017, 6, 19));
        TimelineItem withinItsMonth = item(3, 1, month(2017, 6), day(2017, 6, 19));

        TimelineLayout layout = layout(List.of(later, sameDay, withinItsMonth), LaneMode.SOURCE);

        assertThat(layout.links()).hasSize(1);
        assertThat(layout.links().get(0).from().item()).isEqualTo(later);
        assertThat(layout.links().get(0).said().firstDay()).isEqualTo(epochDay(2017, 12, 20));
    }

    @Test
    void theExtentCoversItemsSaidDatesAndPublications() {
        TimelineLayout layout = TimelineLayout.compute(
                List.of(item(1, 1, month(2016, 3), day(2016, 9, 1))),
                List.of(new TimelinePublication(1, "Paper", day(2015, 1, 1))), LaneMode.SOURCE, CLOSE);

        assertThat(layout.extent()).contains(new DaySpan(epochDay(2015, 1, 1), epochDay(2016, 9, 1)));
    }

    @Test
    void nothingToShowHasNoExtentAndNoRows() {
        TimelineLayout layout = layout(List.of(), LaneMode.GROUP);

        assertThat(layout.extent()).isEmpty();
        assertThat(layout.totalRows()).isZero();
    }

    private static TimelineLayout layout(List<TimelineItem> items, LaneMode mode) {
        return TimelineLayout.compute(items, List.of(), mode, CLOSE);
    }
}
