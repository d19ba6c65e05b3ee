package org.crosscheck.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.crosscheck.model.Figures;
import org.crosscheck.model.TrackRecord.Entry;

/**
 * The figures a speaker gave, drawn at the times they hold for: time across, the figure up, each
 * figure as its interval (an open top as an arrow), later-contradicted ones in the contradiction
 * colour. Redrawn when resized. FX thread only.
 */
final class SpeakerChart extends Pane {

    private static final double MARGIN = 46;
    /** Room on the right for the label of a figure given last. */
    private static final double LABEL_ROOM = 110;
    private static final Color LINE = Color.web("#4a4a4a");
    private static final Color CONTRADICTED = Color.web("#d55e00");
    private static final Color FIGURE = Color.web("#0072b2");
    private final Canvas canvas = new Canvas();
    private List<Entry> entries = List.of();

    SpeakerChart() {
        setId("speakerChart");
        getChildren().add(canvas);
        setMinHeight(140);
        setPrefHeight(200);
        widthProperty().addListener((observable, before, now) -> draw());
        heightProperty().addListener((observable, before, now) -> draw());
    }

    void show(List<Entry> shown) {
        entries = shown.stream().filter(entry -> entry.holdsFor().isKnown()
                && (entry.statement().claim().quantity().low() != null || entry.statement().claim().quantity().high() != null))
                .toList();
        draw();
    }

    private String topLabel = "";

    /** How many figures are drawn. */
    int drawn() {
        return entries.size();
    }

    /** The figure at the top of the scale as last drawn: "15,000". */
    String topLabel() {
        return topLabel;
    }

    /** A figure a reader takes in at a glance at or above {@code highest}: 15,000 for 14,950. */
    static double roundedUp(double highest) {
        if (!(highest > 0) || Double.isInfinite(highest)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(highest)));
        for (double step : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8}) {
            if (step * magnitude >= highest) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private void draw() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        GraphicsContext pen = canvas.getGraphicsContext2D();
        pen.clearRect(0, 0, getWidth(), getHeight());
        if (entries.isEmpty() || getWidth() < 2 * MARGIN + LABEL_ROOM || getHeight() < 2 * MARGIN) {
            return;
        }
        LocalDate first = entries.get(0).holdsFor().date();
        LocalDate last = entries.stream().map(entry -> entry.holdsFor().date()).max(LocalDate::compareTo).orElse(first);
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        double top = entries.stream().mapToDouble(entry -> {
            return Double.isInfinite(entry.high()) ? entry.low() * 1.3 : entry.high();
        }).max().orElse(1) * 1.15;
        top = roundedUp(top); // the scale's top is labelled: 15,000, not 14,950
        double width = getWidth() - 2 * MARGIN - LABEL_ROOM;
        double height = getHeight() - 2 * MARGIN;
        pen.setStroke(LINE);
        pen.setFill(LINE);
        pen.strokeLine(MARGIN, MARGIN + height, MARGIN + width, MARGIN + height);
        pen.strokeLine(MARGIN, MARGIN, MARGIN, MARGIN + height);
        pen.fillText("0", 6, MARGIN + height + 4);
        topLabel = Figures.number(top);
        pen.fillText(topLabel, 4, MARGIN - 6);
        pen.fillText(first.toString(), MARGIN, MARGIN + height + 18);
        if (!last.equals(first)) {
            pen.fillText(last.toString(), MARGIN + width - 32, MARGIN + height + 18);
        }
        for (Entry entry : entries) {
            double x = MARGIN + width * ChronoUnit.DAYS.between(first, entry.holdsFor().date()) / days;
            double low = MARGIN + height - height * Math.min(entry.low(), top) / top;
            boolean open = Double.isInfinite(entry.high());
            double high = MARGIN + height - height * Math.min(open ? top : entry.high(), top) / top;
            Color colour = entry.contradictedLater() ? CONTRADICTED : FIGURE;
            pen.setStroke(colour);
            pen.setFill(colour);
            pen.setLineWidth(3);
            pen.strokeLine(x, low, x, Math.min(low - 2, high));
            if (open) {
                pen.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {high + 6, high + 6, high - 2}, 3);
            }
            pen.fillOval(x - 3, low - 3, 6, 6);
            pen.setLineWidth(1);
            pen.fillText(org.crosscheck.model.GroupAtAGlance.briefly(Figures.of(entry.statement().claim().quantity())),
                    x + 6, (low + high) / 2);
        }
    }
}
