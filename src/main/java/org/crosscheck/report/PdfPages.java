package org.crosscheck.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The print pages of a report: its PDF's own pages, drawn as images at print resolution, so that
 * paper and PDF never disagree. The window sends them to the printer. Holds the parsed PDF until
 * closed; not thread-safe.
 */
public final class PdfPages implements AutoCloseable {

    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    /**
     * Reads the PDF of a report.
     *
     * @throws UncheckedIOException when the bytes are no PDF
     */
    public static PdfPages of(byte[] pdf) {
        try {
            return new PdfPages(Loader.loadPDF(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the report to print it.", e);
        }
    }

    public int count() {
        return document.getNumberOfPages();
    }

    /** The width of page {@code page} (zero-based) in points, as its media box says. */
    public double width(int page) {
        return box(page).getWidth();
    }

    /** The height of page {@code page} (zero-based) in points. */
    public double height(int page) {
        return box(page).getHeight();
    }

    /**
     * Page {@code page} (zero-based) drawn at {@code dpi} dots per inch, in colour on white. An A4
     * page at 300 dpi is some 35 MB as an image, so draw one at a time.
     */
    public BufferedImage image(int page, float dpi) {
        try {
            return renderer.renderImageWithDPI(page, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot draw page " + (page + 1) + " of the report to print it.", e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the report's PDF", e);
        }
    }

    private PDRectangle box(int page) {
        return document.getPage(page).getMediaBox();
    }
}
