package org.crosscheck.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which capitalised words of an article are names. Inside a sentence a capital marks a
 * name; at the start of a sentence, or anywhere in a headline written in title case, it may be
 * only grammar, so there a word counts as a name when the article also capitalises it inside a
 * sentence ("Barbee, also a sophomore" after "Kevin Barbee"), or when it starts a run of names
 * and is never written in lower case ("Dontavious Williams, 18, was charged").
 */
final class WordRoles {

    private final Set<String> lowerCase = new HashSet<>();
    private final Set<String> capitalisedInside = new HashSet<>();

    /** Learns how the body writes its words. */
    WordRoles(List<Token> body, List<Sentence> sentences) {
        for (Sentence sentence : sentences) {
            int initial = firstWord(body, sentence);
            for (int index = sentence.first(); index < sentence.last(); index++) {
                Token token = body.get(index);
                if (!token.isWord()) {
                    continue;
                }
                if (!token.isCapitalized()) {
                    lowerCase.add(token.lower());
                } else if (index != initial) {
                    capitalisedInside.add(token.lower());
                }
            }
        }
    }

    /** Which tokens of {@code sentence} are (parts of) names; {@code headline} for a title-cased title. */
    boolean[] names(List<Token> tokens, Sentence sentence, boolean headline) {
        boolean[] names = new boolean[sentence.size()];
        int initial = firstWord(tokens, sentence);
        for (int index = sentence.first(); index < sentence.last(); index++) {
            Token token = tokens.get(index);
            if (!token.isCapitalized() || StoryStopWords.contains(token.lower()) || NamePhrases.isCalendarWord(token)
                    || NamePhrases.TITLES.contains(token.lower())) {
                continue;
            }
            boolean inside = !headline && index != initial;
            names[index - sentence.first()] = inside || capitalisedInside.contains(token.lower())
                    || !headline && startsRun(tokens, index, sentence) && !lowerCase.contains(token.lower());
        }
        return names;
    }

    private static boolean startsRun(List<Token> tokens, int index, Sentence sentence) {
        return index + 1 < sentence.last() && tokens.get(index + 1).isCapitalized();
    }

    /** The index of the first word of a sentence, past quotes and dashes; -1 if it has none. */
    static int firstWord(List<Token> tokens, Sentence sentence) {
        for (int index = sentence.first(); index < sentence.last(); index++) {
            if (tokens.get(index).isWord()) {
                return index;
            }
        }
        return -1;
    }
}
