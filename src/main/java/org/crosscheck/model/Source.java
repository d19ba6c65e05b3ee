package org.crosscheck.model;

import java.util.Objects;

/**
 * One imported document: its metadata and its full text. Claims point into {@code text} by
 * character offsets, so the text never changes after import.
 */
public record Source(long id, String title, String outlet, String author, String url,
                     FuzzyDate published, String importedFrom, String contentHash, String text,
                     Grade grade, String notes) {

    public Source {
        Objects.requireNonNull(text, "text");
        title = nullToEmpty(title);
        outlet = nullToEmpty(outlet);
        author = nullToEmpty(author);
        url = nullToEmpty(url);
        importedFrom = nullToEmpty(importedFrom);
        contentHash = nullToEmpty(contentHash);
        notes = nullToEmpty(notes);
        published = published == null ? FuzzyDate.UNKNOWN : published;
    }

    public Source withId(long newId) {
        return new Source(newId, title, outlet, author, url, published, importedFrom, contentHash, text, grade, notes);
    }

    /** The same source with the researcher's metadata replaced; text, path and hash stay. */
    public Source withMetadata(SourceMetadata metadata) {
        return new Source(id, metadata.title(), metadata.outlet(), metadata.author(), metadata.url(),
                metadata.published(), importedFrom, contentHash, text, metadata.grade(), metadata.notes());
    }

    public SourceMetadata metadata() {
        return new SourceMetadata(title, outlet, author, url, published, grade, notes);
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
