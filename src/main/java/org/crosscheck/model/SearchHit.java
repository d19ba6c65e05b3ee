package org.crosscheck.model;

/**
 * One place a search found: {@code start}..{@code end} (end exclusive) are character offsets into
 * the article's stored text, so {@code text.substring(start, end)} is what matched (a word, a
 * phrase, or the span of a claim whose speaker, tag … matched). {@code snippet} is the sentence
 * around it, beginning at {@code snippetStart} in the text.
 */
public record SearchHit(long sourceId, String title, String file, int start, int end, String snippet,
                        int snippetStart) {

    /** Where the hit begins inside {@link #snippet}. */
    public int startInSnippet() {
        return Math.max(0, Math.min(snippet.length(), start - snippetStart));
    }

    /** Where the hit ends inside {@link #snippet}. */
    public int endInSnippet() {
        return Math.max(startInSnippet(), Math.min(snippet.length(), end - snippetStart));
    }
}
