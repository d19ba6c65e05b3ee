package org.crosscheck.model.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.model.Verdict;

/**
 * The sources of a group against each other: a square grid whose cell (row, column) holds the
 * mark of the weightiest verdict between the two sources' statements, each source named by its
 * letter and outlet beside its colour, and under it a legend of the marks. The same drawing in
 * the Comparison tab and in the report. Immutable.
 */
public final class SourceGridDrawing implements ChartDrawing {

    /** A source as the grid names it: "A", "RT", and the colour slot it keeps. */
    public record GridSource(String letter, String label, int colour) { }

    /** The weightiest verdict between sources {@code row} and {@code column} (positions in the source list). */
    public record GridCell(int row, int column, String verdictKey) { }

    static final double CELL = 24;
    static final double PAD = 6;
    static final double CHAR = 6.6;
    static final double LEGEND_ROW = 18;
    private static final double SWATCH = 10;

    private final List<GridSource> sources;
    private final List<GridCell> cells;
    private final double labelWidth;
    private final double width;
    private final List<List<Verdict>> legendRows;

    public SourceGridDrawing(List<GridSource> sources, List<GridCell> cells, double maxWidth) {
        this.sources = List.copyOf(sources);
        this.cells = List.copyOf(cells);
        double longest = this.sources.stream().mapToDouble(source -> textWidth(source.letter() + "  "
                + source.label())).max().orElse(0);
        this.labelWidth = SWATCH + 6 + longest + 8;
        double grid = PAD + labelWidth + this.sources.size() * CELL + PAD;
        this.width = Math.max(grid, Math.min(maxWidth, legendWidth(List.of(Verdict.values())) + 2 * PAD));
        this.legendRows = legendRows(width - 2 * PAD);
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return top() + sources.size() * CELL + 10 + legendRows.size() * LEGEND_ROW + PAD;
    }

    @Override
    public void drawOn(ChartSurface surface) {
        surface.setFill(ChartColours.BACKGROUND);
        surface.fillRect(0, 0, width, height());
        surface.setFont(ChartFont.LABEL);
        double gridLeft = PAD + labelWidth;
        for (int column = 0; column < sources.size(); column++) {
            surface.setFill(ChartColours.TEXT);
            surface.fillText(sources.get(column).letter(), gridLeft + (column + 0.5) * CELL, top() - 9,
                    TextAlign.CENTER);
        }
        for (int row = 0; row < sources.size(); row++) {
            GridSource source = sources.get(row);
            double middle = top() + (row + 0.5) * CELL;
            surface.setFill(ChartColours.series(source.colour()));
            surface.fillRect(PAD, middle - SWATCH / 2, SWATCH, SWATCH);
            surface.setFill(ChartColours.TEXT);
            surface.fillText(source.letter() + "  " + source.label(), PAD + SWATCH + 6, middle, TextAlign.LEFT);
            for (int column = 0; column < sources.size(); column++) {
                double x = gridLeft + column * CELL;
                surface.setStroke(ChartColours.GRID_MAJOR);
                surface.setLineWidth(1);
                surface.strokeRect(x + 0.5, top() + row * CELL + 0.5, CELL - 1, CELL - 1);
                if (row == column) {
                    surface.setFill(ChartColours.GUTTER);
                    surface.fillRect(x + 1, top() + row * CELL + 1, CELL - 2, CELL - 2);
                    continue;
                }
                Optional<GridCell> cell = cellAt(row, column);
                if (cell.isPresent()) {
                    VerdictMark.paint(surface, Verdict.fromKeyOrNeutral(cell.get().verdictKey()), x + CELL / 2, middle, CELL * 0.62);
                }
            }
        }
        paintLegend(surface, top() + sources.size() * CELL + 10);
    }

    /** The cell under a point, for a tooltip: its row and column source positions. */
    public Optional<GridCell> cellAtPoint(double x, double y) {
        double gridLeft = PAD + labelWidth;
        if (x < gridLeft || y < top()) {
            return Optional.empty();
        }
        int column = (int) ((x - gridLeft) / CELL);
        int row = (int) ((y - top()) / CELL);
        if (row >= sources.size() || column >= sources.size() || row == column) {
            return Optional.empty();
        }
        return cellAt(row, column);
    }

    private Optional<GridCell> cellAt(int row, int column) {
        return cells.stream().filter(cell -> cell.row() == row && cell.column() == column
                || cell.row() == column && cell.column() == row).findFirst();
    }

    private static double top() {
        return PAD + 18;
    }

    private void paintLegend(ChartSurface surface, double y) {
        for (List<Verdict> line : legendRows) {
            double x = PAD;
            double middle = y + LEGEND_ROW / 2;
            for (Verdict kind : line) {
                VerdictMark.paint(surface, kind, x + 7, middle, 12);
                surface.setFill(ChartColours.TEXT);
                surface.fillText(words(kind), x + 18, middle, TextAlign.LEFT);
                x += entryWidth(kind);
            }
            y += LEGEND_ROW;
        }
    }

    private List<List<Verdict>> legendRows(double room) {
        List<List<Verdict>> rows = new ArrayList<>();
        List<Verdict> line = new ArrayList<>();
        double used = 0;
        for (Verdict kind : Verdict.values()) {
            if (!line.isEmpty() && used + entryWidth(kind) > room) {
                rows.add(line);
                line = new ArrayList<>();
                used = 0;
            }
            line.add(kind);
            used += entryWidth(kind);
        }
        rows.add(line);
        return rows;
    }

    private static double legendWidth(List<Verdict> kinds) {
        return kinds.stream().mapToDouble(SourceGridDrawing::entryWidth).sum();
    }

    private static double entryWidth(Verdict kind) {
        return 18 + textWidth(words(kind)) + 14;
    }

    private static String words(Verdict kind) {
        return kind.label();
    }

    static double textWidth(String text) {
        return text.length() * CHAR;
    }
}
