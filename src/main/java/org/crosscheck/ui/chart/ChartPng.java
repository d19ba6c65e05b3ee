package org.crosscheck.ui.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/** Writes chart images as PNG files. Callable from any thread once the toolkit runs. */
public final class ChartPng {

    private ChartPng() {
    }

    /** Renders on the FX thread (waiting for it when called from elsewhere), then writes the PNG. */
    public static void write(Supplier<? extends Image> rendering, Path out) {
        write(onFxThread(rendering), out);
    }

    public static void write(Image image, Path out) {
        try {
            Path folder = out.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile())) {
                throw new IOException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chart image to " + out, e);
        }
    }

    /** Runs {@code work} on the FX thread and returns its result; runs it at once when already there. */
    public static <T> T onFxThread(Supplier<T> work) {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering a chart", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot render the chart", e.getCause());
        }
    }
}
