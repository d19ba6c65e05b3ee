package org.crosscheck.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Writes a report as PDF: lays it out on the paper, embeds the fonts and figures, sets the title
 * and dates. The printed report is rendered from these same pages. Stateless and thread-safe;
 * each call builds its own document.
 */
public final class PdfReportWriter {

    private final PaperFormat paper;

    /** A writer for A4 portrait. */
    public PdfReportWriter() {
        this(PaperFormat.A4);
    }

    public PdfReportWriter(PaperFormat paper) {
        this.paper = Objects.requireNonNull(paper, "paper");
    }

    /** The report as PDF bytes. */
    public byte[] write(ReportDocument report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(report, bytes);
        return bytes.toByteArray();
    }

    /** Writes the report to a file, replacing it. */
    public void write(ReportDocument report, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + file, e);
        }
    }

    /** Writes the report to a stream, which stays open. */
    public void write(ReportDocument report, OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            ReportFonts fonts = ReportFonts.loadInto(document);
            LaidOutReport pages = new ReportLayout(fonts, paper).layOut(report);
            new PdfPagePainter(document, fonts).paint(pages);
            describe(document, report);
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report as PDF", e);
        }
    }

    private static void describe(PDDocument document, ReportDocument report) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(report.cover().projectName() + " · Comparison report");
        info.setSubject(report.cover().scope());
        info.setCreator("Crosscheck");
        Calendar now = new GregorianCalendar();
        info.setCreationDate(now);
        info.setModificationDate(now);
    }
}
