package org.crosscheck.extract;

import java.util.List;

/**
 * An aside between a count and its predicate: "Four people, including two children, were shot",
 * "2 children, ages 5 and 6, injured", "2 people — including a 16-year-old girl — were shot dead".
 * The predicate after it still says what became of the count, and so does a relative clause after a
 * comma: "Anderson, who died at the scene". Thread-safe.
 */
final class Asides {

    /** An aside longer than this is a clause of its own, not an aside. */
    private static final int LONGEST = 8;
    /** Words that open an aside: "including two children", "ages 5 and 6". */
    private static final java.util.Set<String> OPENINGS = Words.of("including", "ages", "aged", "age");

    private static boolean isDash(Token token) {
        return token.is("\u2014") || token.is("\u2013") || token.is("--");
    }

    private Asides() {
    }

    /** The index just past an aside opening at {@code comma} (", including …,"); {@code comma} itself if none opens there. */
    static int after(List<Token> tokens, Sentence sentence, int comma) {
        if (comma + 1 < sentence.last() && tokens.get(comma).is(",") && tokens.get(comma + 1).is("who")
                && comma > sentence.first() && tokens.get(comma - 1).isWord()) {
            // "striking Anderson, who died at the scene": the relative clause tells what became of them; after a
            // figure it is the clause of a list ("two victims, ages 8 and 15, who suffered …"), not the figure's
            return comma + 1;
        }
        if (comma + 2 >= sentence.last() || !OPENINGS.contains(tokens.get(comma + 1).lower())) {
            return comma;
        }
        String close = tokens.get(comma).is(",") ? "," : isDash(tokens.get(comma)) ? tokens.get(comma).text() : null;
        if (close == null) {
            return comma;
        }
        for (int index = comma + 2; index < Math.min(sentence.last(), comma + 2 + LONGEST); index++) {
            if (tokens.get(index).text().equals(close)) {
                return index + 1;
            }
        }
        return comma;
    }
}
