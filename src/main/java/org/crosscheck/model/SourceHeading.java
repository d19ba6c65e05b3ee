package org.crosscheck.model;

/** What is said of a source beside each of its statements: everything but its text. */
public record SourceHeading(long id, String title, String outlet, FuzzyDate published, String importedFrom) {
}
