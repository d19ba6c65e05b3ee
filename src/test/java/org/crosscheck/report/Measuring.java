package org.crosscheck.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The real report fonts for layout tests, loaded into a throwaway document. */
final class Measuring implements AutoCloseable {

    private final PDDocument document = new PDDocument();
    final ReportFonts fonts = ReportFonts.loadInto(document);

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
