package org.crosscheck.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The running header (project · "Comparison report") and the footer "Page N of M" on every page
 * but the cover. Added after pagination, when M is known.
 */
final class PageFurniture {

    private final TextMeasure measure;
    private final PaperFormat paper;
    private final String projectName;

    PageFurniture(TextMeasure measure, PaperFormat paper, String projectName) {
        this.measure = measure;
        this.paper = paper;
        this.projectName = projectName;
    }

    List<List<Element>> addTo(List<List<Element>> pages) {
        List<List<Element>> result = new ArrayList<>();
        for (int index = 0; index < pages.size(); index++) {
            List<Element> page = new ArrayList<>(pages.get(index));
            if (index > 0) {
                addHeader(page);
                addFooter(page, index + 1, pages.size());
            }
            result.add(page);
        }
        return result;
    }

    private void addHeader(List<Element> page) {
        TextStyle style = TextStyle.SMALL_MUTED;
        String header = measure.printable(shortened(projectName, style) + " · Comparison report");
        float baseline = paper.margin() - 16;
        page.add(new Element.TextRun(paper.margin(), baseline, header, style));
        page.add(new Element.Box(paper.margin(), baseline + 4, paper.contentWidth(), 0.5f, TableLayout.RULE));
    }

    private void addFooter(List<Element> page, int number, int count) {
        TextStyle style = TextStyle.SMALL_MUTED;
        String footer = "Page " + number + " of " + count;
        float x = paper.width() - paper.margin() - measure.width(footer, style);
        page.add(new Element.TextRun(x, paper.height() - paper.margin() + 24, footer, style));
    }

    /** A very long project name must not run off the header line. */
    private String shortened(String name, TextStyle style) {
        String text = measure.printable(name);
        float room = paper.contentWidth() * 0.75f;
        while (text.length() > 1 && measure.width(text + "…", style) > room) {
            text = text.substring(0, text.length() - 1);
        }
        return text.equals(measure.printable(name)) ? text : text.stripTrailing() + "…";
    }
}
