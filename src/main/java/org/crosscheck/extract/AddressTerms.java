package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where an incident happened as local news writes it: "the 2300 block of South Kenneth Avenue",
 * a house number, "2314 S. Kenneth Ave.", or a numbered street, "near 25th Street and Broadway"
 * ("25th street", whether "St." or "Street"). Both become one story term, the block and the street's
 * name ("2300 block of kenneth"), so that a report that gives the block and one that gives the
 * house share it. A street's name alone is in many reports of a city; its block is in the reports
 * of one incident.
 */
final class AddressTerms {

    private static final Set<String> DIRECTIONS = Words.of("n", "s", "e", "w", "north", "south", "east", "west", "ne",
            "nw", "se", "sw", "northeast", "northwest", "southeast", "southwest");
    /** Street types and their abbreviations, each with its written-out form. */
    private static final Map<String, String> STREET_TYPES = Map.ofEntries(Map.entry("street", "street"),
            Map.entry("st", "street"), Map.entry("avenue", "avenue"), Map.entry("ave", "avenue"), Map.entry("road", "road"),
            Map.entry("rd", "road"), Map.entry("drive", "drive"), Map.entry("dr", "drive"),
            Map.entry("boulevard", "boulevard"), Map.entry("blvd", "boulevard"), Map.entry("lane", "lane"),
            Map.entry("ln", "lane"), Map.entry("court", "court"), Map.entry("ct", "court"), Map.entry("way", "way"),
            Map.entry("place", "place"), Map.entry("pl", "place"), Map.entry("circle", "circle"),
            Map.entry("parkway", "parkway"), Map.entry("pkwy", "parkway"), Map.entry("highway", "highway"),
            Map.entry("hwy", "highway"), Map.entry("terrace", "terrace"), Map.entry("trail", "trail"),
            Map.entry("pike", "pike"));
    private static final int BLOCK = 100;
    private static final int LONGEST_NUMBER = 5;

    private AddressTerms() {
    }

    static void addTo(StoryTerms terms, List<Token> tokens, Sentence sentence) {
        for (int index = sentence.first(); index + 2 < sentence.last() && !terms.isFull(); index++) {
            Token number = tokens.get(index);
            if (!number.isNumber() || number.text().length() > LONGEST_NUMBER) {
                continue;
            }
            if (isOrdinal(number.text())) { // "near 25th Street and Broadway"
                String type = STREET_TYPES.get(tokens.get(index + 1).lower());
                if (type != null && tokens.get(index + 1).isCapitalized()) {
                    terms.add(number.lower() + " " + type);
                }
                continue;
            }
            if (!isDigits(number.text())) {
                continue;
            }
            int value = Integer.parseInt(number.text());
            if (tokens.get(index + 1).is("block") && tokens.get(index + 2).is("of")) {
                String street = streetName(tokens, sentence, index + 3, false);
                if (street != null) {
                    terms.add(term(value, street));
                }
            } else if (value >= 10) {
                String street = streetName(tokens, sentence, index + 1, true);
                if (street != null) {
                    terms.add(term(value, street));
                }
            }
        }
    }

    private static String term(int number, String street) {
        return (number / BLOCK) * BLOCK + " block of " + street;
    }

    /**
     * The first name word of the street at {@code from}, past a direction ("South", "S."); with
     * {@code typed}, only when a street type follows the name ("Kenneth Ave"), since a house number
     * without one may be any figure ("2314 Democrats").
     */
    private static String streetName(List<Token> tokens, Sentence sentence, int from, boolean typed) {
        int at = from;
        if (at < sentence.last() && DIRECTIONS.contains(tokens.get(at).lower()) && at + 1 < sentence.last()) {
            at++;
            if (tokens.get(at).is(".")) {
                at++;
            }
        }
        boolean ordinal = at < sentence.last() && tokens.get(at).isNumber() && isOrdinal(tokens.get(at).text());
        if (at >= sentence.last() || !ordinal && (!tokens.get(at).isCapitalized() || DIRECTIONS.contains(tokens.get(at).lower()))) {
            return null;
        }
        String name = tokens.get(at).text().toLowerCase(Locale.ROOT);
        if (!typed) {
            return name;
        }
        for (int next = at + 1; next < Math.min(sentence.last(), at + 3); next++) {
            Token token = tokens.get(next);
            if (STREET_TYPES.containsKey(token.lower()) && token.isCapitalized()) {
                return name;
            }
            if (!token.isCapitalized()) {
                return null;
            }
        }
        return null;
    }

    /** "25th", "1st", "102nd": the number of a numbered street. */
    private static boolean isOrdinal(String text) {
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        String suffix = text.substring(digits).toLowerCase(Locale.ROOT);
        return digits > 0 && (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"));
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
