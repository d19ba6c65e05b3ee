package org.crosscheck.extract;

import java.util.List;

/**
 * Ages as news writes them: "a 12-year-old", "the 15-year-old boy", "a 1 year old". Reports of one
 * incident repeat the ages of the people in it, and an age is rarer than any word around it.
 */
final class AgeTerms {

    private static final int OLDEST = 120;

    private AgeTerms() {
    }

    static void addTo(StoryTerms terms, List<Token> tokens) {
        for (int index = 0; index + 2 < tokens.size() && !terms.isFull(); index++) {
            Token number = tokens.get(index);
            if (!number.isNumber() || number.text().length() > 3 || !isDigits(number.text())) {
                continue;
            }
            if (isAppositiveAge(tokens, index)) {
                terms.add(number.text() + "-year-old");
                continue;
            }
            int unit = tokens.get(index + 1).is("-") ? index + 2 : index + 1;
            int old = unit + 1 < tokens.size() && tokens.get(unit + 1).is("-") ? unit + 2 : unit + 1;
            if (old < tokens.size() && isUnit(tokens.get(unit)) && tokens.get(old).is("old")
                    && Integer.parseInt(number.text()) < OLDEST) {
                terms.add(number.text() + "-" + singularUnit(tokens.get(unit).lower()) + "-old");
            }
        }
    }

    /**
     * "Boy, 3, dies", "Jamal Smith, 19, of Gary": a number set off by commas after a word is the
     * age of whom the word names. Not after a month or a weekday ("May 5, 2016", "Sunday, 12,"),
     * a number ("1, 2, 3") or before a year.
     */
    private static boolean isAppositiveAge(List<Token> tokens, int index) {
        if (index < 2 || index + 1 >= tokens.size() || !tokens.get(index - 1).is(",") || !tokens.get(index + 1).is(",")
                || Integer.parseInt(tokens.get(index).text()) >= OLDEST || tokens.get(index).text().startsWith("0")) {
            return false;
        }
        Token before = tokens.get(index - 2);
        if (!before.isWord() || CalendarWords.MONTHS.containsKey(before.lower())
                || CalendarWords.WEEKDAYS.containsKey(before.lower())) {
            return false;
        }
        return index + 2 >= tokens.size() || !tokens.get(index + 2).isNumber();
    }

    private static boolean isUnit(Token token) {
        return token.is("year") || token.is("years") || token.is("month") || token.is("months");
    }

    private static String singularUnit(String unit) {
        return unit.startsWith("year") ? "year" : "month";
    }

    private static boolean isDigits(String text) {
        for (int index = 0; index < text.length(); index++) {
            if (!Character.isDigit(text.charAt(index))) {
                return false;
            }
        }
        return true;
    }
}
