package org.crosscheck.extract;

import java.util.List;
import java.util.Set;

/**
 * When a figure counts though its noun is elided or it is only "one". "One" is a count where it
 * is listed with other counts ("three counts of murder and one count of attempted murder", "one
 * homicide, two injured") or where a heading gives it as a toll ("Sunday at 2 a.m. - one
 * homicide"); a bare figure is a count after a fronted partitive ("Of the five victims, four
 * remain in hospital") and as the end of a change ("the number has fallen to 3"). Stateless.
 */
final class ElidedCounts {

    private static final Set<String> CHANGES = Words.of("fallen", "fell", "risen", "rose", "dropped", "climbed",
            "grown", "grew", "increased", "decreased", "jumped", "reduced", "dwindled", "swelled");
    private static final int LONGEST_HEADING = 15;
    /** How far back a count may stand that "one" is listed with: "three counts of murder and one …". */
    private static final int LIST_REACH = 8;

    private ElidedCounts() {
    }

    /** Whether "one" at {@code first}, read up to {@code end}, counts something; {@code heading} as {@link #isHeading} says. */
    static boolean oneCounts(List<Token> tokens, Sentence sentence, boolean heading, int first, int end) {
        return heading || listedWithACount(tokens, sentence, first, end);
    }

    /** Whether a figure without a noun at {@code first} counts what the sentence speaks of. */
    static boolean bareFigureCounts(List<Token> tokens, Sentence sentence, int first) {
        if (first - 2 >= sentence.first() && tokens.get(first - 1).is("to") && CHANGES.contains(tokens.get(first - 2).lower())) {
            return true;
        }
        return first - 1 > sentence.first() && tokens.get(first - 1).is(",") && tokens.get(sentence.first()).is("of");
    }

    private static boolean listedWithACount(List<Token> tokens, Sentence sentence, int first, int end) {
        int limit = sentence.last();
        if (end + 1 < limit && (tokens.get(end).is(",") || tokens.get(end).is("and"))
                && NumberParser.parse(tokens, end + 1, limit) != null) {
            return true;
        }
        if (first - 1 <= sentence.first() || !(tokens.get(first - 1).is("and") || tokens.get(first - 1).is(","))) {
            return false;
        }
        for (int index = first - 2; index >= sentence.first() && first - index <= LIST_REACH; index--) {
            Figure figure = tokens.get(index).isNumber() || tokens.get(index).isWord() ? NumberParser.parse(tokens, index, limit) : null;
            if (figure != null && figure.end() <= first && figure.kind() != Figure.Kind.FRACTION && figure.value() >= 2) {
                return true;
            }
        }
        return false;
    }

    /** A line of its own without a closing stop, short as a heading is: "Shooting on Hearne - one homicide". */
    static boolean isHeading(List<Token> tokens, List<Sentence> sentences, int number) {
        Sentence sentence = sentences.get(number);
        boolean alone = (number == 0 || sentences.get(number - 1).paragraph() != sentence.paragraph())
                && (number + 1 == sentences.size() || sentences.get(number + 1).paragraph() != sentence.paragraph());
        Token last = tokens.get(sentence.last() - 1);
        return alone && sentence.size() <= LONGEST_HEADING && last.isWord();
    }
}
