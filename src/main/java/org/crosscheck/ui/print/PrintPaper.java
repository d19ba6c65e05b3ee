package org.crosscheck.ui.print;

import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;

/** Picks the printer's paper that matches the PDF's pages, so an A4 report prints on A4 when it can. */
final class PrintPaper {

    /** Paper sizes differ by rounding between PDF and printer drivers; a few points is the same paper. */
    private static final double TOLERANCE_PT = 3;

    private PrintPaper() {
    }

    /** The layout for pages of {@code width} × {@code height} points on {@code printer}. */
    static PageLayout layoutFor(Printer printer, double width, double height) {
        boolean landscape = width > height;
        double shortSide = Math.min(width, height);
        double longSide = Math.max(width, height);
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
