package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.assertj.core.data.Offset;
import org.crosscheck.model.chart.ChartColour;
import org.crosscheck.model.chart.ChartDrawing;
import org.crosscheck.model.chart.ChartFont;
import org.crosscheck.model.chart.ChartSurface;
import org.crosscheck.model.chart.TextAlign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's chart pictures, drawn with Java2D as the window's canvas draws its charts. */
class ChartPictureTest {

    private static final ChartColour SKY_BLUE = ChartColour.web("#56B4E9");

    @Test
    void aPictureIsDrawnOnWhiteAtItsScaleInTheChartsColours(@TempDir Path folder) throws Exception {
        Path png = folder.resolve("deeper/chart.png");

        ChartPicture.writePng(drawing(200, 100, surface -> {
            surface.setFill(SKY_BLUE);
            surface.fillRect(10, 10, 20, 20);
        }), 2, png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(200);
        assertThat(rgb(image, 40, 40)).isEqualTo(0x56B4E9); // the rectangle, twice its points in pixels
        assertThat(rgb(image, 10, 10)).isEqualTo(0xFFFFFF);
        assertThat(rgb(image, 300, 150)).isEqualTo(0xFFFFFF);
    }

    @Test
    void theOpacityOfAColourAndTheGlobalOpacityMultiply() {
        BufferedImage image = ChartPicture.render(drawing(40, 40, surface -> {
            surface.setGlobalAlpha(0.5);
            surface.setFill(new ChartColour(0, 0, 0, 0.5));
            surface.fillRect(0, 0, 40, 40);
        }), 1);

        assertThat(rgb(image, 20, 20) & 0xFF).isBetween(0xBD, 0xC1); // a quarter black on white: 191
    }

    @Test
    void textIsSmoothedAndCentredOnItsYAsOnTheWindowsCanvas() {
        BufferedImage image = ChartPicture.render(drawing(200, 40, surface -> {
            surface.setFill(ChartColour.web("#000000"));
            surface.setFont(ChartFont.LABEL);
            surface.fillText("HHHH", 100, 20, TextAlign.CENTER);
        }), 1);

        int top = Integer.MAX_VALUE;
        int bottom = -1;
        int left = Integer.MAX_VALUE;
        int right = -1;
        int greys = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int blue = rgb(image, x, y) & 0xFF;
                if (blue < 0x80) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
                if (blue > 0x20 && blue < 0xE0) {
                    greys++;
                }
            }
        }
        assertThat(greys).as("antialiased edges").isGreaterThan(8);
        assertThat((left + right) / 2.0).isCloseTo(100, Offset.offset(1.5));
        // 11 pt capitals (8 px) stand on the baseline, which a canvas puts half the ascent less the descent
        // (10.2 and 2.6 px in DejaVu Sans) below y: at 23.8
        assertThat(bottom).isEqualTo(23);
        assertThat(top).isBetween(15, 16);
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    private static ChartDrawing drawing(double width, double height, Consumer<ChartSurface> painting) {
        return new ChartDrawing() {
            @Override
            public double width() {
                return width;
            }

            @Override
            public double height() {
                return height;
            }

            @Override
            public void drawOn(ChartSurface surface) {
                painting.accept(surface);
            }
        };
    }
}
