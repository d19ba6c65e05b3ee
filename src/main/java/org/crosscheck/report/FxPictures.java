package org.crosscheck.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import org.crosscheck.chart.ChartPng;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/** Draws a chart on the JavaFX thread (from any thread) and returns it as PNG bytes for the report. */
final class FxPictures {

    private FxPictures() {
    }

    static byte[] png(Supplier<? extends Image> drawing) {
        Image image = ChartPng.onFxThread(drawing::get);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a chart as PNG", e);
        }
        return bytes.toByteArray();
    }
}
