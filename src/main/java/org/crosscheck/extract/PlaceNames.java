package org.crosscheck.extract;

import java.util.List;
import java.util.Map;

/**
 * Writes the place of a quantity as the narrowest place its sentence gives, country last
 * ("Nangarhar, Afghanistan", "northern Afghanistan"), falling back to the article's country.
 */
final class PlaceNames {

    private static final Map<String, String> DIRECTIONS = Map.ofEntries(
            Map.entry("north", "northern"), Map.entry("northern", "northern"), Map.entry("south", "southern"),
            Map.entry("southern", "southern"), Map.entry("east", "eastern"), Map.entry("eastern", "eastern"),
            Map.entry("west", "western"), Map.entry("western", "western"), Map.entry("northeast", "northeastern"),
            Map.entry("northeastern", "northeastern"), Map.entry("northwest", "northwestern"),
            Map.entry("northwestern", "northwestern"), Map.entry("southeast", "southeastern"),
            Map.entry("southeastern", "southeastern"), Map.entry("southwest", "southwestern"),
            Map.entry("southwestern", "southwestern"));

    private PlaceNames() {
    }

    /** Prepositions that put a figure in a place: "in Afghanistan", "into Syria", "across the north of Iraq". */
    private static final java.util.Set<String> LOCATIVES = Words.of(
            "in", "into", "inside", "across", "throughout", "within", "near", "at", "on");
    private static final java.util.Set<String> ON_THE_WAY = Words.of(
            "the", "of", "province", "provinces", "part", "parts", "area", "areas", "region", "regions", "border");

    /**
     * The place for a quantity in {@code sentence}: the narrowest place the sentence puts things
     * in ("in Afghanistan", not "from Syria" nor "Moscow believes"), else the article's country.
     */
    static String placeOf(List<Token> tokens, Sentence sentence, List<EntityMention> places, String articleCountry) {
        EntityMention narrowest = null;
        for (EntityMention place : places) {
            if (!isLocative(tokens, place.first(), sentence)) {
                continue;
            }
            if (narrowest == null || !place.entity().within().isEmpty() && narrowest.entity().within().isEmpty()) {
                narrowest = place;
            }
        }
        if (narrowest != null && !narrowest.entity().within().isEmpty()) {
            return narrowest.entity().canonical() + ", " + narrowest.entity().within();
        }
        String country = narrowest != null ? narrowest.entity().canonical() : articleCountry;
        if (country == null) {
            return null;
        }
        String direction = direction(tokens, sentence);
        return direction == null ? country : direction + " " + country;
    }

    private static boolean isLocative(List<Token> tokens, int first, Sentence sentence) {
        for (int index = first - 1; index >= sentence.first() && index >= first - 4; index--) {
            String word = tokens.get(index).lower();
            if (LOCATIVES.contains(word)) {
                return true;
            }
            if (!ON_THE_WAY.contains(word) && !DIRECTIONS.containsKey(word)) {
                return false;
            }
        }
        return false;
    }

    /** "in the north", "North of Afghanistan", "northern provinces": a compass part of the country. */
    private static String direction(List<Token> tokens, Sentence sentence) {
        for (int index = sentence.first(); index < sentence.last(); index++) {
            String direction = DIRECTIONS.get(tokens.get(index).lower());
            if (direction == null || index == sentence.first()) {
                continue;
            }
            if (isLocative(tokens, index, sentence)) {
                return direction; // "in the north", "into northern provinces", not "from the western area"
            }
        }
        return null;
    }
}
