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
            int unit = tokens.get(index + 1).is("-") ? index + 2 : index + 1;
            int old = unit + 1 < tokens.size() && tokens.get(unit + 1).is("-") ? unit + 2 : unit + 1;
            if (old < tokens.size() && isUnit(tokens.get(unit)) && tokens.get(old).is("old")
                    && Integer.parseInt(number.text()) < OLDEST) {
                terms.add(number.text() + "-" + singularUnit(tokens.get(unit).lower()) + "-old");
            }
        }
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
