package org.crosscheck.ui;

/** A stretch of an article's text, {@code to} exclusive. */
record TextRange(int from, int to) {

    TextRange {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("not a range of text: " + from + ".." + to);
        }
    }
}
