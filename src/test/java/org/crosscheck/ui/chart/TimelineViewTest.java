package org.crosscheck.ui.chart;

import org.crosscheck.model.chart.TimelineGeometry;
import org.crosscheck.model.chart.TimelineItem;
import org.crosscheck.model.chart.TimelineLayout;
import org.crosscheck.model.chart.TimelinePublication;
import org.crosscheck.model.LaneMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.model.chart.TimelineFixtures.day;
import static org.crosscheck.model.chart.TimelineFixtures.month;
import static org.crosscheck.model.chart.TimelineFixtures.week;
import static org.crosscheck.model.chart.TimelineFixtures.year;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.chart.TimelineLayout.Lane;
import org.crosscheck.model.chart.TimelineLayout.PlacedItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

class TimelineViewTest extends ApplicationTest {

    private static final List<TimelinePublication> PUBLICATIONS = List.of(
            new TimelinePublication(1, "Reuters, Oct 2015", day(2015, 10, 14)),
            new TimelinePublication(2, "RFE/RL, Jun 2017", day(2017, 6, 19)),
            new TimelinePublication(3, "Al Jazeera, Dec 2017", day(2017, 12, 23)));

    private static final List<TimelineItem> ITEMS = List.of(
            item(1, 1, "nearly 3,500 fighters", "Kabulov", month(2015, 10), day(2015, 10, 14)),
            item(2, 1, "about 2,000 to 3,000", "Nicholson", year(2015), day(2015, 10, 14)),
            item(3, 2, "roughly 3,000", "Nicholson", day(2017, 6, 1), day(2017, 6, 19)),
            item(4, 2, "at least 5,000 in the north", "Mohammadi", month(2017, 5), day(2017, 6, 19)),
            item(5, 2, "the offensive began", null, week(2017, 4, 13), day(2017, 6, 19)),
            item(6, 3, "over 10,000", "Kabulov", day(2017, 12, 22), day(2017, 12, 23)),
            item(7, 3, "growing every month", "Kabulov", month(2017, 11), day(2017, 12, 23)),
            item(8, 3, "since 2015", null, year(2016), day(2017, 12, 23)),
            item(9, 1, "in Nangarhar", null, day(2015, 9, 1), day(2015, 10, 14)),
            item(10, 3, "no date given", "Kabulov", FuzzyDate.UNKNOWN, day(2017, 12, 23)));

    private TimelineView view;
    private final AtomicReference<TimelineItem> clicked = new AtomicReference<>();

    @Override
    public void start(Stage stage) {
        view = new TimelineView();
        view.setId("timeline");
        view.setData(ITEMS, PUBLICATIONS);
        view.setOnItemClicked(clicked::set);
        stage.setScene(new Scene(view, 900, 360));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void theKeyboardZoomsInAndZeroFitsAllAgain() {
        double fitted = view.scale().pixelsPerDay();

        interact(view::requestFocus);
        type(KeyCode.ADD);
        type(KeyCode.ADD);

        assertThat(view.scale().pixelsPerDay()).isCloseTo(fitted * 2.25, org.assertj.core.api.Assertions.within(1e-9));
        type(KeyCode.DIGIT0);
        assertThat(view.scale().pixelsPerDay()).isEqualTo(fitted);
    }

    @Test
    void clickingAnItemAfterZoomingInHandsThatItemToTheCallback() {
        interact(view::requestFocus);
        type(KeyCode.ADD);

        clickOn(pointOf(3));

        assertThat(clicked.get()).isNotNull();
        assertThat(clicked.get().claimId()).isEqualTo(3L);
    }

    @Test
    void hoveringAnItemShowsItsQuoteSourceAndDate() {
        moveTo(pointOf(6));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.hoverTooltip().isShowing()).isTrue();
        assertThat(view.hoverTooltip().getText())
                .contains("over 10,000", "Source 3", "Kabulov", "2017-12-22", "said 2017-12-23", "suggestion, not yet reviewed");
    }

    @Test
    void anItemWithoutADateIsListedApart() {
        assertThat(view.unplaced()).extracting(TimelineItem::claimId).containsExactly(10L);
    }

    @Test
    void theVisibleTimelineIsWrittenAsAPngOfTheAskedSize(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("timeline.png");

        ChartPng.write(() -> view.renderCurrent(1000, 400, 1), out);

        assertThat(Files.size(out)).isPositive();
        var image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(400);
    }

    @Test
    void offScreenRenderingScalesToPrintResolution() {
        WritableImage image = ChartPng.onFxThread(() ->
                TimelineView.render(ITEMS, PUBLICATIONS, LaneMode.SPEAKER, 600, 300, 3));

        assertThat(image.getWidth()).isEqualTo(1800);
        assertThat(image.getHeight()).isEqualTo(900);
    }

    /** The screen point at the middle of an item's mark, computed from the view's own layout. */
    private Point2D pointOf(long claimId) {
        return ChartPng.onFxThread(() -> {
            TimelineLayout layout = view.currentLayout();
            PlacedItem placed = layout.placed().stream()
                    .filter(p -> p.item().claimId() == claimId).findFirst().orElseThrow();
            Lane lane = layout.lanes().get(placed.lane());
            TimelineGeometry geometry = TimelineGeometry.STANDARD;
            double x = geometry.gutterWidth() + view.scale().toX(placed.span().middle());
            double y = geometry.rowTop(lane, placed.row(), 0) + geometry.rowHeight() / 2;
            return view.localToScreen(x, y);
        });
    }

    private static TimelineItem item(long claimId, long sourceId, String quote, String speaker,
                                     FuzzyDate happened, FuzzyDate said) {
        return new TimelineItem(claimId, sourceId, quote, "Source " + sourceId, speaker, null, List.of(),
                happened, said, "quantity");
    }
}
