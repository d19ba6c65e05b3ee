package org.crosscheck.ui.chart;

import org.crosscheck.model.chart.IntervalChartLayout;
import org.crosscheck.model.chart.IntervalStatement;
import org.crosscheck.model.chart.IntervalVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.crosscheck.model.chart.IntervalChartLayout.Pair;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

class IntervalChartViewTest extends ApplicationTest {

    /** The sample's figures for Islamic State fighters in Afghanistan. */
    static final List<IntervalStatement> STATEMENTS = List.of(
            new IntervalStatement("Reuters \u00B7 Nicholson", 2_000.0, 3_000.0, "about", 0),
            new IntervalStatement("Reuters \u00B7 Kabulov", 3_500.0, 3_500.0, "nearly", 0),
            new IntervalStatement("RFE/RL \u00B7 Nicholson", 3_000.0, 3_000.0, "roughly", 1),
            new IntervalStatement("RFE/RL \u00B7 Mohammadi", 5_000.0, null, "at least", 1),
            new IntervalStatement("Al Jazeera \u00B7 Kabulov", 10_000.0, null, "over", 2));

    static final List<IntervalVerdict> VERDICTS = List.of(
            new IntervalVerdict(0, 2, "agrees", "\u2248 3,000 lies in 2,000\u20133,000"),
            new IntervalVerdict(1, 2, "tension", "3,500 vs 3,000, within 25%"),
            new IntervalVerdict(3, 0, "different-scope", "the north only, fits inside the whole"),
            new IntervalVerdict(4, 2, "contradicts", "\u2265 10,000 vs \u2248 3,000, six months apart"),
            new IntervalVerdict(4, 1, "changed-over-time", "3,500 in 2015, over 10,000 in 2017"));

    private IntervalChartView chart;
    private StackPane container;

    @Override
    public void start(Stage stage) {
        chart = new IntervalChartView();
        chart.setId("interval-chart");
        chart.setData(STATEMENTS, VERDICTS);
        container = new StackPane(chart);
        stage.setScene(new Scene(container, 760, 240));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void theChartShowsAtTheSizeOfItsContainer() {
        assertThat(lookup("#interval-chart").query().isVisible()).isTrue();
        assertThat(chart.getWidth()).isEqualTo(760.0);
        assertThat(chart.getHeight()).isEqualTo(240.0);
    }

    @Test
    void theChartFollowsItsContainerWhenResized() {
        interact(() -> container.getScene().getWindow().setWidth(520));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chart.getWidth()).isEqualTo(520.0);
        assertThat(ChartPng.onFxThread(chart::snapshotImage).getWidth()).isEqualTo(520.0);
    }

    @Test
    void hoveringAVerdictMarkShowsItsReason() {
        moveTo(screenPointOfCell(4, 2));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chart.hoverTooltip().isShowing()).isTrue();
        assertThat(chart.hoverTooltip().getText()).contains("contradicts", "six months apart");
    }

    @Test
    void anEmptyCellShowsNoTooltip() {
        moveTo(screenPointOfCell(3, 1));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chart.hoverTooltip().isShowing()).isFalse();
    }

    @Test
    void hoveringARowLabelShowsItWholeForAPaneTooNarrowToPrintIt() {
        Point2D label = ChartPng.onFxThread(() -> chart.localToScreen(10, chart.currentLayout().rowCentre(3)));
        moveTo(label);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chart.hoverTooltip().isShowing()).isTrue();
        assertThat(chart.hoverTooltip().getText()).isEqualTo("4  RFE/RL \u00B7 Mohammadi");
    }

    @Test
    void offScreenRenderingScalesToPrintResolution() {
        WritableImage image = ChartPng.onFxThread(() -> IntervalChartView.render(STATEMENTS, VERDICTS, 500, 200, 2));

        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(400);
    }

    @Test
    void theLayoutFindsTheCellUnderAPointAndOnlyBelowTheDiagonal() {
        IntervalChartLayout layout = IntervalChartLayout.of(5, 760, 240);

        assertThat(layout.cellAt(layout.columnCentre(2), layout.rowCentre(4))).contains(new Pair(4, 2));
        assertThat(layout.cellAt(layout.columnCentre(3), layout.rowCentre(2))).isEmpty();
        assertThat(IntervalChartLayout.cellOf(0, 3)).isEqualTo(new Pair(3, 0));
    }

    private Point2D screenPointOfCell(int row, int column) {
        return ChartPng.onFxThread(() -> {
            IntervalChartLayout layout = chart.currentLayout();
            return chart.localToScreen(layout.columnCentre(column), layout.rowCentre(row));
        });
    }
}
