package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.report.FlowItem.Block;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TableLayoutTest {

    private static final PaperFormat PAPER = PaperFormat.A4;
    private static Measuring measuring;

    @BeforeAll
    static void loadFonts() {
        measuring = new Measuring();
    }

    @AfterAll
    static void closeFonts() {
        measuring.close();
    }

    @Test
    void aQuoteTooLongForAPageIsShortenedByWholeLinesWithAnEllipsisAndANote() {
        String quote = "the envoy said the number was growing and ".repeat(400).strip() + " THE END";
        StatementRow statement = new StatementRow("A source", "Outlet", "Zamir Kabulov", "2015-12-23", "",
                "< 3,500", quote, quote, "C3");
        TableLayout table = new TableLayout(measuring.fonts, StatementTable.COLUMNS, PAPER.contentWidth(),
                PAPER.contentHeight());

        Block row = table.row(StatementTable.cells(List.of(statement)).get(0), false);

        assertThat(row.height() + table.header().height()).isLessThanOrEqualTo(PAPER.contentHeight());
        List<String> texts = PaginatorTest.texts(row.elements());
        assertThat(texts).anyMatch(text -> text.endsWith(" …"));
        assertThat(String.join(" ", texts)).contains(TableLayout.SHORTENED_NOTE.substring(0, 12)).doesNotContain("THE END");
        assertThat(texts).as("the other cells are whole").contains("Zamir", "Kabulov", "< 3,500", "C3");
        List<Float> baselines = row.elements().stream().filter(Element.TextRun.class::isInstance)
                .map(element -> ((Element.TextRun) element).y()).toList();
        assertThat(baselines).allSatisfy(baseline -> assertThat(baseline).isLessThanOrEqualTo(row.height()));
    }

    @Test
    void everyLineOfACellStaysInsideItsColumn() {
        TableLayout table = new TableLayout(measuring.fonts, SourceTable.COLUMNS, PAPER.contentWidth(),
                PAPER.contentHeight());
        SourceEntry source = new SourceEntry("A title", "Outlet", "Author",
                "https://www.example.org/a/very/long/path/that/cannot/possibly/fit/in/one/line?query=value", "2018-05",
                "D4", 3);

        Block row = table.row(SourceTable.cells(List.of(source)).get(0), false);

        float urlLeft = 0.27f * PAPER.contentWidth() + 0.24f * PAPER.contentWidth();
        float urlRight = urlLeft + 0.20f * PAPER.contentWidth();
        List<Element.TextRun> urlLines = row.elements().stream().filter(Element.TextRun.class::isInstance)
                .map(Element.TextRun.class::cast).filter(run -> run.x() >= urlLeft && run.x() < urlRight).toList();
        assertThat(urlLines).hasSizeGreaterThan(1);
        assertThat(urlLines).allSatisfy(run -> assertThat(run.x() + measuring.fonts.width(run.text(), run.style()))
                .isLessThanOrEqualTo(urlRight));
        assertThat(String.join("", urlLines.stream().map(Element.TextRun::text).toList())).isEqualTo(source.url());
    }
}
