package org.crosscheck.model.chart;

import org.crosscheck.model.LaneMode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.FuzzyDate;
import org.junit.jupiter.api.Test;

/** A timeline mark carries its figure where its row has room for it. */
class TimelineFigureTest {

    @Test
    void aMarkWithRoomCarriesItsFigureAndACrowdedOneDoesNot() {
        FuzzyDate day = FuzzyDate.day(LocalDate.of(2017, 12, 23));
        FuzzyDate dayAfter = FuzzyDate.day(LocalDate.of(2018, 1, 17)); // close: the same row, too close for a figure
        TimelineItem alone = new TimelineItem(1, 1, "over 10,000 fighters", "RT", "Zamir Kabulov", "", List.of(),
                FuzzyDate.day(LocalDate.of(2015, 10, 8)), day, "quantity", "≥ 10,000");
        TimelineItem crowded = new TimelineItem(2, 1, "roughly 3,000", "RT", "", "", List.of(), day, day,
                "quantity", "≈ 3,000");
        TimelineItem neighbour = new TimelineItem(3, 1, "5,000", "RT", "", "", List.of(), dayAfter, dayAfter,
                "quantity", "5,000");
        FuzzyDate dayBefore = FuzzyDate.day(LocalDate.of(2017, 12, 1)); // and too close on its left as well
        TimelineItem before = new TimelineItem(4, 1, "4,000", "RT", "", "", List.of(), dayBefore, dayBefore,
                "quantity", "4,000");
        Recording recording = new Recording();

        TimelineDrawing.fitted(List.of(alone, before, crowded, neighbour),
                List.of(new TimelinePublication(1, "RT", day)), LaneMode.SOURCE, 900, 300).drawOn(recording);

        assertThat(recording.written).contains("≥ 10,000").doesNotContain("≈ 3,000");
    }

    @Test
    void aMarkAtThePlotsRightEdgeCarriesItsFigureAtItsLeft() {
        FuzzyDate early = FuzzyDate.day(LocalDate.of(2015, 10, 8));
        FuzzyDate last = FuzzyDate.day(LocalDate.of(2018, 5, 20)); // the latest: the plot ends at it
        TimelineItem first = new TimelineItem(1, 1, "nearly 3,500", "Breitbart", "", "", List.of(), early, early,
                "quantity", "nearly 3,500");
        TimelineItem atTheEdge = new TimelineItem(2, 2, "at least 5,000", "RT", "", "", List.of(), last, last,
                "quantity", "≥ 5,000");
        Recording recording = new Recording();

        TimelineDrawing.fitted(List.of(first, atTheEdge), List.of(new TimelinePublication(1, "Breitbart", early),
                new TimelinePublication(2, "RT", last)), LaneMode.SOURCE, 900, 300).drawOn(recording);

        assertThat(recording.written).contains("nearly 3,500", "≥ 5,000");
    }

    @Test
    void aSuggestionIsDrawnHollowAConfirmedClaimFilledAndTheLegendSaysWhich() {
        FuzzyDate day = FuzzyDate.day(LocalDate.of(2017, 12, 23));
        FuzzyDate later = FuzzyDate.day(LocalDate.of(2018, 5, 20));
        TimelineItem confirmed = new TimelineItem(1, 1, "over 10,000", "RT", "", "", List.of(), day, day,
                "quantity", "≥ 10,000", true);
        TimelineItem suggested = new TimelineItem(2, 1, "at least 5,000", "RT", "", "", List.of(), later, later,
                "quantity", "≥ 5,000", false);

        assertThat(hollowMarks(List.of(confirmed, confirmed))).as("the legend's hollow diamond only").isEqualTo(1);
        assertThat(hollowMarks(List.of(confirmed, suggested))).isEqualTo(2);
        Recording recording = new Recording();
        draw(List.of(confirmed, suggested), recording);
        assertThat(recording.written).contains(TimelinePainter.LEGEND_CONFIRMED, TimelinePainter.LEGEND_SUGGESTED);
    }

