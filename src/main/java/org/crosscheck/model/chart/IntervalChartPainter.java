package org.crosscheck.model.chart;

import java.util.List;
import org.crosscheck.model.chart.IntervalChartLayout.Pair;
import org.crosscheck.model.Verdict;

/**
 * Paints the interval chart: one row per statement with its label, its interval as a thick bar
 * (a single figure as a dot, open ends as arrows to the axis edge), the value axis, and the
 * verdict matrix. Shared by the live view, pictures and the PDF report. Stateless.
 */
public final class IntervalChartPainter {

    private static final double BAR = 8;
    private static final double DOT = 10;
    private static final double ARROW = 7;
    /** The least row height that takes a label of one line. */
    static final double LEAST_LABELLED_ROW = 11;
    /** Rough width of a digit at the label font, for keeping axis labels apart. */
    private static final double CHAR_WIDTH = 6.5;

    private IntervalChartPainter() {
    }

    public static void paint(ChartSurface surface, List<IntervalStatement> statements, List<IntervalVerdict> verdicts,
                      IntervalChartLayout layout) {
        surface.setFill(ChartColours.BACKGROUND);
        surface.fillRect(0, 0, layout.width(), layout.height());
        IntervalScale scale = IntervalScale.fit(statements, layout.plotLeft(), layout.plotRight());
        surface.setFont(ChartFont.LABEL);
        paintAxis(surface, scale, layout);
        int maxChars = (int) ((layout.labelWidth() - 12) / IntervalChartLayout.LABEL_CHAR);
        // rows lower than a line of text keep their bars and lose their labels, which would overprint
        boolean labelled = layout.rowHeight() >= LEAST_LABELLED_ROW;
        for (int i = 0; i < statements.size(); i++) {
            IntervalStatement statement = statements.get(i);
            double y = layout.rowCentre(i);
            surface.setFill(ChartColours.TEXT);
            if (labelled) {
                paintLabel(surface, (i + 1) + "  " + statement.label(), maxChars, y, layout.rowHeight());
            }
            paintInterval(surface, statement, scale, y);
        }
        if (!labelled) {
            surface.setFill(ChartColours.MUTED_TEXT);
            surface.fillText(statements.size() + " statements, too many to label here: point at a row for its label",
                    6, layout.top() / 2 + 2, TextAlign.LEFT);
        }
        paintMatrix(surface, statements.size(), verdicts, layout);
        if (layout.drawsMatrix() || statements.size() < 2) {
            surface.setFill(ChartColours.MUTED_TEXT);
            surface.fillText("● confirmed   ○ suggestion, not yet reviewed", 6, layout.top() / 2 + 2, TextAlign.LEFT);
        }
    }

    /**
     * A row's label whole on one line when it fits, else broken into two when the row is tall
     * enough for two lines: at the dot between the source and the speaker ("“ISIS amasses 5,000
     * fighters”" / "· A top Russian security official ○") when each half fits, else at the last word
     * that fits; only then, or in a row too low, is it cut.
     */
    private static void paintLabel(ChartSurface surface, String label, int maxChars, double y, double rowHeight) {
        List<String> lines = labelLines(label, maxChars, rowHeight);
        if (lines.size() == 1) {
            surface.fillText(lines.get(0), 6, y, TextAlign.LEFT);
            return;
        }
        surface.fillText(lines.get(0), 6, y - 6, TextAlign.LEFT);
        surface.fillText(lines.get(1), 6, y + 6, TextAlign.LEFT);
    }

    /** The one or two lines a row's label is drawn in. */
    static List<String> labelLines(String label, int maxChars, double rowHeight) {
        if (label.length() <= maxChars || rowHeight < IntervalChartLayout.TWO_LINE_ROW) {
            return List.of(TimelineText.ellipsize(label, maxChars));
        }
        String indent = "   ";
        int dot = label.indexOf(" · ");
        if (dot > 0 && dot <= maxChars && indent.length() + label.length() - dot - 1 <= maxChars) {
            return List.of(label.substring(0, dot), indent + label.substring(dot + 1).strip());
        }
        int split = label.lastIndexOf(' ', maxChars);
        if (split <= 0) {
            split = maxChars;
        }
        return List.of(label.substring(0, split).stripTrailing(),
                TimelineText.ellipsize(indent + label.substring(split).strip(), maxChars));
    }

    /** Characters of the longest row label, its number included. */
    public static int longestLabel(List<IntervalStatement> statements) {
        int longest = 0;
        for (int i = 0; i < statements.size(); i++) {
            longest = Math.max(longest, numbered(statements, i).length());
        }
        return longest;
    }

    /**
     * Characters of the longest line when every label is broken into two as {@link #labelLines}
     * breaks it: at the dot between source and speaker, else at the space nearest the middle. A
     * row tall enough for two lines needs a label column only this wide, which leaves the bars room.
     */
    public static int longestBrokenLine(List<IntervalStatement> statements) {
        int longest = 0;
        for (int i = 0; i < statements.size(); i++) {
            longest = Math.max(longest, brokenLength(numbered(statements, i)));
        }
        return longest;
    }

