package org.crosscheck.ui.chart;

import org.crosscheck.model.chart.IntervalChartDrawing;
import org.crosscheck.model.chart.IntervalChartLayout;
import org.crosscheck.model.chart.IntervalChartPainter;
import org.crosscheck.model.chart.IntervalStatement;
import org.crosscheck.model.chart.IntervalVerdict;
import java.util.List;
import java.util.Optional;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.crosscheck.model.chart.IntervalChartLayout.Pair;

/**
 * The comparison chart: every statement of a group as an interval on one value axis, with the
 * verdict between each pair in a matrix at the right; hovering a verdict shows its reason.
 * Redraws whenever its size changes, so it follows its container. FX thread only.
 */
public final class IntervalChartView extends Region {

    public static final String STYLE_CLASS = "interval-chart-view";

    private final Canvas canvas = new Canvas();
    private final ChartHover hover = new ChartHover(this);
    private List<IntervalStatement> statements = List.of();
    private List<IntervalVerdict> verdicts = List.of();

    public IntervalChartView() {
        getStyleClass().add(STYLE_CLASS);
        getChildren().add(canvas);
        setMinSize(240, 80);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        addEventHandler(MouseEvent.MOUSE_EXITED, event -> hover.hide());
    }

    public void setData(List<IntervalStatement> statements, List<IntervalVerdict> verdicts) {
        this.statements = List.copyOf(statements);
        this.verdicts = List.copyOf(verdicts);
        requestLayout();
        redraw();
    }

    public List<IntervalStatement> statements() {
        return statements;
    }

    /** The layout of the chart at its current size, e.g. to find where a verdict mark is. */
    public IntervalChartLayout currentLayout() {
        return IntervalChartLayout.of(statements.size(), getWidth(), getHeight(),
                IntervalChartPainter.longestLabel(statements), IntervalChartPainter.longestBrokenLine(statements));
    }

    /** The verdict hover tooltip; its text names the pair, the verdict and its reason. */
    public Tooltip hoverTooltip() {
        return hover.tooltip();
    }

    public WritableImage snapshotImage() {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        return canvas.snapshot(parameters, null);
    }

    /** Draws the chart off-screen at {@code width} × {@code height} points, {@code scale} pixels per point. */
    public static WritableImage render(List<IntervalStatement> statements, List<IntervalVerdict> verdicts,
                                       double width, double height, double scale) {
        return OffscreenCanvas.render(new IntervalChartDrawing(statements, verdicts, width, height), scale);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 720;
    }

    @Override
    protected double computePrefHeight(double width) {
        return IntervalChartLayout.preferredHeight(statements.size());
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
        }
        redraw();
    }

    private void redraw() {
        if (getWidth() > 0 && getHeight() > 0) {
            IntervalChartPainter.paint(new FxSurface(canvas.getGraphicsContext2D()), statements, verdicts, currentLayout());
        }
    }

    private void onMoved(MouseEvent event) {
        IntervalChartLayout layout = currentLayout();
        Optional<IntervalVerdict> verdict = layout.cellAt(event.getX(), event.getY()).flatMap(this::verdictIn);
        Optional<Integer> labelled = labelAt(layout, event.getX(), event.getY());
        if (verdict.isPresent()) {
            hover.show(event, verdict.get(), describe(verdict.get()));
        } else if (labelled.isPresent()) {
            // a label too long for a narrow pane ends in "…": the whole of it on hover
            hover.show(event, labelled.get(), (labelled.get() + 1) + "  " + statements.get(labelled.get()).label());
        } else {
            hover.hide();
        }
    }

    /** The statement whose row label is under a point, if any. */
    Optional<Integer> labelAt(IntervalChartLayout layout, double x, double y) {
        if (x < 0 || x > layout.labelWidth() || y < layout.top()) {
            return Optional.empty();
        }
        int row = (int) ((y - layout.top()) / layout.rowHeight());
        return row < statements.size() ? Optional.of(row) : Optional.empty();
    }

    private Optional<IntervalVerdict> verdictIn(Pair cell) {
        return verdicts.stream().filter(verdict -> IntervalChartLayout.cellOf(verdict.a(), verdict.b()).equals(cell))
                .findFirst();
    }

    private static String describe(IntervalVerdict verdict) {
        String name = String.valueOf(verdict.verdictKey()).replace('-', ' ');
        return (verdict.a() + 1) + " \u00D7 " + (verdict.b() + 1) + ": " + name + "\n" + verdict.reason();
    }
}
