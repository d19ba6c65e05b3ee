package org.crosscheck.extract;

import java.util.List;

/**
 * An aside between a count and its predicate: "Four people, including two children, were shot".
 * The predicate after it still says what became of the count, and so does a relative clause after a
 * comma: "Anderson, who died at the scene". Thread-safe.
 */
final class Asides {

    /** An aside longer than this is a clause of its own, not an aside. */
    private static final int LONGEST = 8;

    private Asides() {
    }

    /** The index just past an aside opening at {@code comma} (", including …,"); {@code comma} itself if none opens there. */
    static int after(List<Token> tokens, Sentence sentence, int comma) {
        if (comma + 1 < sentence.last() && tokens.get(comma).is(",") && tokens.get(comma + 1).is("who")) {
            return comma + 1; // "striking Anderson, who died at the scene": the relative clause tells what became of them
        }
        if (comma + 2 >= sentence.last() || !tokens.get(comma).is(",") || !tokens.get(comma + 1).is("including")) {
            return comma;
        }
        for (int index = comma + 2; index < Math.min(sentence.last(), comma + 2 + LONGEST); index++) {
            if (tokens.get(index).is(",")) {
                return index + 1;
            }
        }
        return comma;
    }
}
