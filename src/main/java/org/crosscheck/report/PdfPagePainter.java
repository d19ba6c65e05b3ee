package org.crosscheck.report;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Draws laid-out pages into a PDF document. Layout measures from the top of the page, PDF from
 * the bottom, so every y is flipped here (and in the {@link PdfSurface} that draws the charts).
 */
final class PdfPagePainter {

    private final PDDocument document;
    private final ReportFonts fonts;
    private final PdfAlpha alpha = new PdfAlpha();
    /*
     * The font and fill colour last set on the page, so that thousands of table cells in the same
     * style do not each set them again. A chart changes them only inside its own saved graphics
     * state, which restores them after it.
     */
    private TextStyle written;
    private int writtenRgb;

    PdfPagePainter(PDDocument document, ReportFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    void paint(LaidOutReport report) throws IOException {
        PaperFormat paper = report.paper();
        for (List<Element> elements : report.pages()) {
            PDPage page = new PDPage(new PDRectangle(paper.width(), paper.height()));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                written = null;
                writtenRgb = -1;
                for (Element element : elements) {
                    draw(content, element, paper.height());
                }
            }
        }
    }

    private void draw(PDPageContentStream content, Element element, float pageHeight) throws IOException {
        if (element instanceof Element.TextRun run) {
            if (run.text().isEmpty()) {
                return;
            }
            content.beginText();
            if (!run.style().equals(written)) {
                content.setFont(fonts.font(run.style()), run.style().size());
                written = run.style();
            }
            fill(content, run.style().rgb());
            content.newLineAtOffset(run.x(), pageHeight - run.y());
            content.showText(run.text());
            content.endText();
        } else if (element instanceof Element.Box box) {
            fill(content, box.rgb());
            content.addRect(box.x(), pageHeight - box.y() - box.height(), box.width(), box.height());
            content.fill();
        } else if (element instanceof Element.Picture picture) {
            drawChart(content, picture, pageHeight);
        }
    }

    /** The chart as vector graphics, scaled into the picture's box; its text in the report's fonts. */
    private void drawChart(PDPageContentStream content, Element.Picture picture, float pageHeight) throws IOException {
        Figure figure = picture.figure();
        double scale = Math.min(picture.width() / figure.widthPt(), picture.height() / figure.heightPt());
        try (PdfSurface surface = new PdfSurface(content, fonts, alpha, picture.x(), pageHeight - picture.y(), scale,
                figure.widthPt(), figure.heightPt())) {
            figure.drawing().drawOn(surface);
        }
    }

    private void fill(PDPageContentStream content, int rgb) throws IOException {
        if (rgb != writtenRgb) {
            content.setNonStrokingColor(color(rgb));
            writtenRgb = rgb;
        }
    }

    private static java.awt.Color color(int rgb) {
        return new java.awt.Color(rgb);
    }
}
