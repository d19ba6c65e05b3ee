package org.crosscheck.model;

/** What the researcher may edit about a source. */
public record SourceMetadata(String title, String outlet, String author, String url,
                             FuzzyDate published, Grade grade, String notes) {

    public SourceMetadata {
        title = Source.nullToEmpty(title);
        outlet = Source.nullToEmpty(outlet);
        author = Source.nullToEmpty(author);
        url = Source.nullToEmpty(url);
        notes = Source.nullToEmpty(notes);
        published = published == null ? FuzzyDate.UNKNOWN : published;
    }
}
