package org.crosscheck.ingest;

import org.crosscheck.model.FuzzyDate;

/**
 * What a saved web page says of its article in its head: each field empty (or an unknown date)
 * when the page does not say it. Plain text and PDF files say nothing.
 *
 * @param title     the headline as the page's metadata gives it, which may differ from the text's first line
 * @param outlet    the site or publisher
 * @param published the publication day, or a coarser date when only that is given
 */
public record PageMetadata(String title, String outlet, String author, String url, FuzzyDate published) {

    public static final PageMetadata NONE = new PageMetadata("", "", "", "", FuzzyDate.UNKNOWN);

    public PageMetadata {
        title = title == null ? "" : title.strip();
        outlet = outlet == null ? "" : outlet.strip();
        author = author == null ? "" : author.strip();
        url = url == null ? "" : url.strip();
        published = published == null ? FuzzyDate.UNKNOWN : published;
    }
}
