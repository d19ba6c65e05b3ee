package org.crosscheck.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.crosscheck.model.chart.ChartDrawing;

/**
 * A chart as a picture: drawn by its painter on an {@link ImageSurface}, on white, {@code scale}
 * pixels per point, and written as PNG. Needs no display and no JavaFX toolkit. Stateless and
 * thread-safe.
 */
public final class ChartPicture {

    private ChartPicture() {
    }

    /** The drawing at its own size, {@code scale} pixels per point, on a white ground. */
    public static BufferedImage render(ChartDrawing drawing, double scale) {
        double width = drawing.width();
        double height = drawing.height();
        if (!(width > 0 && height > 0 && scale > 0)) {
            throw new IllegalArgumentException("cannot render " + width + " x " + height + " at scale " + scale);
        }
        BufferedImage image = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.scale(scale, scale);
            drawing.drawOn(new ImageSurface(graphics));
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /** Writes the drawing as a PNG file, making its folder when it is missing. */
    public static void writePng(ChartDrawing drawing, double scale, Path out) {
        BufferedImage image = render(drawing, scale);
        try {
            Path folder = out.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            if (!ImageIO.write(image, "png", out.toFile())) {
                throw new IOException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chart image to " + out, e);
        }
    }
}
