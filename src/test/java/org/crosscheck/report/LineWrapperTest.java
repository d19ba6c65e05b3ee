package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.report.LineWrapper.Piece;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LineWrapperTest {

    private static Measuring measuring;
    private static LineWrapper wrapper;

    @BeforeAll
    static void loadFonts() {
        measuring = new Measuring();
        wrapper = new LineWrapper(measuring.fonts);
    }

    @AfterAll
    static void closeFonts() {
        measuring.close();
    }

    @Test
    void linesBreakAtSpacesAndNeverRunWiderThanTheMeasuredWidth() {
        String text = "Afghan intelligence officials told Circa they estimate ISIS has roughly 3,000 fighters.";
        List<List<Piece>> lines = wrapper.wrap(text, TextStyle.CELL, 80);

        assertThat(lines).hasSizeGreaterThan(2);
        for (List<Piece> line : lines) {
            Piece last = line.get(line.size() - 1);
            assertThat(last.x() + measuring.fonts.width(last.text(), last.style())).isLessThanOrEqualTo(80);
        }
        assertThat(String.join(" ", lines.stream().map(LineWrapperTest::text).toList())).isEqualTo(text);
    }

    @Test
    void aBoldQuoteInsideGreyContextKeepsItsStyleAcrossALineBreak() {
        List<Span> spans = List.of(new Span("they estimate ISIS has ", TextStyle.CELL_MUTED),
                new Span("roughly 3,000 fighters", TextStyle.CELL_BOLD), new Span(" in the country.", TextStyle.CELL_MUTED));
        List<List<Piece>> lines = wrapper.wrap(spans, 90);

        List<String> bold = lines.stream().flatMap(List::stream).filter(piece -> piece.style().bold())
                .map(Piece::text).toList();
        assertThat(String.join(" ", bold).replaceAll("\\s+", " ").strip()).isEqualTo("roughly 3,000 fighters");
    }

    @Test
    void aSignBeforeAFigureStaysOnTheFiguresLine() {
        float signAndSpace = measuring.fonts.width("≈ ", TextStyle.CELL_BOLD);
        float figure = measuring.fonts.width("2,000–3,000", TextStyle.CELL_BOLD);
        // room for "Said ≈" but not for "Said ≈ 2,000–3,000": the sign goes down with its figure
        List<List<Piece>> lines = wrapper.wrap("Said ≈ 2,000–3,000", TextStyle.CELL_BOLD, signAndSpace + figure + 2);

        assertThat(lines).extracting(LineWrapperTest::text).containsExactly("Said", "≈ 2,000–3,000");
    }

    @Test
    void aSignAndFigureWiderThanALineBreakAtTheSpaceNotInsideTheFigure() {
        float figure = measuring.fonts.width("2,000–3,000", TextStyle.CELL_BOLD);

        List<List<Piece>> lines = wrapper.wrap("≈ 2,000–3,000", TextStyle.CELL_BOLD, figure + 1);

        assertThat(lines).extracting(LineWrapperTest::text).containsExactly("≈", "2,000–3,000");
    }

    @Test
    void aLineFeedAlwaysStartsANewLine() {
        assertThat(wrapper.wrap("Zamir Kabulov\nInterfax", TextStyle.CELL, 500)).hasSize(2);
    }

    private static String text(List<Piece> line) {
        StringBuilder text = new StringBuilder();
        for (Piece piece : line) {
            text.append(piece.text());
        }
        return text.toString();
    }
}
