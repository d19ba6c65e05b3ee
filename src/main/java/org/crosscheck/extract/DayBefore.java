package org.crosscheck.extract;

import java.util.List;
import java.util.Set;

/**
 * "the night before", "the previous day": a time that reads back from the day its sentence names,
 * so a figure of that sentence holds for the day before it. Stateless.
 */
final class DayBefore {

    private static final Set<String> PARTS = Words.of("night", "day", "evening", "afternoon", "morning");

    private DayBefore() {
    }

    /** Whether the sentence says its event happened on the day before the one it names. */
    static boolean saidIn(List<Token> tokens, Sentence sentence) {
        for (int index = sentence.first() + 1; index + 1 < sentence.last(); index++) {
            Token word = tokens.get(index);
            if (!PARTS.contains(word.lower())) {
                continue;
            }
            Token before = tokens.get(index - 1);
            Token after = tokens.get(index + 1);
            if (before.is("the") && after.is("before") && (index + 2 >= sentence.last() || !tokens.get(index + 2).isWord())
                    || before.is("previous") && index - 2 >= sentence.first() && tokens.get(index - 2).is("the")) {
                return true; // "the night before," but not "the day before the trial"
            }
        }
        return false;
    }
}
