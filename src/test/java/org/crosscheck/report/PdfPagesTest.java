package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The print pages: the report's PDF pages drawn as images, as the printer gets them. */
class PdfPagesTest {

    @Test
    void thePrintPagesAreThePdfsOwnPagesAtTheirPaperSizeAndDrawnAtTheAskedResolution() throws IOException {
        byte[] pdf = new PdfReportWriter().write(SampleReport.document());
        int pdfPages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pdfPages = document.getNumberOfPages();
        }

        try (PdfPages pages = PdfPages.of(pdf)) {
            assertThat(pages.count()).isEqualTo(pdfPages).isGreaterThan(1);
            assertThat(pages.width(0)).isCloseTo(PaperFormat.A4.width(), within(0.01));
            assertThat(pages.height(0)).isCloseTo(PaperFormat.A4.height(), within(0.01));
            BufferedImage first = pages.image(0, 144);
            assertThat(first.getWidth()).isCloseTo((int) (PaperFormat.A4.width() * 2), within(1));
            assertThat(first.getHeight()).isCloseTo((int) (PaperFormat.A4.height() * 2), within(1));
            assertThat(inked(first)).as("the page's text and charts").isGreaterThan(1_000);
        }
    }

    @Test
    void bytesThatAreNoPdfSaySoInWordsForTheWindow() {
        assertThatThrownBy(() -> PdfPages.of("not a report".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("Cannot read the report to print it.");
    }

    private static int inked(BufferedImage image) {
        int inked = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xFF) < 0x80) {
                    inked++;
                }
            }
        }
        return inked;
    }
}
