package org.crosscheck.extract;

/**
 * Plural nouns that are written with capitals yet are common nouns a figure counts: an
 * all-capital headline ("FOUR FATALITIES"), an acronym's plural ("five MPs", "three DJs") and a
 * people's name ("three million Africans"). A capitalised word is otherwise taken for a name.
 */
final class CapitalPlurals {

    private CapitalPlurals() {
    }

    /** A capitalised word that still reads as a plural noun when it looks plural. */
    static boolean plural(Token token) {
        String text = token.text();
        return isAllCapitals(text) && text.length() > 3 || isDemonym(text);
    }

    /** "MPs", "DJs", "CEOs": capitals and a lower-case plural s. */
    static boolean acronymPlural(Token token) {
        String text = token.text();
        return text.length() >= 3 && text.length() <= 6 && text.endsWith("s") && isAllCapitals(text.substring(0, text.length() - 1));
    }

    private static boolean isAllCapitals(String text) {
        for (int index = 0; index < text.length(); index++) {
            if (!Character.isUpperCase(text.charAt(index))) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /** "Africans", "Americans", "Afghans", "Palestinians": the plural of a people, not a name. */
    private static boolean isDemonym(String text) {
        return text.length() > 5 && text.endsWith("ans") && Character.isLowerCase(text.charAt(1));
    }
}
