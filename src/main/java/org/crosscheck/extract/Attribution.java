package org.crosscheck.extract;

/** Who said something and through whom, found at characters {@code [start, end)} of sentence {@code sentence}. */
record Attribution(int start, int end, String speaker, String outlet, int sentence, int paragraph) {
}
