package org.crosscheck.report;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.LineMetrics;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.crosscheck.model.chart.ChartColour;
import org.crosscheck.model.chart.ChartFont;
import org.crosscheck.model.chart.TextAlign;

/**
 * A chart surface over a Java2D image (the command line's PNG pictures), drawn as a JavaFX canvas
 * draws the window's: antialiased shapes on exact coordinates (no stroke normalisation), text in
 * DejaVu Sans, the report's bundled font and the face the window's "System" font is on Linux, so
 * a picture needs neither a display nor the JavaFX toolkit nor any font installed, and looks the
 * same on every machine. Text is centred on its y as the canvas centres it: the baseline lies half
 * the ascent less the descent below. Not thread-safe; one per picture.
 */
final class ImageSurface extends PenSurface {

    private static final Font REGULAR = load("DejaVuSans.ttf");
    private static final Font BOLD = load("DejaVuSans-Bold.ttf");

    private final Graphics2D graphics;

    /** Draws on {@code graphics}, whose transform maps the chart's points to the image's pixels. */
    ImageSurface(Graphics2D graphics) {
        this.graphics = graphics;
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        stroke(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        stroke(new Line2D.Double(x0, y0, x1, y1));
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        fill(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        stroke(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        if (points < 2) {
            return;
        }
        Path2D.Double polygon = new Path2D.Double();
        polygon.moveTo(xs[0], ys[0]);
        for (int point = 1; point < points; point++) {
            polygon.lineTo(xs[point], ys[point]);
        }
        polygon.closePath();
        fill(polygon);
    }

    @Override
    public void fillText(String text, double x, double y, TextAlign align) {
        if (text.isEmpty()) {
            return;
        }
        Font face = face(font());
        graphics.setFont(face);
        double width = face.getStringBounds(text, graphics.getFontRenderContext()).getWidth();
        double start = x - switch (align) {
            case LEFT -> 0;
            case CENTER -> width / 2;
            case RIGHT -> width;
        };
        LineMetrics metrics = face.getLineMetrics(text, graphics.getFontRenderContext());
        use(fill());
        graphics.drawString(text, (float) start, (float) (y + (metrics.getAscent() - metrics.getDescent()) / 2));
    }

    private void fill(java.awt.Shape shape) {
        use(fill());
        graphics.fill(shape);
    }

    private void stroke(java.awt.Shape shape) {
        use(stroke());
        // square caps and mitred joins, as on a JavaFX canvas
        graphics.setStroke(new BasicStroke((float) lineWidth(), BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 10));
        graphics.draw(shape);
    }

    private void use(ChartColour colour) {
        graphics.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) globalAlpha()));
        graphics.setColor(new Color((float) colour.red(), (float) colour.green(), (float) colour.blue(),
                (float) colour.opacity()));
    }

    private static Font face(ChartFont font) {
        return (font.bold() ? BOLD : REGULAR).deriveFont((float) font.size());
    }

    private static Font load(String name) {
        try (InputStream in = ImageSurface.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IOException("the font " + name + " is missing from the application");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new UncheckedIOException("cannot load the chart font " + name,
                    e instanceof IOException io ? io : new IOException(e));
        }
    }
}
