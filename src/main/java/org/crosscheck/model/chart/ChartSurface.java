package org.crosscheck.model.chart;

/**
 * What the chart painters draw on: lines, rectangles, ovals, polygons and text, in points from
 * the top left, with a fill and a stroke colour, a line width and a global opacity that stay set
 * until changed, like a JavaFX GraphicsContext. The window draws on a JavaFX canvas
 * ({@code ui.chart.FxSurface}), the report into PDF pages and SVG ({@code report.PdfSurface},
 * {@code report.SvgSurface}), the command line into a Java2D image ({@code report.ImageSurface}),
 * so every surface shows the same chart from the same painting code. The painters and this
 * vocabulary are in {@code model} because the window and the report both draw with them and
 * {@code model} is the only layer both may use; they are pure Java, without a toolkit. A surface
 * shows only what falls inside the chart's own bounds. Implementations are not thread-safe.
 */
public interface ChartSurface {

    void setFill(ChartColour colour);

    void setStroke(ChartColour colour);

    void setLineWidth(double width);

    /** Opacity applied to everything drawn from now on, on top of each colour's own. */
    void setGlobalAlpha(double alpha);

    void setFont(ChartFont font);

    void fillRect(double x, double y, double width, double height);

    void strokeRect(double x, double y, double width, double height);

    void strokeLine(double x0, double y0, double x1, double y1);

    /** Fills the oval inside the rectangle x, y, width, height. */
    void fillOval(double x, double y, double width, double height);

    void strokeOval(double x, double y, double width, double height);

    /** Fills the polygon of the first {@code points} corners. */
    void fillPolygon(double[] xs, double[] ys, int points);

    /** One line of text in the fill colour and the current font, vertically centred on {@code y}. */
    void fillText(String text, double x, double y, TextAlign align);
}
