package org.crosscheck.extract;

import java.util.List;
import java.util.Set;

/**
 * "shot three times", "was stabbed five times": a figure before "times" after a verb counts how
 * often the act happened. "three times the size", "five times more", "three times a week" are
 * multipliers and frequencies, not counts, and stay out.
 */
final class Repetitions {

    /** Words after "times" that make it a multiplier or a rate. */
    private static final Set<String> NOT_A_COUNT_AFTER = Words.of("the", "as", "more", "less", "fewer", "higher",
            "lower", "larger", "bigger", "greater", "smaller", "that", "a", "an", "per", "over", "what", "its", "their",
            "his", "her", "this");
    /** Verbs of an act done again that are not past participles in -ed: "shot", "hit", "struck". */
    private static final Set<String> ACTS = Words.of("shot", "hit", "struck", "stabbed", "fired", "shooting", "stabbing",
            "hitting", "striking", "firing", "beat", "beaten", "bit", "bitten", "stung");

    private Repetitions() {
    }

    /** Whether token {@code times} after the figure starting at {@code first} counts repetitions of an act. */
    static boolean counts(List<Token> tokens, int first, int times, int limit) {
        if (times >= limit || !tokens.get(times).is("times") || first == 0) {
            return false;
        }
        if (times + 1 < limit && NOT_A_COUNT_AFTER.contains(tokens.get(times + 1).lower())) {
            return false;
        }
        Token verb = tokens.get(first - 1);
        return verb.isWord() && (ACTS.contains(verb.lower()) || verb.lower().endsWith("ed") && verb.lower().length() > 4);
    }
}
