package org.crosscheck.ui.chart;

import org.crosscheck.model.chart.ChartDrawing;
import org.crosscheck.model.chart.ChartSurface;
import java.util.function.Consumer;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Renders a drawing to an image without a window: a canvas {@code scale} times the size, with the
 * graphics context scaled so the drawing code keeps working in points. This is how charts become
 * pictures in the window (the timeline's Export PNG). FX thread only (the toolkit must be running,
 * headless Monocle is enough). The command line draws its pictures with Java2D instead
 * ({@code report.ChartPicture}), without the toolkit.
 */
public final class OffscreenCanvas {

    private OffscreenCanvas() {
    }

    /** A chart drawn at its own size, {@code scale} pixels per point. */
    public static WritableImage render(ChartDrawing drawing, double scale) {
        return render(drawing.width(), drawing.height(), scale, drawing::drawOn);
    }

    public static WritableImage render(double width, double height, double scale, Consumer<ChartSurface> drawing) {
        if (!(width > 0 && height > 0 && scale > 0)) {
            throw new IllegalArgumentException("cannot render " + width + " x " + height + " at scale " + scale);
        }
        Canvas canvas = new Canvas(Math.ceil(width * scale), Math.ceil(height * scale));
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.scale(scale, scale);
        drawing.accept(new FxSurface(gc));
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        return canvas.snapshot(parameters, null);
    }
}
