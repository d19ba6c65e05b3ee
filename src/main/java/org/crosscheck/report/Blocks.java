package org.crosscheck.report;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Verdict;
import org.crosscheck.report.FlowItem.Block;
import org.crosscheck.report.LineWrapper.Piece;

/** Makes the simple blocks of a report: headings, paragraph lines, space, figures, the verdict legend. */
final class Blocks {

    private static final float SWATCH = 7;
    private static final float FIGURE_SHARE_OF_PAGE = 0.8f;

    private final TextMeasure measure;
    private final LineWrapper wrapper;
    private final PaperFormat paper;

    Blocks(TextMeasure measure, PaperFormat paper) {
        this.measure = measure;
        this.wrapper = new LineWrapper(measure);
        this.paper = paper;
    }

    TextMeasure measure() {
        return measure;
    }

    /** A heading with space above it; it stays on the page with what follows. */
    Block heading(String text, TextStyle style, float spaceAbove) {
        return textBlock(wrapper.wrap(text, style, paper.contentWidth()), spaceAbove, style.size() * 0.4f, true);
    }

    /** A paragraph as one block per line, so a long note may continue on the next page. */
    List<FlowItem> paragraph(List<Span> spans) {
        List<FlowItem> lines = new ArrayList<>();
        for (List<Piece> line : wrapper.wrap(spans, paper.contentWidth())) {
            lines.add(textBlock(List.of(line), 0, 0, false));
        }
        return lines;
    }

    List<FlowItem> paragraph(String text, TextStyle style) {
        return paragraph(List.of(new Span(text, style)));
    }

    Block space(float height) {
        return new Block(height, List.of());
    }

    /**
     * A figure at its size, made smaller (keeping its aspect ratio) when wider than the text or
     * taller than most of a page, with its caption below.
     */
    Block figure(Figure figure) {
        float scale = (float) Math.min(1, Math.min(paper.contentWidth() / figure.widthPt(),
                paper.contentHeight() * FIGURE_SHARE_OF_PAGE / figure.heightPt()));
        float width = (float) figure.widthPt() * scale;
        float height = (float) figure.heightPt() * scale;
        List<Element> elements = new ArrayList<>();
        elements.add(new Element.Picture((paper.contentWidth() - width) / 2, 4, width, height, figure));
        float top = 4 + height + 4;
        for (List<Piece> line : wrapper.wrap(figure.caption(), TextStyle.SMALL_MUTED, paper.contentWidth())) {
            addLine(elements, line, top);
            top += lineHeight(line);
        }
        return new Block(top + 6, elements);
    }

    /** One line with a coloured square before each verdict word, so colour is never the only cue. */
    Block legend() {
        List<Element> elements = new ArrayList<>();
        TextStyle label = TextStyle.SMALL_MUTED;
        float x = 0;
        float baseline = label.ascent() + 1;
        elements.add(new Element.TextRun(x, baseline, "Verdicts:", label));
        x += measure.width("Verdicts:", label) + 8;
        for (Verdict word : Verdict.values()) {
            TextStyle style = TextStyle.CELL_BOLD.withColor(word.rgb());
            elements.add(new Element.Box(x, baseline - SWATCH + 0.5f, SWATCH, SWATCH, word.rgb()));
            x += SWATCH + 3;
            elements.add(new Element.TextRun(x, baseline, word.label(), style));
            x += measure.width(word.label(), style) + 12;
        }
        return new Block(label.leading() + 6, elements, true);
    }

    private Block textBlock(List<List<Piece>> lines, float spaceAbove, float spaceBelow, boolean keepWithNext) {
        List<Element> elements = new ArrayList<>();
        float top = spaceAbove;
        for (List<Piece> line : lines) {
            addLine(elements, line, top);
            top += lineHeight(line);
        }
        return new Block(top + spaceBelow, elements, keepWithNext);
    }

    private static void addLine(List<Element> elements, List<Piece> line, float top) {
        float ascent = 0;
        for (Piece piece : line) {
            ascent = Math.max(ascent, piece.style().ascent());
        }
        for (Piece piece : line) {
            elements.add(new Element.TextRun(piece.x(), top + ascent, piece.text(), piece.style()));
        }
    }

    private static float lineHeight(List<Piece> line) {
        float height = TextStyle.SMALL_MUTED.leading();
        for (Piece piece : line) {
            height = Math.max(height, piece.style().leading());
        }
        return height;
    }
}
