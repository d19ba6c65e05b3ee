package org.crosscheck.report;

/**
 * A source in the report's appendix.
 *
 * @param published the publication date as precise as it is known ("2018-05 (month)")
 * @param claims    how many of the report's statements come from this source
 */
public record SourceEntry(String title, String outlet, String author, String url, String published, String grade,
        int claims) {

    public SourceEntry {
        title = ReportText.orEmpty(title);
        outlet = ReportText.orEmpty(outlet);
        author = ReportText.orEmpty(author);
        url = ReportText.orEmpty(url);
        published = ReportText.orEmpty(published);
        grade = ReportText.orEmpty(grade);
    }
}
