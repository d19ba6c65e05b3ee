package org.crosscheck.service;

import java.awt.image.BufferedImage;
import org.crosscheck.report.PdfPages;

/**
 * The pages of a report's PDF as a printer takes them, one image at a time at print resolution,
 * and the size of each, so the window can print them through its own toolkit without reading
 * PDFs itself. Holds the parsed PDF until closed; not thread-safe.
 */
public final class ReportPages implements AutoCloseable {

    private final PdfPages pages;

    private ReportPages(PdfPages pages) {
        this.pages = pages;
    }

    /**
     * The pages of {@code pdf}, the bytes {@link ReportService#pdf} made.
     *
     * @throws java.io.UncheckedIOException when the bytes are no PDF ("Cannot read the report to print it.")
     */
    public static ReportPages of(byte[] pdf) {
        return new ReportPages(PdfPages.of(pdf));
    }

    public int count() {
        return pages.count();
    }

    /** The width of page {@code page} (zero-based) in points (1/72 inch). */
    public double width(int page) {
        return pages.width(page);
    }

    /** The height of page {@code page} (zero-based) in points. */
    public double height(int page) {
        return pages.height(page);
    }

    /** Page {@code page} (zero-based) at {@code dpi} dots per inch; slow, call it off the JavaFX thread. */
    public BufferedImage image(int page, float dpi) {
        return pages.image(page, dpi);
    }

    @Override
    public void close() {
        pages.close();
    }
}
