package org.crosscheck.report;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.report.FlowItem.Block;
import org.crosscheck.report.FlowItem.TableRow;
import org.crosscheck.report.LineWrapper.Piece;

/**
 * Lays out a table as a header block and one block per row. Column widths are shares of the
 * available width. A row taller than a page can hold (a very long quote) loses whole lines from
 * its tallest cells, ends with "…" and says so, so nothing is ever cut through a line.
 */
final class TableLayout {

    /** A column: its title and its share of the table width. */
    record Column(String title, float share) {
    }

    static final String SHORTENED_NOTE = "[shortened to fit the page; the HTML report has the full text]";
    static final int HEADER_FILL = 0xE8EAED;
    static final int SHADED_FILL = 0xF6F7F9;
    static final int RULE = 0xC4C7CC;
    private static final float PAD_X = 4;
    private static final float PAD_Y = 3.5f;

    private final LineWrapper wrapper;
    private final TextMeasure measure;
    private final List<Column> columns;
    private final float width;
    private final float maxRowHeight;
    private final Block header;

    /**
     * @param maxRowHeight the tallest a row may be: a page less the header, so a row always fits a fresh page
     */
    TableLayout(TextMeasure measure, List<Column> columns, float width, float maxRowHeight) {
        this.measure = measure;
        this.wrapper = new LineWrapper(measure);
        this.columns = List.copyOf(columns);
        this.width = width;
        this.header = headerBlock();
        this.maxRowHeight = maxRowHeight - header.height();
    }

    Block header() {
        return header;
    }

    /** The rows as flow items; each cell is a list of spans. */
    List<FlowItem> rows(List<List<List<Span>>> cellsOfRows) {
        List<FlowItem> items = new ArrayList<>();
        for (int index = 0; index < cellsOfRows.size(); index++) {
            items.add(new TableRow(header, row(cellsOfRows.get(index), index % 2 == 1), index == 0));
        }
        return items;
    }

    Block row(List<List<Span>> cells, boolean shaded) {
        List<List<List<Piece>>> wrapped = new ArrayList<>();
        for (int column = 0; column < columns.size(); column++) {
            List<Span> cell = column < cells.size() ? cells.get(column) : List.of();
            wrapped.add(wrapper.wrap(cell, columnWidth(column) - 2 * PAD_X));
        }
        float height = 2 * PAD_Y + tallest(wrapped);
        if (height > maxRowHeight) {
            for (int column = 0; column < columns.size(); column++) {
                wrapped.set(column, shortened(wrapped.get(column), maxRowHeight - 2 * PAD_Y,
                        columnWidth(column) - 2 * PAD_X));
            }
            height = 2 * PAD_Y + tallest(wrapped);
        }
        List<Element> elements = new ArrayList<>();
        if (shaded) {
            elements.add(new Element.Box(0, 0, width, height, SHADED_FILL));
        }
        elements.add(new Element.Box(0, height - 0.5f, width, 0.5f, RULE));
        addCells(elements, wrapped);
        return new Block(height, elements);
    }

    private Block headerBlock() {
        List<List<List<Piece>>> wrapped = new ArrayList<>();
        for (int column = 0; column < columns.size(); column++) {
            wrapped.add(wrapper.wrap(columns.get(column).title(), TextStyle.CELL_HEADER,
                    columnWidth(column) - 2 * PAD_X));
        }
        float height = 2 * PAD_Y + tallest(wrapped);
        List<Element> elements = new ArrayList<>();
        elements.add(new Element.Box(0, 0, width, height, HEADER_FILL));
        elements.add(new Element.Box(0, height - 0.75f, width, 0.75f, RULE));
        addCells(elements, wrapped);
        return new Block(height, elements);
    }

    /** Cells are added column by column, so text extraction reads each cell as a whole. */
    private void addCells(List<Element> elements, List<List<List<Piece>>> wrapped) {
        float x = 0;
        for (int column = 0; column < columns.size(); column++) {
            float top = PAD_Y;
            for (List<Piece> line : wrapped.get(column)) {
                float ascent = maxOf(line, true);
                for (Piece piece : line) {
                    elements.add(new Element.TextRun(x + PAD_X + piece.x(), top + ascent, piece.text(), piece.style()));
                }
                top += lineHeight(line);
            }
            x += columnWidth(column);
        }
    }

    /** Whole lines that fit the height, the last ending in "…", then a note that text is missing. */
    private List<List<Piece>> shortened(List<List<Piece>> lines, float height, float lineWidth) {
        if (linesHeight(lines) <= height) {
            return lines;
        }
        float noteHeight = TextStyle.SMALL_MUTED.leading() * 2;
        List<List<Piece>> kept = new ArrayList<>();
        float used = 0;
        for (List<Piece> line : lines) {
            if (used + lineHeight(line) > height - noteHeight) {
                break;
            }
            kept.add(line);
            used += lineHeight(line);
        }
        if (!kept.isEmpty()) {
            kept.set(kept.size() - 1, withEllipsis(kept.get(kept.size() - 1), lineWidth));
        }
        kept.addAll(wrapper.wrap(SHORTENED_NOTE, TextStyle.SMALL_MUTED, lineWidth));
        return kept;
    }

    /** The line with " …" at its end, dropping words from the end until it fits. */
    private List<Piece> withEllipsis(List<Piece> line, float lineWidth) {
        List<Piece> result = new ArrayList<>(line);
        while (!result.isEmpty()) {
            Piece last = result.remove(result.size() - 1);
            String text = last.text();
            while (!text.isBlank()) {
                String candidate = text.stripTrailing() + " …";
                if (last.x() + measure.width(candidate, last.style()) <= lineWidth) {
                    result.add(new Piece(last.x(), candidate, last.style()));
                    return result;
                }
                int space = text.stripTrailing().lastIndexOf(' ');
                text = space < 0 ? "" : text.substring(0, space);
            }
        }
        result.add(new Piece(0, "…", TextStyle.CELL));
        return result;
    }

    private float columnWidth(int column) {
        return columns.get(column).share() * width;
    }

    private static float tallest(List<List<List<Piece>>> cells) {
        float tallest = 0;
        for (List<List<Piece>> lines : cells) {
            tallest = Math.max(tallest, linesHeight(lines));
        }
        return tallest;
    }

    private static float linesHeight(List<List<Piece>> lines) {
        float height = 0;
        for (List<Piece> line : lines) {
            height += lineHeight(line);
        }
        return height;
    }

    private static float lineHeight(List<Piece> line) {
        return maxOf(line, false);
    }

    private static float maxOf(List<Piece> line, boolean ascent) {
        float result = 0;
        for (Piece piece : line) {
            result = Math.max(result, ascent ? piece.style().ascent() : piece.style().leading());
        }
        return result == 0 ? (ascent ? TextStyle.CELL.ascent() : TextStyle.CELL.leading()) : result;
    }
}
