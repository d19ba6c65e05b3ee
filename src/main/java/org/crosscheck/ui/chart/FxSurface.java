package org.crosscheck.ui.chart;

import org.crosscheck.model.chart.ChartColour;
import org.crosscheck.model.chart.ChartFont;
import org.crosscheck.model.chart.ChartSurface;
import org.crosscheck.model.chart.TextAlign;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A chart surface over a JavaFX canvas: the window's charts and their pictures. Each call maps
 * one to one onto the GraphicsContext, so the window looks as it did when the painters drew on
 * the context themselves. FX thread only, like the canvas.
 */
public final class FxSurface implements ChartSurface {

    private static final Font LABEL = Font.font("System", ChartFont.LABEL.size());
    private static final Font LABEL_BOLD = Font.font("System", FontWeight.BOLD, ChartFont.LABEL_BOLD.size());

    private final GraphicsContext gc;

    public FxSurface(GraphicsContext gc) {
        this.gc = gc;
        gc.setTextBaseline(VPos.CENTER);
    }

    @Override
    public void setFill(ChartColour colour) {
        gc.setFill(fx(colour));
    }

    @Override
    public void setStroke(ChartColour colour) {
        gc.setStroke(fx(colour));
    }

    @Override
    public void setLineWidth(double width) {
        gc.setLineWidth(width);
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        gc.setGlobalAlpha(alpha);
    }

    @Override
    public void setFont(ChartFont font) {
        gc.setFont(font.equals(ChartFont.LABEL) ? LABEL : font.equals(ChartFont.LABEL_BOLD) ? LABEL_BOLD
                : Font.font("System", font.bold() ? FontWeight.BOLD : FontWeight.NORMAL, font.size()));
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        gc.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        gc.strokeRect(x, y, width, height);
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        gc.strokeLine(x0, y0, x1, y1);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        gc.fillOval(x, y, width, height);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        gc.strokeOval(x, y, width, height);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        gc.fillPolygon(xs, ys, points);
    }

    @Override
    public void fillText(String text, double x, double y, TextAlign align) {
        gc.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        gc.fillText(text, x, y);
    }

    private static Color fx(ChartColour colour) {
        return new Color(colour.red(), colour.green(), colour.blue(), colour.opacity());
    }
}