    @Test
    void theSelectedGroupsFiguresAreWrittenAtFullStrengthTheOthersFaded() {
        FuzzyDate day = FuzzyDate.day(LocalDate.of(2017, 12, 23));
        FuzzyDate later = FuzzyDate.day(LocalDate.of(2018, 5, 20));
        TimelineItem inGroup = new TimelineItem(1, 1, "over 10,000", "RT", "", "", List.of(), day, day,
                "quantity", "≥ 10,000");
        TimelineItem other = new TimelineItem(2, 1, "more than 25 missiles", "RT", "", "", List.of(), later, later,
                "quantity", "≥ 25");
        Recording recording = paintWithSelected(List.of(inGroup, other), new TimelinePublication(1, "RT", day), 1L);

        assertThat(recording.alphaOf).containsEntry("≥ 10,000", 1.0).containsEntry("≥ 25", 0.3);
    }

    @Test
    void theSelectedGroupsMarkCarriesItsFigureEvenInACrowd() {
        FuzzyDate day = FuzzyDate.day(LocalDate.of(2017, 6, 19));
        List<TimelineItem> crowd = new ArrayList<>();
        for (int i = 1; i <= 7; i++) { // an article's seven claims all on its day, as Circa's are
            crowd.add(new TimelineItem(i, 1, "claim " + i, "Circa", "", "", List.of(), day, day, "quantity",
                    i == 4 ? "≈ 3,000" : i + "00"));
        }
        Recording recording = paintWithSelected(crowd, new TimelinePublication(1, "Circa", day), 4L);

        assertThat(recording.alphaOf).containsEntry("≈ 3,000", 1.0).doesNotContainKey("500");
    }

    /** The timeline of {@code items} fitted to 900 × 300, painted as the window paints it with one claim's group selected. */
    private static Recording paintWithSelected(List<TimelineItem> items, TimelinePublication publication, long selected) {
        TimelineData data = new TimelineData();
        data.set(items, List.of(publication));
        data.setMode(LaneMode.SOURCE);
        TimeScale scale = data.fittedScale(new TimeScale(0, 1), TimelineGeometry.STANDARD.plotWidth(900),
                TimelineDrawing.MARGIN);
        Recording recording = new Recording();
        new TimelinePainter(TimelineGeometry.STANDARD).paint(recording, data.layout(scale), scale, 0,
                java.util.Set.of(selected), 900, 300);
        return recording;
    }

    /** How many shapes were filled with the background: the insides of hollow marks. */
    private static int hollowMarks(List<TimelineItem> items) {
        Recording recording = new Recording();
        draw(items, recording);
        return recording.hollow;
    }

    private static void draw(List<TimelineItem> items, ChartSurface surface) {
        FuzzyDate published = FuzzyDate.day(LocalDate.of(2017, 12, 23));
        TimelineDrawing.fitted(items, List.of(new TimelinePublication(1, "RT", published)), LaneMode.SOURCE, 900, 300)
                .drawOn(surface);
    }

    /**
     * Draws nothing and keeps what a test looks at: the text written (and the alpha it was written
     * at), and how many shapes were filled with the background, the insides of hollow marks.
     */
    private static final class Recording implements ChartSurface {
        final List<String> written = new ArrayList<>();
        final java.util.Map<String, Double> alphaOf = new java.util.HashMap<>();
        int hollow;
        private ChartColour fill;
        private double alpha = 1;

        @Override public void setFill(ChartColour colour) { fill = colour; }
        @Override public void setStroke(ChartColour colour) { }
        @Override public void setLineWidth(double width) { }
        @Override public void setGlobalAlpha(double value) { alpha = value; }
        @Override public void setFont(ChartFont font) { }
        @Override public void fillRect(double x, double y, double width, double height) { }
        @Override public void strokeRect(double x, double y, double width, double height) { }
        @Override public void strokeLine(double x0, double y0, double x1, double y1) { }
        @Override public void fillOval(double x, double y, double width, double height) { }
        @Override public void strokeOval(double x, double y, double width, double height) { }
        @Override public void fillPolygon(double[] xs, double[] ys, int points) {
            if (ChartColours.BACKGROUND.equals(fill)) {
                hollow++;
            }
        }
        @Override public void fillText(String text, double x, double y, TextAlign align) {
            written.add(text);
            alphaOf.put(text, alpha);
        }
    }
}
