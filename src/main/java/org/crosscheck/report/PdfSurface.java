package org.crosscheck.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.crosscheck.model.chart.ChartColour;
import org.crosscheck.model.chart.TextAlign;

/**
 * A chart surface that writes vector graphics into a PDF page: the chart's points, measured from
 * its top left, are scaled and placed into the figure's box on the page (PDF measures from the
 * bottom, so y is flipped here), and nothing is drawn outside that box. Text is set in the
 * report's own fonts. Colours and line width are only written when they change, which keeps a
 * chart of thousands of marks small. Not thread-safe; one per figure drawn.
 */
final class PdfSurface extends PenSurface implements AutoCloseable {

    /** Four Bézier curves make a circle when their handles are this share of the radius. */
    private static final double KAPPA = 0.5522847498;

    private final PDPageContentStream content;
    private final ReportFonts fonts;
    private final PdfAlpha alpha;
    private final double left;
    private final double top;
    private final double scale;
    private ChartColour writtenFill;
    private ChartColour writtenStroke;
    /** The page draws opaquely; an opacity is written only when a colour needs another. */
    private double writtenFillOpacity = 1;
    private double writtenStrokeOpacity = 1;
    private double writtenLineWidth = -1;

    /**
     * Starts a chart of {@code width} × {@code height} points drawn at {@code scale} into the box
     * whose top left is ({@code left}, {@code top}) in PDF coordinates (y up).
     */
    PdfSurface(PDPageContentStream content, ReportFonts fonts, PdfAlpha alpha, double left, double top, double scale,
               double width, double height) throws IOException {
        this.content = content;
        this.fonts = fonts;
        this.alpha = alpha;
        this.left = left;
        this.top = top;
        this.scale = scale;
        content.saveGraphicsState();
        content.addRect((float) left, (float) (top - height * scale), (float) (width * scale), (float) (height * scale));
        content.clip();
    }

    @Override
    public void close() {
        run(content::restoreGraphicsState);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        run(() -> {
            useFill();
            content.addRect(x(x), y(y + height), length(width), length(height));
            content.fill();
        });
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        run(() -> {
            useStroke();
            content.addRect(x(x), y(y + height), length(width), length(height));
            content.stroke();
        });
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        run(() -> {
            useStroke();
            content.moveTo(x(x0), y(y0));
            content.lineTo(x(x1), y(y1));
            content.stroke();
        });
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        run(() -> {
            useFill();
            oval(x, y, width, height);
            content.fill();
        });
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        run(() -> {
            useStroke();
            oval(x, y, width, height);
            content.stroke();
        });
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        if (points < 2) {
            return;
        }
        run(() -> {
            useFill();
            content.moveTo(x(xs[0]), y(ys[0]));
            for (int point = 1; point < points; point++) {
                content.lineTo(x(xs[point]), y(ys[point]));
            }
            content.closePath();
            content.fill();
        });
    }

    @Override
    public void fillText(String text, double x, double y, TextAlign align) {
        TextStyle style = new TextStyle(font().bold(), (float) (font().size() * scale), 0);
        String printable = fonts.printable(text).replace('\n', ' ');
        if (printable.isBlank()) {
            return;
        }
        float width = fonts.width(printable, style);
        float start = x(x) - switch (align) {
            case LEFT -> 0;
            case CENTER -> width / 2;
            case RIGHT -> width;
        };
        run(() -> {
            useFill();
            content.beginText();
            content.setFont(fonts.font(style), style.size());
            // centred on y as the canvas centres its text: the baseline sits half the x-height and a bit below the middle
            content.newLineAtOffset(start, y(y) - style.size() * fonts.middleToBaseline(style));
            content.showText(printable);
            content.endText();
        });
    }

    private void oval(double x, double y, double width, double height) throws IOException {
        float cx = x(x + width / 2);
        float cy = y(y + height / 2);
        float rx = length(width / 2);
        float ry = length(height / 2);
        float kx = (float) (rx * KAPPA);
        float ky = (float) (ry * KAPPA);
        content.moveTo(cx + rx, cy);
        content.curveTo(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
        content.curveTo(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
        content.curveTo(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
        content.curveTo(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
        content.closePath();
    }

    private void useFill() throws IOException {
        ChartColour effective = fill().fading(globalAlpha());
        if (!effective.equals(writtenFill)) {
            content.setNonStrokingColor((float) effective.red(), (float) effective.green(), (float) effective.blue());
            if (effective.opacity() != writtenFillOpacity) {
                alpha.setFill(content, effective.opacity());
                writtenFillOpacity = effective.opacity();
            }
            writtenFill = effective;
        }
    }

    private void useStroke() throws IOException {
        ChartColour effective = stroke().fading(globalAlpha());
        if (!effective.equals(writtenStroke)) {
            content.setStrokingColor((float) effective.red(), (float) effective.green(), (float) effective.blue());
            if (effective.opacity() != writtenStrokeOpacity) {
                alpha.setStroke(content, effective.opacity());
                writtenStrokeOpacity = effective.opacity();
            }
            writtenStroke = effective;
        }
        if (lineWidth() != writtenLineWidth) {
            content.setLineWidth(length(lineWidth()));
            writtenLineWidth = lineWidth();
        }
    }

    private float x(double chartX) {
        return (float) (left + chartX * scale);
    }

    private float y(double chartY) {
        return (float) (top - chartY * scale);
    }

    private float length(double chartLength) {
        return (float) (chartLength * scale);
    }

    private static void run(PdfWork work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw a chart into the report", e);
        }
    }

    /** One step of writing to the page, which PDFBox declares may fail. */
    private interface PdfWork {
        void run() throws IOException;
    }
}
