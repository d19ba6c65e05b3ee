package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {

    private static String html;
    private static Document page;

    @BeforeAll
    static void renderTheSampleReport() throws Exception {
        html = new HtmlReportWriter().render(SampleReport.document());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "sample-report.html"), html);
        page = Jsoup.parse(html);
    }

    @Test
    void theStatementsTableHoldsEveryStatementInOrderWithItsQuoteMarked() {
        Elements rows = page.select("table.statements tbody tr");
        assertThat(rows).hasSize(SampleReport.STATEMENTS.size());
        for (int index = 0; index < rows.size(); index++) {
            StatementRow statement = SampleReport.STATEMENTS.get(index);
            Element row = rows.get(index);
            assertThat(row.selectFirst("td.speaker").text()).isEqualTo(statement.speaker());
            assertThat(row.selectFirst("td.value").text()).isEqualTo(statement.value());
            assertThat(row.selectFirst("td.quote mark").text()).isEqualTo(statement.quote());
            assertThat(row.selectFirst("td.grade").text()).isEqualTo(statement.grade());
        }
    }

    @Test
    void aSignBeforeAFigureIsBoundToItSoNoLineEndsAfterIt() {
        assertThat(html).contains("≈&nbsp;").doesNotContain("≈ ").doesNotContain("≥ ");
    }

    @Test
    void verdictsAreColouredByWordAndTheOverrideCarriesItsNote() {
        assertThat(page.select("table.verdicts .verdict").eachText())
                .containsExactly("agrees", "tension", "contradicts", "changed over time", "different scope");
        assertThat(page.select("table.verdicts .verdict-contradicts")).hasSize(1);
        assertThat(page.select(".override").text())
                .isEqualTo("overridden: Bortnikov's figure is a regional count; do not compare it with national totals.");
    }

    @Test
    void chartsAreEmbeddedAsSvgDataUris() {
        Elements images = page.select("img");
        assertThat(images).hasSize(2);
        for (Element image : images) {
            String source = image.attr("src");
            assertThat(source).startsWith("data:image/svg+xml;base64,");
            String svg = new String(Base64.getDecoder().decode(source.substring(source.indexOf(',') + 1)),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>")
                    .contains("<rect", ">bars</text>");
        }
        assertThat(html).doesNotContain("http://", "<link");
    }

    @Test
    void sectionsComeInTheOrderOfThePdf() {
        assertThat(page.select("h2").eachText()).containsExactly(SampleReport.GROUP, "Timeline", "Appendix: sources");
        assertThat(page.select("table.sources tbody td.title").eachText())
                .containsExactlyElementsOf(SampleReport.SOURCES.stream().map(SourceEntry::title).toList());
    }

    @Test
    void thePrintStylesheetRepeatsTableHeadersAndKeepsRowsWhole() {
        String css = page.selectFirst("style").data();
        assertThat(css).contains("thead { display: table-header-group; }", "break-inside: avoid",
                "section.group, section.timeline, section.appendix { break-before: page; }");
    }

    @Test
    void textFromArticlesIsEscapedNeverMarkup() {
        StatementRow hostile = new StatementRow("<script>alert(1)</script>", "A & B", "O'Brien \"the envoy\"", "2020",
                "", "< 5 & > 3", "<b>quote</b>", "before <b>quote</b> after", "A1");
        ReportDocument report = new ReportDocument(SampleReport.document().cover(),
                List.of(new GroupSection("<img src=x onerror=alert(1)>", "", List.of(hostile), null, List.of())),
                null, List.of());

        Document parsed = Jsoup.parse(new HtmlReportWriter().render(report));

        assertThat(parsed.select("script, b, img")).isEmpty();
        assertThat(parsed.select("table.statements td").first().ownText()).isEqualTo("<script>alert(1)</script>");
        assertThat(parsed.selectFirst("td.speaker").text()).isEqualTo("O'Brien \"the envoy\"");
        assertThat(parsed.selectFirst("td.value").text()).isEqualTo("< 5 & > 3");
        assertThat(parsed.selectFirst("td.quote mark").text()).isEqualTo("<b>quote</b>");
        assertThat(parsed.select("h2").first().text()).isEqualTo("<img src=x onerror=alert(1)>");
    }
}
