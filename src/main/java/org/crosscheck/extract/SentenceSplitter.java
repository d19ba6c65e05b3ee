package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits tokens into sentences. A line break always ends a sentence (imported news keeps one
 * paragraph, headline or caption per line); a full stop, question or exclamation mark ends one
 * when the next token starts a new sentence and the word before the stop is not an abbreviation
 * such as "Gen." or "Feb.". Rule based, because it has to keep up with thousands of articles.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Words.of(
            "mr", "mrs", "ms", "dr", "gen", "rep", "sen", "gov", "lt", "col", "capt", "sgt", "maj", "adm",
            "prof", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "pres", "gens", "reps", "sens",
            "u.s", "u.k", "u.n", "e.g", "i.e", "approx", "est", "fig", "vol", "pp", "al");

    private SentenceSplitter() {
    }

    static List<Sentence> split(List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        int paragraph = 0;
        for (int index = 1; index <= tokens.size(); index++) {
            boolean atEnd = index == tokens.size();
            boolean newLine = !atEnd && tokens.get(index).newlinesBefore() > 0;
            if (atEnd || newLine || endsSentence(tokens, index)) {
                sentences.add(new Sentence(first, index, tokens.get(first).start(), tokens.get(index - 1).end(), paragraph));
                first = index;
                if (newLine) {
                    paragraph++;
                }
            }
        }
        return sentences;
    }

    /** Whether a sentence ends just before token {@code next}. */
    private static boolean endsSentence(List<Token> tokens, int next) {
        Token following = tokens.get(next);
        if (!following.spaceBefore() || !startsSentence(following)) {
            return false;
        }
        int stop = next - 1;
        while (stop > 0 && isClosing(tokens.get(stop).first()) && tokens.get(stop).type() == Token.Type.PUNCT) {
            stop--;
        }
        Token mark = tokens.get(stop);
        if (mark.is("!") || mark.is("?")) {
            return true;
        }
        if (!mark.is(".") || stop == 0) {
            return false;
        }
        Token before = tokens.get(stop - 1);
        if (before.isWord() && (ABBREVIATIONS.contains(before.lower())
                || (before.text().length() == 1 && Character.isUpperCase(before.first())))) {
            return false;
        }
        return true;
    }

    private static boolean startsSentence(Token token) {
        char c = token.first();
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '\''
                || c == '(' || c == '[';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']';
    }
}
