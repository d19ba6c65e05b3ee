package org.crosscheck.ui.print;

import org.crosscheck.report.SampleReport;
import org.crosscheck.report.PdfReportWriter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.print.Printer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Printing for real through a JavaFX print job. Here (no CUPS) only the no-printer cases run; CI
 * sets up a CUPS-PDF printer and CROSSCHECK_REQUIRE_PRINTER=1 (see .ci/run), and then the sample
 * report is printed and the PDF that CUPS-PDF wrote is checked.
 */
class ReportPrinterTest {

    private static final Duration PRINT_TIMEOUT = Duration.ofSeconds(90);

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void withoutAPrinterPrintingSaysSoClearlyAndDoesNotCrash() {
        ReportPrinter printer = new ReportPrinter(ReportPrinter.DEFAULT_DPI, anyPrinter -> null);
        byte[] pdf = new PdfReportWriter().write(SampleReport.document());

        assertThatThrownBy(() -> printer.print(pdf, null, false, null))
                .isInstanceOf(NoPrinterException.class)
                .hasMessage("No printer is set up on this computer. Export the report as PDF instead, "
                        + "or add a printer in your system settings.");
    }

    @Test
    void onAComputerWithNoPrinterAtAllTheDefaultPrinterIsMissingAndPrintingSaysSo() {
        Assumptions.assumeTrue(Printer.getDefaultPrinter() == null, "a printer is set up here");
        byte[] pdf = new PdfReportWriter().write(SampleReport.document());

        assertThatThrownBy(() -> new ReportPrinter().print(pdf, null, false, null))
                .isInstanceOf(NoPrinterException.class)
                .hasMessage(NoPrinterException.MESSAGE);
    }

    @Test
    void theSampleReportPrintsOnTheDefaultPrinterWithAsManyPagesAsItsPdf() throws Exception {
        Printer printer = Printer.getDefaultPrinter();
        boolean required = "1".equals(System.getenv("CROSSCHECK_REQUIRE_PRINTER"));
        if (required) {
            assertThat(printer).as("CROSSCHECK_REQUIRE_PRINTER=1 but no printer is set up").isNotNull();
        }
        Assumptions.assumeTrue(printer != null, "no printer is set up here; .ci/run sets up a CUPS-PDF printer");
        // never waste paper on a developer's real printer: only a PDF printer, or CI, prints
        Assumptions.assumeTrue(required || printer.getName().toLowerCase(Locale.ROOT).contains("pdf"),
                "the default printer is not a PDF printer");
        byte[] pdf = new PdfReportWriter().write(SampleReport.document());
        int expectedPages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            expectedPages = document.getNumberOfPages();
        }
        Instant started = Instant.now().minusSeconds(1);

        assertThat(new ReportPrinter().print(pdf, printer, false, null)).isTrue();

        Path printed = waitForPrintedPdf(started);
        try (PDDocument document = Loader.loadPDF(printed.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(expectedPages);
        }
    }

    /** CUPS-PDF writes to the user's ~/PDF, or to its spool folders for anonymous jobs. */
    private static Path waitForPrintedPdf(Instant after) throws Exception {
        Instant deadline = Instant.now().plus(PRINT_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Optional<Path> newest = newestPdf(after);
            if (newest.isPresent() && isComplete(newest.get())) {
                return newest.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("CUPS-PDF wrote no PDF within " + PRINT_TIMEOUT.toSeconds() + " s in " + outputFolders());
    }

    private static Optional<Path> newestPdf(Instant after) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path folder : outputFolders()) {
            try (Stream<Path> files = Files.walk(folder, 2)) {
                files.filter(file -> file.toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                        .filter(file -> modified(file).isAfter(after)).forEach(found::add);
            }
        }
        return found.stream().max(Comparator.comparing(ReportPrinterTest::modified));
    }

    /** CUPS-PDF writes the file in steps; it is done when it reads as a PDF. */
    private static boolean isComplete(Path file) {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return document.getNumberOfPages() > 0;
        } catch (IOException stillBeingWritten) {
            return false;
        }
    }

    private static List<Path> outputFolders() {
        return Stream.of(Path.of(System.getProperty("user.home"), "PDF"), Path.of("/var/spool/cups-pdf"))
                .filter(Files::isDirectory).toList();
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException gone) {
            return Instant.EPOCH;
        }
    }
}
