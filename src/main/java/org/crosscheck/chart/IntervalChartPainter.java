package org.crosscheck.chart;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.crosscheck.chart.IntervalChartLayout.Pair;

/**
 * Paints the interval chart: one row per statement with its label, its interval as a thick bar
 * (a single figure as a dot, open ends as arrows to the axis edge), the value axis, and the
 * verdict matrix. Shared by the live view and off-screen rendering. Stateless; FX thread only.
 */
final class IntervalChartPainter {

    private static final Font LABEL = Font.font("System", 11);
    private static final double BAR = 8;
    private static final double DOT = 10;
    private static final double ARROW = 7;
    /** Rough width of a digit at the label font, for keeping axis labels apart. */
    private static final double CHAR_WIDTH = 6.5;

    private IntervalChartPainter() {
    }

    static void paint(GraphicsContext gc, List<IntervalStatement> statements, List<IntervalVerdict> verdicts,
                      IntervalChartLayout layout) {
        gc.setFill(ChartColours.BACKGROUND);
        gc.fillRect(0, 0, layout.width(), layout.height());
        IntervalScale scale = IntervalScale.fit(statements, layout.plotLeft(), layout.plotRight());
        gc.setFont(LABEL);
        gc.setTextBaseline(VPos.CENTER);
        paintAxis(gc, scale, layout);
        int maxChars = (int) (layout.labelWidth() / 6.2);
        for (int i = 0; i < statements.size(); i++) {
            IntervalStatement statement = statements.get(i);
            double y = layout.rowCentre(i);
            gc.setFill(ChartColours.TEXT);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillText(TimelineText.ellipsize((i + 1) + "  " + statement.label(), maxChars), 6, y);
            paintInterval(gc, statement, scale, y);
        }
        paintMatrix(gc, statements.size(), verdicts, layout);
    }

    private static void paintAxis(GraphicsContext gc, IntervalScale scale, IntervalChartLayout layout) {
        double axisY = layout.axisY();
        gc.setLineWidth(1);
        for (IntervalScale.Tick tick : scale.ticks()) {
            double x = Math.round(scale.toX(tick.value())) + 0.5;
            gc.setStroke(ChartColours.GRID);
            gc.strokeLine(x, layout.top(), x, axisY);
            gc.setStroke(ChartColours.RULE);
            gc.strokeLine(x, axisY, x, axisY + 4);
        }
        gc.setStroke(ChartColours.RULE);
        gc.strokeLine(scale.leftEdge(), axisY + 0.5, scale.rightEdge(), axisY + 0.5);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setFill(ChartColours.MUTED_TEXT);
        for (AxisLabels.Label label : AxisLabels.fitting(scale, CHAR_WIDTH)) {
            gc.fillText(label.text(), label.x(), axisY + 13);
        }
        if (scale.isLogarithmic()) {
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.fillText("log scale", scale.rightEdge(), layout.top() / 2);
        }
    }

    private static void paintInterval(GraphicsContext gc, IntervalStatement statement, IntervalScale scale, double y) {
        if (statement.hasNoFigure()) {
            gc.setFill(ChartColours.MUTED_TEXT);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillText("no figure", scale.leftEdge() + 4, y);
            return;
        }
        Color colour = ChartColours.series(statement.colourIndex());
        gc.setFill(colour);
        gc.setStroke(colour);
        if (statement.isSingleFigure()) {
            double x = scale.toX(statement.low());
            gc.fillOval(x - DOT / 2, y - DOT / 2, DOT, DOT);
            return;
        }
        double x0 = scale.lowX(statement.low());
        double x1 = scale.highX(statement.high());
        double barStart = statement.low() == null ? x0 + ARROW : x0;
        double barEnd = statement.high() == null ? x1 - ARROW : x1;
        gc.fillRect(barStart, y - BAR / 2, Math.max(2, barEnd - barStart), BAR);
        if (statement.low() == null) {
            gc.fillPolygon(new double[] {x0, x0 + ARROW, x0 + ARROW}, new double[] {y, y - ARROW, y + ARROW}, 3);
        } else if (statement.high() == null) {
            gc.fillOval(x0 - DOT / 2, y - DOT / 2, DOT, DOT);
        }
        if (statement.high() == null) {
            gc.fillPolygon(new double[] {x1, x1 - ARROW, x1 - ARROW}, new double[] {y, y - ARROW, y + ARROW}, 3);
        } else if (statement.low() == null) {
            gc.fillOval(x1 - DOT / 2, y - DOT / 2, DOT, DOT);
        }
    }

    private static void paintMatrix(GraphicsContext gc, int count, List<IntervalVerdict> verdicts,
                                    IntervalChartLayout layout) {
        if (count < 2) {
            return;
        }
        if (!layout.drawsMatrix()) {
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setFill(ChartColours.MUTED_TEXT);
            gc.fillText(count + " statements: too many for a matrix; the verdicts are listed below",
                    layout.width() - 8, layout.top() / 2 + 2);
            return;
        }
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setFill(ChartColours.MUTED_TEXT);
        for (int column = 0; column < count - 1; column++) {
            gc.fillText(Integer.toString(column + 1), layout.columnCentre(column), layout.top() / 2 + 2);
        }
        gc.setStroke(ChartColours.GRID_MAJOR);
        gc.setLineWidth(1);
        double half = layout.cell() / 2;
        for (int row = 1; row < count; row++) {
            for (int column = 0; column < row; column++) {
                gc.strokeRect(layout.columnCentre(column) - half + 0.5, layout.rowCentre(row) - half + 0.5,
                        layout.cell() - 1, layout.cell() - 1);
            }
        }
        for (IntervalVerdict verdict : verdicts) {
            if (verdict.a() != verdict.b() && Math.max(verdict.a(), verdict.b()) < count
                    && Math.min(verdict.a(), verdict.b()) >= 0) {
                Pair cell = IntervalChartLayout.cellOf(verdict.a(), verdict.b());
                VerdictMark.paint(gc, VerdictKind.of(verdict.verdictKey()), layout.columnCentre(cell.column()),
                        layout.rowCentre(cell.row()), layout.cell() * 0.7);
            }
        }
    }
}
