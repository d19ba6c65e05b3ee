package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.report.FlowItem.Block;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PaginatorTest {

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
    void aLongTableContinuesOnTheNextPageWithItsHeaderRepeatedAndNoRowSplit() {
        TableLayout table = new TableLayout(measuring.fonts,
                List.of(new TableLayout.Column("Row header", 0.3f), new TableLayout.Column("Lines header", 0.7f)),
                PAPER.contentWidth(), PAPER.contentHeight());
        List<List<List<Span>>> rows = new ArrayList<>();
        for (int row = 1; row <= 60; row++) {
            rows.add(List.of(List.of(new Span("row " + row, TextStyle.CELL)),
                    List.of(new Span("first of " + row + "\nsecond of " + row + "\nthird of " + row, TextStyle.CELL))));
        }

        List<List<Element>> pages = new Paginator(PAPER).paginate(table.rows(rows));

        assertThat(pages).hasSizeGreaterThan(1);
        for (List<Element> page : pages) {
            List<String> texts = texts(page);
            assertThat(texts.get(0)).as("the header opens every page").isEqualTo("Row header");
            assertThat(texts).filteredOn("Row header"::equals).hasSize(1);
            assertThat(page).allSatisfy(element -> assertThat(bottomOf(element)).isLessThanOrEqualTo(PAPER.contentBottom()));
        }
        for (int row = 1; row <= 60; row++) {
            int number = row;
            List<Integer> pagesOfRow = new ArrayList<>();
            for (int index = 0; index < pages.size(); index++) {
                List<String> texts = texts(pages.get(index));
                if (texts.contains("row " + number) || texts.contains("first of " + number)
                        || texts.contains("second of " + number) || texts.contains("third of " + number)) {
                    pagesOfRow.add(index);
                }
            }
            assertThat(pagesOfRow).as("pages holding row %d", number).hasSize(1);
            assertThat(texts(pages.get(pagesOfRow.get(0))))
                    .contains("row " + number, "first of " + number, "second of " + number, "third of " + number);
        }
    }

    @Test
    void aGroupThatWouldStartInTheLastQuarterOfAPageStartsOnTheNextPage() {
        List<List<Element>> pages = new Paginator(PAPER).paginate(List.of(
                filler(0.8f), new FlowItem.GroupStart(), text("Second group", 20)));

        assertThat(pages).hasSize(2);
        assertThat(texts(pages.get(1))).containsExactly("Second group");
    }

    @Test
    void aGroupWithAThirdOfThePageLeftStartsOnTheSamePage() {
        List<List<Element>> pages = new Paginator(PAPER).paginate(List.of(
                filler(0.66f), new FlowItem.GroupStart(), text("Second group", 20)));

        assertThat(pages).hasSize(1);
    }

    @Test
    void aHeadingMovesToTheNextPageWithTheTableItIntroduces() {
        TableLayout table = new TableLayout(measuring.fonts, List.of(new TableLayout.Column("Header", 1f)),
                PAPER.contentWidth(), PAPER.contentHeight());
        List<FlowItem> flow = new ArrayList<>();
        flow.add(filler(0.9f));
        flow.add(new Block(20, List.of(new Element.TextRun(0, 15, "Heading", TextStyle.SUBHEADING)), true));
        flow.addAll(table.rows(List.of(List.of(List.of(new Span("a row\nof\nfour\nlines", TextStyle.CELL))))));

        List<List<Element>> pages = new Paginator(PAPER).paginate(flow);

        assertThat(pages).hasSize(2);
        assertThat(texts(pages.get(1))).startsWith("Heading", "Header", "a row");
    }

    @Test
    void aTableNeverEndsAPageWithItsHeaderAndASingleRow() {
        TableLayout table = new TableLayout(measuring.fonts, List.of(new TableLayout.Column("Header", 1f)),
                PAPER.contentWidth(), PAPER.contentHeight());
        Block row = table.row(List.of(List.of(new Span("row", TextStyle.CELL))), false);
        float roomForHeaderAndOneRow = table.header().height() + row.height() + 1;
        List<FlowItem> flow = new ArrayList<>();
        flow.add(filler((PAPER.contentHeight() - roomForHeaderAndOneRow) / PAPER.contentHeight()));
        flow.addAll(table.rows(List.of(List.of(List.of(new Span("first", TextStyle.CELL))),
                List.of(List.of(new Span("second", TextStyle.CELL))))));

        List<List<Element>> pages = new Paginator(PAPER).paginate(flow);

        assertThat(pages).hasSize(2);
        assertThat(texts(pages.get(1))).containsExactly("Header", "first", "second");
    }

    @Test
    void aPageBreakStartsANewPageButNeverAnEmptyOne() {
        List<List<Element>> pages = new Paginator(PAPER).paginate(List.of(
                text("cover", 20), new FlowItem.PageBreak(), new FlowItem.PageBreak(), new FlowItem.GroupStart(),
                text("body", 20)));

        assertThat(pages).hasSize(2);
        assertThat(texts(pages.get(1))).containsExactly("body");
    }

    private static Block filler(float shareOfPage) {
        return new Block(PAPER.contentHeight() * shareOfPage,
                List.of(new Element.Box(0, 0, 10, PAPER.contentHeight() * shareOfPage, 0)));
    }

    private static Block text(String text, float height) {
        return new Block(height, List.of(new Element.TextRun(0, height - 5, text, TextStyle.BODY)));
    }

    static List<String> texts(List<Element> page) {
        return page.stream().filter(Element.TextRun.class::isInstance).map(element -> ((Element.TextRun) element).text())
                .collect(Collectors.toList());
    }

    private static float bottomOf(Element element) {
        if (element instanceof Element.Box box) {
            return box.y() + box.height();
        }
        if (element instanceof Element.Picture picture) {
            return picture.y() + picture.height();
        }
        return ((Element.TextRun) element).y();
    }
}
