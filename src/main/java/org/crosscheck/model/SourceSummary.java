package org.crosscheck.model;

/** A row of the library: a source without its text, with the number of its live claims. */
public record SourceSummary(long id, String title, String outlet, FuzzyDate published, Grade grade, int claimCount) {
}
