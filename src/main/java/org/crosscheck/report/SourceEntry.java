package org.crosscheck.report;

/**
 * A source in the report's appendix.
 *
 * @param published the publication date as precise as it is known ("2018-05 (month)")
 * @param claims    how many of the report's statements come from this source
 * @param ofSource  how many claims the source has in all, as the library counts them; -1 when not known
 */
public record SourceEntry(String title, String outlet, String author, String url, String published, String grade,
        int claims, int ofSource) {

    /** "3 of 7": the statements compared here of the source's claims, so the report and the library agree. */
    public String claimsShown() {
        return ofSource < 0 ? Integer.toString(claims) : claims + " of " + ofSource;
    }

    public SourceEntry(String title, String outlet, String author, String url, String published, String grade,
                       int claims) {
        this(title, outlet, author, url, published, grade, claims, -1);
    }

    public SourceEntry {
        title = ReportText.orEmpty(title);
        outlet = ReportText.orEmpty(outlet);
        author = ReportText.orEmpty(author);
        url = ReportText.orEmpty(url);
        published = ReportText.orEmpty(published);
        grade = ReportText.orEmpty(grade);
    }
}
