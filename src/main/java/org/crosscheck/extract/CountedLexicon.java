package org.crosscheck.extract;

import java.util.Locale;
import java.util.Map;

/**
 * What figures count, normalised ("militants", "jihadists", "troops" → "fighters"), read from
 * the resource {@code counted.tsv} so that a researcher's vocabulary can grow without code.
 * Immutable and thread-safe.
 */
final class CountedLexicon {

    private final Map<String, String> normalised;

    private CountedLexicon(Map<String, String> normalised) {
        this.normalised = Map.copyOf(normalised);
    }

    static CountedLexicon defaults() {
        return new CountedLexicon(Resources.tabbed("counted.tsv"));
    }

    boolean knows(String lowerWord) {
        return normalised.containsKey(lowerWord);
    }

    /** The normalised name of a counted word; an unknown word stands for itself, in lower case. */
    String normalise(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return normalised.getOrDefault(lower, lower);
    }
}
