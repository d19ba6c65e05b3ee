package org.crosscheck.ui.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PageRange;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.crosscheck.service.ReportPages;

/**
 * Prints a report by printing the pages of its PDF, rendered as images at print resolution by the
 * report ({@link ReportPages}), so paper and PDF never disagree. Each page is scaled to the
 * printable area, keeping its shape. The print job, its dialogs and the pages it takes are JavaFX,
 * so this belongs to the window; the report only draws the pages.
 *
 * <p>Threads: with dialogs, call on the JavaFX application thread (the dialogs need it); without,
 * any thread will do, and a background thread keeps the window responsive while pages render.
 * Holds no state between calls.
 */
public final class ReportPrinter {

    /** Fine enough for 7.5 pt text on any office printer. */
    public static final float DEFAULT_DPI = 300;

    private final float dpi;
    private final Function<Printer, PrinterJob> jobs;

    public ReportPrinter() {
        this(DEFAULT_DPI, PrinterJob::createPrinterJob);
    }

    /** For tests: jobs come from the given factory, which answers null when it has no printer. */
    ReportPrinter(float dpi, Function<Printer, PrinterJob> jobs) {
        this.dpi = dpi;
        this.jobs = jobs;
    }

    /** Prints a PDF file; see {@link #print(byte[], Printer, boolean, Window)}. */
    public boolean print(Path pdf, Printer printer, boolean showDialog, Window owner) {
        try {
            return print(Files.readAllBytes(pdf), printer, showDialog, owner);
        } catch (IOException e) {
            throw new PrintFailedException("Cannot read the report " + pdf + " to print it.", e);
        }
    }

    /**
     * Prints the pages of a PDF.
     *
     * @param printer    the printer, or null for the system's default printer
     * @param showDialog whether to let the user set up the page and choose printer, pages and copies first
     * @param owner      the window the dialogs belong to; may be null
     * @return true when the job went to the printer, false when the user cancelled a dialog
     * @throws NoPrinterException   when no printer is set up
     * @throws PrintFailedException when the printer did not take a page
     */
    public boolean print(byte[] pdf, Printer printer, boolean showDialog, Window owner) {
        Optional<PrinterJob> job = setUp(pdf, printer, showDialog, owner);
        if (job.isEmpty()) {
            return false;
        }
        printAll(job.get(), pdf);
        return true;
    }

    /**
     * The first half of printing, on the JavaFX thread when dialogs are shown: a job for the
     * printer with the report's paper, set up by the user; empty when a dialog was cancelled.
     *
     * @throws NoPrinterException when no printer is set up
     */
    public Optional<PrinterJob> setUp(byte[] pdf, Printer printer, boolean showDialog, Window owner) {
        if (showDialog && !Platform.isFxApplicationThread()) {
            throw new IllegalStateException("print dialogs must be shown on the JavaFX application thread");
        }
        Printer target = printer != null ? printer : Printer.getDefaultPrinter();
        PrinterJob job = target == null ? null : jobs.apply(target);
        if (job == null) {
            throw new NoPrinterException();
        }
        try (ReportPages pages = ReportPages.of(pdf)) {
            job.getJobSettings().setJobName("Comparison report");
            job.getJobSettings().setPageLayout(PrintPaper.layoutFor(job.getPrinter(), pages.width(0), pages.height(0)));
        } catch (UncheckedIOException e) {
            job.cancelJob();
            throw new PrintFailedException("Cannot read the report to print it.", e);
        }
        if (showDialog && !(job.showPageSetupDialog(owner) && job.showPrintDialog(owner))) {
            job.cancelJob();
            return Optional.empty();
        }
        return Optional.of(job);
    }

    /**
     * The second half: renders the chosen pages and sends them to the printer. Slow (each page is
     * drawn at print resolution), so the window calls it from a background thread.
     *
     * @throws PrintFailedException when the printer did not take a page
     */
    public void printAll(PrinterJob job, byte[] pdf) {
        try (ReportPages pages = ReportPages.of(pdf)) {
            printPages(job, pages);
            if (!job.endJob()) {
                throw new PrintFailedException("The printer did not finish the report: " + job.getJobStatus());
            }
        } catch (UncheckedIOException e) {
            job.cancelJob();
            throw new PrintFailedException(e.getMessage(), e);
        }
    }

    private void printPages(PrinterJob job, ReportPages pages) {
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (int pageIndex : pagesToPrint(job, pages.count())) {
            // one page at a time: an A4 page at 300 dpi is some 35 MB as an image
            BufferedImage image = pages.image(pageIndex, dpi);
            ImageView view = new ImageView(SwingFXUtils.toFXImage(image, null));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(layout, view)) {
                job.cancelJob();
                throw new PrintFailedException("The printer did not take page " + (pageIndex + 1) + " of the report: "
                        + job.getJobStatus());
            }
        }
    }

    /** The pages chosen in the print dialog, or all of them; zero-based. */
    private static List<Integer> pagesToPrint(PrinterJob job, int pageCount) {
        PageRange[] ranges = job.getJobSettings().getPageRanges();
        List<Integer> pages = new ArrayList<>();
        if (ranges == null || ranges.length == 0) {
            for (int page = 0; page < pageCount; page++) {
                pages.add(page);
            }
            return pages;
        }
        for (PageRange range : ranges) {
            for (int page = Math.max(1, range.getStartPage()); page <= Math.min(pageCount, range.getEndPage()); page++) {
                pages.add(page - 1);
            }
        }
        return pages;
    }
}
