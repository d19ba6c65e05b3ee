package org.crosscheck.report;

import java.util.Locale;
import org.crosscheck.model.chart.ChartColour;
import org.crosscheck.model.chart.ChartDrawing;
import org.crosscheck.model.chart.TextAlign;

/**
 * A chart surface that writes an SVG document, for the HTML report: the same painting code as the
 * window and the PDF, as vector graphics a browser scales and prints sharply, with no JavaFX
 * toolkit needed to make it. Text is escaped, since labels come from imported articles. Not
 * thread-safe; one per chart.
 */
final class SvgSurface extends PenSurface {

    private static final String FONTS = "DejaVu Sans, Verdana, Arial, sans-serif";

    private final StringBuilder svg = new StringBuilder(8_192);

    private SvgSurface(double width, double height) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(number(width))
                .append("\" height=\"").append(number(height)).append("\" viewBox=\"0 0 ").append(number(width))
                .append(' ').append(number(height)).append("\" font-family=\"").append(FONTS).append("\">");
    }

    /** The chart as a standalone SVG document. */
    static String of(ChartDrawing drawing) {
        SvgSurface surface = new SvgSurface(drawing.width(), drawing.height());
        drawing.drawOn(surface);
        return surface.svg.append("</svg>").toString();
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"")
                .append(number(width)).append("\" height=\"").append(number(height)).append('"');
        filled();
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"")
                .append(number(width)).append("\" height=\"").append(number(height)).append('"');
        stroked();
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        svg.append("<line x1=\"").append(number(x0)).append("\" y1=\"").append(number(y0)).append("\" x2=\"")
                .append(number(x1)).append("\" y2=\"").append(number(y1)).append('"');
        stroked();
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        ellipse(x, y, width, height);
        filled();
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        ellipse(x, y, width, height);
        stroked();
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        svg.append("<polygon points=\"");
        for (int point = 0; point < points; point++) {
            svg.append(point == 0 ? "" : " ").append(number(xs[point])).append(',').append(number(ys[point]));
        }
        svg.append('"');
        filled();
    }

    @Override
    public void fillText(String text, double x, double y, TextAlign align) {
        svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y))
                .append("\" dominant-baseline=\"central\" text-anchor=\"").append(switch (align) {
                    case LEFT -> "start";
                    case CENTER -> "middle";
                    case RIGHT -> "end";
                }).append("\" font-size=\"").append(number(font().size())).append('"')
                .append(font().bold() ? " font-weight=\"bold\"" : "");
        paint("fill", fill());
        svg.append(" stroke=\"none\">").append(Html.escape(text)).append("</text>");
    }

    private void ellipse(double x, double y, double width, double height) {
        svg.append("<ellipse cx=\"").append(number(x + width / 2)).append("\" cy=\"").append(number(y + height / 2))
                .append("\" rx=\"").append(number(width / 2)).append("\" ry=\"").append(number(height / 2)).append('"');
    }

    /** Filled shapes say they have no stroke: some renderers carry one over from the shape before. */
    private void filled() {
        paint("fill", fill());
        svg.append(" stroke=\"none\"/>");
    }

    private void stroked() {
        svg.append(" fill=\"none\"");
        paint("stroke", stroke());
        svg.append(" stroke-width=\"").append(number(lineWidth())).append("\"/>");
    }

    private void paint(String attribute, ChartColour colour) {
        svg.append(' ').append(attribute).append("=\"").append(hex(colour)).append('"');
        double opacity = colour.opacity() * globalAlpha();
        if (opacity < 1) {
            svg.append(' ').append(attribute).append("-opacity=\"").append(number(opacity)).append('"');
        }
    }

    private static String hex(ChartColour colour) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", channel(colour.red()), channel(colour.green()),
                channel(colour.blue()));
    }

    private static int channel(double component) {
        return (int) Math.round(component * 255);
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
