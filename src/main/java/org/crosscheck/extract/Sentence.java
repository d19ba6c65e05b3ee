package org.crosscheck.extract;

/**
 * A sentence as a token range {@code [first, last)} with its character span and the number of the
 * paragraph (line block) it belongs to.
 */
record Sentence(int first, int last, int start, int end, int paragraph) {

    boolean containsToken(int index) {
        return index >= first && index < last;
    }

    int size() {
        return last - first;
    }
}
