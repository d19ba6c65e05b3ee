package org.crosscheck.report;

import java.util.List;

/** A report cut into pages: what to draw on each, in page coordinates (points from the top left). */
record LaidOutReport(PaperFormat paper, List<List<Element>> pages) {

    LaidOutReport {
        pages = pages.stream().map(List::copyOf).toList();
    }

    int pageCount() {
        return pages.size();
    }
}
