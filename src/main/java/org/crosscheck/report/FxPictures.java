package org.crosscheck.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/** Draws a chart on the JavaFX thread (from any thread) and returns it as PNG bytes for the report. */
final class FxPictures {

    private FxPictures() {
    }

    static byte[] png(Supplier<? extends Image> drawing) {
        Image image = Platform.isFxApplicationThread() ? drawing.get() : onFxThread(drawing);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a chart as PNG", e);
        }
        return bytes.toByteArray();
    }

    private static Image onFxThread(Supplier<? extends Image> drawing) {
        CompletableFuture<Image> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(drawing.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while drawing a chart", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot draw a chart: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
