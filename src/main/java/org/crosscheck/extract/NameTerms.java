package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns runs of name words into story terms: the whole phrase ("Sherie Lash", "Rocky Mount Police
 * Department") and each of its words ("Lash", "Rocky"), so that an article that writes only the
 * surname or only the town still shares a term with one that writes the whole name. Middle
 * initials are left out ("Ramon D. Burnett" is "Ramon Burnett"), hyphenated names stay whole
 * ("Winston-Salem") and a possessive ends a name ("Cleveland’s east side").
 */
final class NameTerms {

    /** Longer runs of capitals are headlines, menus or lists of names, not one name: only their words count. */
    private static final int LONGEST_PHRASE = 4;

    private NameTerms() {
    }

    static void addTo(StoryTerms terms, List<Token> tokens, Sentence sentence, boolean[] names) {
        List<String> words = new ArrayList<>(6);
        int index = sentence.first();
        while (index < sentence.last()) {
            if (!names[index - sentence.first()]) {
                index++;
                continue;
            }
            words.clear();
            index = readRun(tokens, sentence, names, index, words);
            add(terms, words);
        }
    }

    /** Reads the run of names starting at {@code start} into {@code words}; returns the index after it. */
    private static int readRun(List<Token> tokens, Sentence sentence, boolean[] names, int start, List<String> words) {
        int index = start;
        while (index < sentence.last()) {
            Token token = tokens.get(index);
            if (names[index - sentence.first()]) {
                StringBuilder word = new StringBuilder(token.text());
                while (index + 2 < sentence.last() && tokens.get(index + 1).is("-") && tokens.get(index + 1).glued()
                        && tokens.get(index + 2).glued() && names[index + 2 - sentence.first()]) {
                    word.append('-').append(tokens.get(index + 2).text());
                    index += 2;
                }
                index++;
                String written = word.toString();
                String bare = withoutPossessive(written);
                if (bare.length() > 1) {
                    words.add(bare);
                }
                if (bare.length() < written.length()) {
                    break;
                }
            } else if (token.is(".") && token.glued() && isAbbreviation(tokens.get(index - 1))
                    && index + 1 < sentence.last() && names[index + 1 - sentence.first()]) {
                index++; // the stop of an initial or of "St. Louis", inside a name
            } else {
                break;
            }
        }
        return index;
    }

    private static boolean isAbbreviation(Token token) {
        return token.isCapitalized() && token.text().length() <= 2;
    }

    private static void add(StoryTerms terms, List<String> words) {
        if (words.size() >= 2 && words.size() <= LONGEST_PHRASE) {
            terms.add(String.join(" ", words));
        }
        for (String word : words) {
            terms.add(word);
        }
    }

    private static String withoutPossessive(String word) {
        int length = word.length();
        if (length > 2 && (word.endsWith("'s") || word.endsWith("’s") || word.endsWith("'S") || word.endsWith("’S"))) {
            return word.substring(0, length - 2);
        }
        return word;
    }
}
