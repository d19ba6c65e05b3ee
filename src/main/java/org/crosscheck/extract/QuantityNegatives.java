package org.crosscheck.extract;

import java.util.List;
import java.util.Set;

/**
 * Figures written in digits that are not amounts: years, ordinals, labels ("page 5", "No. 10"),
 * model names ("F-16"), clock times, file names and reading-time badges ("3 Min Read").
 */
final class QuantityNegatives {

    /** Words before a number that make it a label, not an amount: "page 5", "No. 10", "Article 5". */
    static final Set<String> LABELS = Words.of(
            "page", "pages", "p", "no", "number", "chapter", "section", "article", "vol", "volume", "issue", "room",
            "route", "flight", "line", "episode", "season", "round", "grade", "level", "step", "paragraph",
            "clause", "resolution", "category", "version", "model", "code", "photo", "image", "figure", "fig",
            "table", "box", "channel", "gate", "platform", "apartment", "suite", "unit", "floor", "block", "ward",
            "district", "zone", "stage", "phase", "part", "act", "scene", "track", "term", "series", "class",
            "type", "size", "row", "seat", "rank", "ranked", "top", "aged", "age", "ages", "windows", "iphone",
            "covid", "title", "bill", "law", "amendment", "year", "years", "verse", "psalm", "highway", "interstate", "radio");

    private QuantityNegatives() {
    }

    /** Words after "60m", "400m" that make it a distance in sport rather than millions. */
    private static final java.util.Set<String> RACES = java.util.Set.of("hurdles", "race", "races", "sprint", "dash",
            "indoors", "outdoors", "final", "finals", "title", "record", "freestyle", "butterfly", "breaststroke",
            "backstroke", "relay", "medley", "event", "heat", "heats", "champion", "run", "silver", "gold", "bronze");

    private static boolean afterCurrency(List<Token> tokens, int index, Sentence sentence) {
        if (index <= sentence.first()) {
            return false;
        }
        char c = tokens.get(index - 1).first();
        return c == '$' || c == '£' || c == '€' || c == '¥';
    }

    static boolean plausible(List<Token> tokens, Sentence sentence, Figure figure, CountedLexicon lexicon) {
        Token token = tokens.get(figure.first());
        String text = token.text();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("st") || lower.endsWith("nd") || lower.endsWith("rd") || lower.endsWith("th")) {
            return false; // ordinals
        }
        int index = figure.first();
        if (text.equals("911") && !knownCountAfter(lexicon, tokens, figure.end(), sentence.last())) {
            return false; // the emergency number: "911 dispatch records", "a 911 call"
        }
        if (index - 3 >= sentence.first() && tokens.get(index - 1).is("of") && tokens.get(index - 2).isNumber()
                && LABELS.contains(tokens.get(index - 3).lower())) {
            return false; // the count of a counter: "Image 2 of 3", "page 4 of 12"
        }
        if (index - 2 >= sentence.first() && tokens.get(index - 1).is("in") && isFigureWord(tokens.get(index - 2))) {
            return false; // a ratio's base: "one in 10 adults", "four in 10 voters"
        }
        if (index > sentence.first()) {
            Token before = tokens.get(index - 1);
            if (before.isWord() && LABELS.contains(before.lower())) {
                return false;
            }
            if (token.glued() && (before.isWord() || before.is("-") || before.is("/") || before.is(".") || before.is(":")
                    || before.is("#") || before.is("@"))) {
                return false; // "F-16", "G8", "1/2", "#3", "@user1"
            }
        }
        if (figure.end() < sentence.last()) {
            Token after = tokens.get(figure.end());
            if (after.glued() && (after.is(":") || after.is("/") || after.is(".") && figure.end() + 1 < sentence.last()
                    && tokens.get(figure.end() + 1).glued())) {
                return false; // clock times, fractions, file names: "8:30", "3/4", "8.58.32.png"
            }
            if (after.is("min") || after.is("mins")) {
                return false; // reading-time badges: "3 Min Read"
            }
            if (lower.endsWith("m") && !afterCurrency(tokens, index, sentence) && after.isWord()
                    && RACES.contains(after.lower())) {
                return false; // "60m hurdles", "well over 60m indoors": metres of a race, not 60 million
            }
        }
        return !looksLikeYear(text) || knownCountAfter(lexicon, tokens, figure.end(), sentence.last())
                || QualifierRules.before(tokens, index, sentence.first()) != null && !isYearPreposition(tokens, index);
    }

    private static boolean isYearPreposition(List<Token> tokens, int index) {
        return index > 0 && (tokens.get(index - 1).is("in") || tokens.get(index - 1).is("since"));
    }

    static boolean looksLikeYear(String text) {
        if (text.length() != 4 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int value = Integer.parseInt(text);
        return value >= 1600 && value <= 2099;
    }

    private static boolean isFigureWord(Token token) {
        return token.isNumber() || NumberParser.UNITS.containsKey(token.lower());
    }

    private static boolean knownCountAfter(CountedLexicon lexicon, List<Token> tokens, int index, int limit) {
        return index < limit && lexicon.knows(tokens.get(index).lower());
    }
}
