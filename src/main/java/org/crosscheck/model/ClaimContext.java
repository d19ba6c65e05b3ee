package org.crosscheck.model;

/**
 * What the comparison needs of a claim's article: the claim's own words, and whether the sentence
 * around it says the figure is changing. Derived from the article's text once, when it is saved.
 */
public record ClaimContext(String quote, boolean changing) {
}
