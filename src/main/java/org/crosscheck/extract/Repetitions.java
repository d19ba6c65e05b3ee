package org.crosscheck.extract;

import java.util.List;
import java.util.Set;

/**
 * "shot three times", "was stabbed five times": a figure before "times" after a verb counts how
 * often the act happened, also when the verb's object or a place on the body stands between
 * ("shot Derrick Green three times", "was shot in the back three times"). "three times the size", "five times more", "three times a week" are
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

    /** How far back an act may stand before its count: an object or a short phrase of place. */
    private static final int REACH = 5;

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
        if (verb.isWord() && (ACTS.contains(verb.lower()) || verb.lower().endsWith("ed") && verb.lower().length() > 4)) {
            return true;
        }
        for (int index = first - 2; index >= 0 && first - index <= REACH + 1; index--) {
            Token word = tokens.get(index);
            if (!word.isWord()) {
                return false; // the act must be in the same clause
            }
            if (ACTS.contains(word.lower())) {
                return true;
            }
        }
        return false;
    }
}
