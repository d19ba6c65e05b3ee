package org.crosscheck.model.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The verdict matrix is drawn while its cells can be seen and pointed at, and gives way to the bars after. */
class IntervalChartLayoutTest {

    @Test
    void aGroupOfTenHasAMatrixAndItsCellsCanBePointedAt() {
        IntervalChartLayout layout = IntervalChartLayout.of(10, 900, IntervalChartLayout.preferredHeight(10));

        assertThat(layout.drawsMatrix()).isTrue();
        assertThat(layout.cellAt(layout.columnCentre(0), layout.rowCentre(1))).isPresent();
    }

    @Test
    void aGroupOfThousandsHasNoMatrixOfSpecksAndItsBarsTakeTheWidth() {
        IntervalChartLayout layout = IntervalChartLayout.of(7_000, 900, IntervalChartLayout.preferredHeight(7_000));

        assertThat(layout.drawsMatrix()).isFalse();
        assertThat(layout.cellAt(890, layout.rowCentre(5))).isEmpty();
        assertThat(layout.plotRight()).isGreaterThan(850);
    }

    @Test
    void labelsThatBreakInTwoLinesLeaveTheBarsTheWidthTheSecondLineSaves() {
        java.util.List<IntervalStatement> statements = java.util.List.of(
                new IntervalStatement("\u201cISIS amasses 5,000 fighters\u201d · A top Russian security official ○", 5000.0, null, "", 0),
                new IntervalStatement("Breitbart News · Zamir Kabulov ○", 3150.0, 3500.0, "", 1));
        int whole = IntervalChartPainter.longestLabel(statements);
        int broken = IntervalChartPainter.longestBrokenLine(statements);

        IntervalChartLayout oneLine = IntervalChartLayout.of(2, 760, IntervalChartLayout.preferredHeight(2), whole);
        IntervalChartLayout twoLines = IntervalChartLayout.of(2, 760, IntervalChartLayout.preferredHeight(2), whole, broken);

        assertThat(broken).isLessThan(whole);
        assertThat(twoLines.plotRight() - twoLines.plotLeft()).isGreaterThan(oneLine.plotRight() - oneLine.plotLeft() + 60);
        // and every line still fits its column whole
        int maxChars = (int) ((twoLines.labelWidth() - 12) / IntervalChartLayout.LABEL_CHAR);
        for (int i = 0; i < statements.size(); i++) {
            assertThat(IntervalChartPainter.labelLines((i + 1) + "  " + statements.get(i).label(), maxChars,
                    twoLines.rowHeight())).allSatisfy(line -> assertThat(line).doesNotContain("\u2026"));
        }
    }

    @Test
    void aGroupOfThousandsDrawnInALimitedHeightKeepsItsBarsAndSaysWhyItsRowsAreUnlabelled() {
        java.util.List<IntervalStatement> statements = new java.util.ArrayList<>();
        for (int i = 0; i < 7_000; i++) {
            statements.add(new IntervalStatement("RT · speaker " + i, 1.0 * i, 1.0 * i + 5, "", i % 5));
        }
        java.util.List<String> written = new java.util.ArrayList<>();
        int[] bars = {0};
        ChartSurface recording = new ChartSurface() {
            @Override public void setFill(ChartColour colour) { }
            @Override public void setStroke(ChartColour colour) { }
            @Override public void setLineWidth(double width) { }
            @Override public void setGlobalAlpha(double alpha) { }
            @Override public void setFont(ChartFont font) { }
            @Override public void fillRect(double x, double y, double width, double height) { bars[0]++; }
            @Override public void strokeRect(double x, double y, double width, double height) { }
            @Override public void strokeLine(double x0, double y0, double x1, double y1) { }
            @Override public void fillOval(double x, double y, double width, double height) { }
            @Override public void strokeOval(double x, double y, double width, double height) { }
            @Override public void fillPolygon(double[] xs, double[] ys, int points) { }
            @Override public void fillText(String text, double x, double y, TextAlign align) { written.add(text); }
        };

        new IntervalChartDrawing(statements, java.util.List.of(), 900, 4_000).drawOn(recording);

        assertThat(bars[0]).isGreaterThanOrEqualTo(7_000);
        assertThat(written).noneMatch(text -> text.contains("speaker"))
                .anyMatch(text -> text.startsWith("7000 statements, too many to label here"));
    }
}
