package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample report written as PDF and read back with PDFBox text extraction. */
class PdfReportWriterTest {

    /** Kept in target/ so the pages can be looked at: pdftoppm -png -r 60 target/sample-report.pdf page */
    static final Path SAMPLE_PDF = Path.of("target", "sample-report.pdf");

    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void writeTheSampleReport() throws IOException {
        pdf = new PdfReportWriter().write(SampleReport.document());
        Files.createDirectories(SAMPLE_PDF.getParent());
        Files.write(SAMPLE_PDF, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false); // stream order: a table cell comes out whole
            text = stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void chartsAreVectorGraphicsWithTheirTextInTheReportsFontsAndNoPicture() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    assertThat(page.getResources().isImageXObject(name)).as("an image on a page").isFalse();
                }
            }
        }
        // each of the two charts labels itself "bars": drawn as text, so it comes back out as text
        assertThat(text.split("\\bbars\\b", -1)).hasSize(3);
    }

    @Test
    void everyStatementAppearsWithItsSpeakerValueAndQuote() {
        for (StatementRow statement : SampleReport.STATEMENTS) {
            assertThat(text).contains(statement.speaker(), statement.value(), statement.quote(), statement.grade());
        }
    }

    @Test
    void everyVerdictWordAppearsAndTheOverrideIsMarkedWithItsNote() {
        assertThat(text).contains("agrees", "tension", "contradicts", "changed over time", "different scope");
        assertThat(text).contains("overridden: Bortnikov's figure is a regional count");
    }

    @Test
    void theAppendixListsEverySourceTitle() {
        String appendix = text.substring(text.indexOf("Appendix: sources"));
        for (SourceEntry source : SampleReport.SOURCES) {
            assertThat(appendix).contains(source.title(), source.published());
        }
    }

    @Test
    void pagesAfterTheCoverHaveARunningHeaderAndPageNumbers() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pageText(document, 1)).doesNotContain("Page 1 of");
            for (int page = 2; page <= pages; page++) {
                assertThat(pageText(document, page))
                        .contains("Crosscheck sample · Comparison report", "Page " + page + " of " + pages);
            }
        }
    }

    @Test
    void theSampleTakesACoverAndTwoPagesOfA4() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595f, within(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(842f, within(1f));
            }
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Crosscheck sample · Comparison report");
            assertThat(document.getDocumentInformation().getCreationDate()).isNotNull();
        }
    }

    @Test
    void letterPaperGivesLetterPages() throws IOException {
        byte[] letter = new PdfReportWriter(PaperFormat.LETTER).write(SampleReport.document());
        try (PDDocument document = Loader.loadPDF(letter)) {
            assertThat(document.getPage(1).getMediaBox().getWidth()).isCloseTo(612f, within(0.5f));
            assertThat(document.getPage(1).getMediaBox().getHeight()).isCloseTo(792f, within(0.5f));
        }
    }

    @Test
    void charactersTheFontLacksPrintAsQuestionMarksInsteadOfFailing() throws IOException {
        StatementRow odd = new StatementRow("源 source", "", "Speaker 🙂", "2020", "", "≤ 7", "quote", "quote", "A1");
        ReportDocument report = new ReportDocument(SampleReport.document().cover(),
                java.util.List.of(new GroupSection("Odd glyphs", "", java.util.List.of(odd), null, java.util.List.of())),
                null, java.util.List.of());
        try (PDDocument document = Loader.loadPDF(new PdfReportWriter().write(report))) {
            String extracted = new PDFTextStripper().getText(document);
            assertThat(extracted).contains("? source", "Speaker ?", "≤ 7");
        }
    }

    @Test
    void aGroupOfSixtyStatementsAndAPageLongQuoteKeepsEveryRowWhole() throws IOException {
        java.util.List<StatementRow> statements = new java.util.ArrayList<>();
        for (int number = 1; number <= 60; number++) {
            StatementRow sample = SampleReport.STATEMENTS.get(number % 5);
            String context = number == 30 ? (sample.context() + " ").repeat(60) : sample.context();
            statements.add(new StatementRow(sample.source(), sample.outlet(), "Speaker " + number, sample.published(),
                    sample.refersTo(), sample.value(), sample.quote(), context, sample.grade()));
        }
        ReportDocument report = new ReportDocument(SampleReport.document().cover(),
                java.util.List.of(new GroupSection("Sixty statements", "", statements, null, SampleReport.VERDICTS)),
                null, SampleReport.SOURCES);
        byte[] longPdf = new PdfReportWriter().write(report);
        Files.write(Path.of("target", "long-report.pdf"), longPdf);

        try (PDDocument document = Loader.loadPDF(longPdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            String extracted = stripper.getText(document).replaceAll("\\s+", " ");
            for (int number = 1; number <= 60; number++) {
                assertThat(extracted).contains("Speaker " + number + " ");
            }
            assertThat(extracted).contains("…", "shortened to fit the page");
            for (int page = 3; page < document.getNumberOfPages(); page++) {
                assertThat(pageText(document, page)).as("page %d repeats the header", page).contains("Quote in context");
            }
        }
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
