package org.crosscheck.model.chart;

import java.util.List;

/**
 * The interval chart of one group at a given size, ready for any surface: the window's view
 * paints the same through {@link IntervalChartPainter}. Immutable.
 */
public record IntervalChartDrawing(List<IntervalStatement> statements, List<IntervalVerdict> verdicts,
                                   double width, double height) implements ChartDrawing {

    public IntervalChartDrawing {
        statements = List.copyOf(statements);
        verdicts = List.copyOf(verdicts);
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("a chart needs a positive size, not " + width + " × " + height);
        }
    }

    @Override
    public void drawOn(ChartSurface surface) {
        IntervalChartPainter.paint(surface, statements, verdicts, IntervalChartLayout.of(statements.size(), width, height,
                IntervalChartPainter.longestLabel(statements), IntervalChartPainter.longestBrokenLine(statements)));
    }
}
