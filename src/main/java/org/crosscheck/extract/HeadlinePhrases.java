package org.crosscheck.extract;

import java.util.List;

/**
 * How a headline writes its people without the articles of prose: a phrase opens at its start
 * or after a comma, "and", a semicolon or a colon ("Man killed, boy injured"), may name the
 * person after an age or a place ("18-year-old man shot", "St. Mary Parish deputy killed"), and
 * gives an age in apposition ("Boy, 9, shot"). Thread-safe.
 */
final class HeadlinePhrases {

    private static final int OLDEST = 110;
    /** "St.", "Ft.", "Mt.": an abbreviation a place name may hold; longer words before a dot end a sentence. */
    private static final int LONGEST_ABBREVIATION = 3;

    private HeadlinePhrases() {
    }

    /** A headline's phrase starts at its beginning or after a comma, "and", a semicolon or a colon. */
    static boolean startsAPhrase(List<Token> tokens, Sentence sentence, int index) {
        Token token = tokens.get(index);
        if (!token.isWord() && !token.isNumber()) {
            return false;
        }
        if (index == sentence.first()) {
            return true;
        }
        Token before = tokens.get(index - 1);
        return before.is(",") || before.is(";") || before.is("and") || before.is(":");
    }

    /** Whether an age begins here: "18-year-old", "22-month-old". */
    static boolean isAge(List<Token> tokens, int index) {
        if (index + 4 >= tokens.size() || !tokens.get(index).isNumber() || !tokens.get(index + 1).is("-")
                || !tokens.get(index + 3).is("-") || !tokens.get(index + 4).is("old")) {
            return false;
        }
        Token unit = tokens.get(index + 2);
        return unit.is("year") || unit.is("month") || unit.is("week") || unit.is("day");
    }

    /** The dot of an abbreviation inside a name: "St." of "St. Mary Parish". */
    static boolean isAbbreviationDot(List<Token> tokens, int index) {
        if (index == 0 || !tokens.get(index).is(".") || !tokens.get(index).glued()) {
            return false;
        }
        Token before = tokens.get(index - 1);
        return before.isCapitalized() && before.text().length() <= LONGEST_ABBREVIATION;
    }

    /**
     * "Teen in critical condition after shooting": a headline drops the "is" that makes prose's
     * "is in critical condition" a state, so a condition right after the person says they were hurt.
     */
    static String condition(List<Token> tokens, Sentence sentence, int index) {
        if (index + 2 >= sentence.last() || !tokens.get(index).is("in")) {
            return null;
        }
        for (int at = index + 1; at < Math.min(sentence.last(), index + 4); at++) {
            if (tokens.get(at).is("condition")) {
                return "injured";
            }
        }
        return null;
    }

    /** Past an age in apposition after the person, ", 9," of "Boy, 9, shot"; else {@code index} itself. */
    static int afterAge(List<Token> tokens, Sentence sentence, int index) {
        if (index + 2 >= sentence.last() || !tokens.get(index).is(",") || !tokens.get(index + 2).is(",")) {
            return index;
        }
        Token age = tokens.get(index + 1);
        if (!age.isNumber() || age.text().length() > 3) {
            return index;
        }
        double value = NumberParser.digitValue(age.text());
        return value >= 1 && value <= OLDEST ? index + 3 : index;
    }
}