    private static String numbered(List<IntervalStatement> statements, int index) {
        return (index + 1) + "  " + statements.get(index).label();
    }

    private static int brokenLength(String label) {
        int indent = 3;
        int dot = label.indexOf(" · ");
        if (dot > 0) {
            return Math.max(dot, indent + label.length() - dot - 1);
        }
        int best = label.length();
        for (int space = label.indexOf(' '); space > 0; space = label.indexOf(' ', space + 1)) {
            best = Math.min(best, Math.max(space, indent + label.length() - space - 1));
        }
        return best;
    }

    private static void paintAxis(ChartSurface surface, IntervalScale scale, IntervalChartLayout layout) {
        double axisY = layout.axisY();
        surface.setLineWidth(1);
        for (IntervalScale.Tick tick : scale.ticks()) {
            double x = Math.round(scale.toX(tick.value())) + 0.5;
            surface.setStroke(ChartColours.GRID);
            surface.strokeLine(x, layout.top(), x, axisY);
            surface.setStroke(ChartColours.RULE);
            surface.strokeLine(x, axisY, x, axisY + 4);
        }
        surface.setStroke(ChartColours.RULE);
        surface.strokeLine(scale.leftEdge(), axisY + 0.5, scale.rightEdge(), axisY + 0.5);
        surface.setFill(ChartColours.MUTED_TEXT);
        for (AxisLabels.Label label : AxisLabels.fitting(scale, CHAR_WIDTH)) {
            surface.fillText(label.text(), label.x(), axisY + 13, TextAlign.CENTER);
        }
        if (scale.isLogarithmic()) {
            surface.fillText("log scale", scale.rightEdge(), layout.top() / 2, TextAlign.RIGHT);
        }
    }

    private static void paintInterval(ChartSurface surface, IntervalStatement statement, IntervalScale scale, double y) {
        if (statement.hasNoFigure()) {
            surface.setFill(ChartColours.MUTED_TEXT);
            surface.fillText("no figure", scale.leftEdge() + 4, y, TextAlign.LEFT);
            return;
        }
        ChartColour colour = ChartColours.series(statement.colourIndex());
        surface.setFill(colour);
        surface.setStroke(colour);
        if (statement.isSingleFigure()) {
            double x = scale.toX(statement.low());
            surface.fillOval(x - DOT / 2, y - DOT / 2, DOT, DOT);
            return;
        }
        double x0 = scale.lowX(statement.low());
        double x1 = scale.highX(statement.high());
        double barStart = statement.low() == null ? x0 + ARROW : x0;
        double barEnd = statement.high() == null ? x1 - ARROW : x1;
        surface.fillRect(barStart, y - BAR / 2, Math.max(2, barEnd - barStart), BAR);
        if (statement.low() == null) {
            surface.fillPolygon(new double[] {x0, x0 + ARROW, x0 + ARROW}, new double[] {y, y - ARROW, y + ARROW}, 3);
        } else if (statement.high() == null) {
            surface.fillOval(x0 - DOT / 2, y - DOT / 2, DOT, DOT);
        }
        if (statement.high() == null) {
            surface.fillPolygon(new double[] {x1, x1 - ARROW, x1 - ARROW}, new double[] {y, y - ARROW, y + ARROW}, 3);
        } else if (statement.low() == null) {
            surface.fillOval(x1 - DOT / 2, y - DOT / 2, DOT, DOT);
        }
    }

    private static void paintMatrix(ChartSurface surface, int count, List<IntervalVerdict> verdicts,
                                    IntervalChartLayout layout) {
        if (count < 2) {
            return;
        }
        if (!layout.drawsMatrix()) {
            surface.setFill(ChartColours.MUTED_TEXT);
            // at the left, over the labels: the right end of the header is where "log scale" goes
            surface.fillText(count + " statements: too many for a matrix; the verdicts are listed below",
                    6, layout.top() / 2 + 2, TextAlign.LEFT);
            return;
        }
        surface.setFill(ChartColours.MUTED_TEXT);
        for (int column = 0; column < count - 1; column++) {
            surface.fillText(Integer.toString(column + 1), layout.columnCentre(column), layout.top() / 2 + 2,
                    TextAlign.CENTER);
        }
        surface.setStroke(ChartColours.GRID_MAJOR);
        surface.setLineWidth(1);
        double half = layout.cell() / 2;
        for (int row = 1; row < count; row++) {
            for (int column = 0; column < row; column++) {
                surface.strokeRect(layout.columnCentre(column) - half + 0.5, layout.rowCentre(row) - half + 0.5,
                        layout.cell() - 1, layout.cell() - 1);
            }
        }
        for (IntervalVerdict verdict : verdicts) {
            if (verdict.a() != verdict.b() && Math.max(verdict.a(), verdict.b()) < count
                    && Math.min(verdict.a(), verdict.b()) >= 0) {
                Pair cell = IntervalChartLayout.cellOf(verdict.a(), verdict.b());
                VerdictMark.paint(surface, Verdict.fromKeyOrNeutral(verdict.verdictKey()), layout.columnCentre(cell.column()),
                        layout.rowCentre(cell.row()), layout.cell() * 0.7);
            }
        }
    }
}
