package org.crosscheck.report;

import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Picks the printer's paper that matches the PDF's pages, so an A4 report prints on A4 when it can. */
final class PrintPaper {

    /** Paper sizes differ by rounding between PDF and printer drivers; a few points is the same paper. */
    private static final double TOLERANCE_PT = 3;

    private PrintPaper() {
    }

    static PageLayout layoutFor(Printer printer, PDPage page) {
        PDRectangle box = page.getMediaBox();
        boolean landscape = box.getWidth() > box.getHeight();
        double shortSide = Math.min(box.getWidth(), box.getHeight());
        double longSide = Math.max(box.getWidth(), box.getHeight());
        Paper chosen = printer.getPrinterAttributes().getDefaultPaper();
        for (Paper paper : printer.getPrinterAttributes().getSupportedPapers()) {
            if (Math.abs(paper.getWidth() - shortSide) <= TOLERANCE_PT
                    && Math.abs(paper.getHeight() - longSide) <= TOLERANCE_PT) {
                chosen = paper;
                break;
            }
        }
        return printer.createPageLayout(chosen, landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
                Printer.MarginType.HARDWARE_MINIMUM);
    }
}
