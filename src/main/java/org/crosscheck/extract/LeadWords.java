package org.crosscheck.extract;

import java.util.List;

/**
 * The content words of a title and a lead ("billiards", "basketball", "correctional"): what a
 * story is about when its names are not enough. Plurals are folded ("shootings" is "shooting").
 * Whether a word is rare enough to matter is for the clusterer to judge across all articles.
 */
final class LeadWords {

    private static final int SHORTEST = 3;

    private LeadWords() {
    }

    /** Adds at most {@code budget} words of {@code sentence}; returns how many were read. */
    static int addTo(StoryTerms terms, List<Token> tokens, Sentence sentence, boolean[] names, int budget) {
        int read = 0;
        for (int index = sentence.first(); index < sentence.last() && read < budget; index++) {
            Token token = tokens.get(index);
            if (!token.isWord() || names[index - sentence.first()] || token.text().length() < SHORTEST
                    || StoryStopWords.contains(token.lower()) || NamePhrases.isCalendarWord(token) || !isLetters(token.lower())) {
                continue;
            }
            terms.add(singular(token.lower()));
            read++;
        }
        return read;
    }

    static String singular(String word) {
        int length = word.length();
        if (length > 4 && word.endsWith("ies")) {
            return word.substring(0, length - 3) + "y";
        }
        if (length > 4 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, length - 1);
        }
        return word;
    }

    private static boolean isLetters(String word) {
        for (int index = 0; index < word.length(); index++) {
            char c = word.charAt(index);
            if (!Character.isLetter(c) && c != '\'' && c != '’') {
                return false;
            }
        }
        return true;
    }
}
