package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts text into tokens in one pass. Numbers keep their separators ("10,000", "2.5", "8.58.32")
 * and a trailing letter suffix ("1990s", "16th", "5bn"); words keep inner apostrophes
 * ("Russia’s") and dotted abbreviations ("U.S."). Hyphens are tokens of their own, so that
 * "three-quarters", "2,000-3,000" and "ISIS-linked" can be read part by part.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 8);
        int length = text.length();
        int index = 0;
        int newlines = 0;
        boolean space = true;
        while (index < length) {
            char c = text.charAt(index);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
                if (c == '\n') {
                    newlines++;
                }
                space = true;
                index++;
                continue;
            }
            int start = index;
            Token.Type type;
            if (c >= '0' && c <= '9') {
                index = scanNumber(text, index);
                type = Token.Type.NUMBER;
            } else if (Character.isLetter(c)) {
                index = scanWord(text, index);
                type = Token.Type.WORD;
            } else {
                index++;
                type = Token.Type.PUNCT;
            }
            String word = text.substring(start, index);
            String lower = type == Token.Type.WORD ? lower(word) : word;
            int triggers = type == Token.Type.WORD ? Triggers.of(lower) : 0;
            tokens.add(new Token(start, index, word, lower, type, newlines, space, triggers));
            newlines = 0;
            space = false;
        }
        return tokens;
    }

    /** Lower case without a copy when the word has no capital, as most words have none. */
    private static String lower(String word) {
        for (int index = 0; index < word.length(); index++) {
            if (Character.isUpperCase(word.charAt(index))) {
                return word.toLowerCase(Locale.ROOT);
            }
        }
        return word;
    }

    private static int scanNumber(String text, int index) {
        int length = text.length();
        while (index < length) {
            char c = text.charAt(index);
            if (isDigit(c)) {
                index++;
            } else if ((c == ',' || c == '.') && index + 1 < length && isDigit(text.charAt(index + 1))) {
                index++;
            } else {
                break;
            }
        }
        while (index < length && Character.isLetter(text.charAt(index))) {
            index++;
        }
        return index;
    }

    private static int scanWord(String text, int index) {
        int length = text.length();
        int start = index;
        while (index < length) {
            char c = text.charAt(index);
            if (Character.isLetterOrDigit(c)) {
                index++;
            } else if ((c == '\'' || c == '’') && index + 1 < length && Character.isLetter(text.charAt(index + 1))) {
                index++;
            } else if (c == '.' && index - start == 1 && index + 2 < length
                    && Character.isLetter(text.charAt(index + 1)) && text.charAt(index + 2) == '.') {
                // "U.S.", "U.K.", "e.g.": letter-dot pairs stay one word
                index += 3;
                start = index - 1;
            } else {
                break;
            }
        }
        return index;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
