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

    /** The place for a quantity in {@code sentence}; {@code articleCountry} may be null. */
    static String placeOf(List<Token> tokens, Sentence sentence, List<EntityMention> places, String articleCountry) {
        EntityMention narrowest = null;
        for (EntityMention place : places) {
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

    /** "in the north", "North of Afghanistan", "northern provinces": a compass part of the country. */
    private static String direction(List<Token> tokens, Sentence sentence) {
        for (int index = sentence.first(); index < sentence.last(); index++) {
            String direction = DIRECTIONS.get(tokens.get(index).lower());
            if (direction == null || index == sentence.first()) {
                continue;
            }
            Token before = tokens.get(index - 1);
            Token after = index + 1 < sentence.last() ? tokens.get(index + 1) : null;
            boolean ofThe = before.is("the") || before.is("in") || before.is("of");
            boolean ofCountry = after != null && (after.is("of") || after.isCapitalized() || after.is("provinces")
                    || after.is("province") || after.is("parts") || after.is("regions") || after.is("region"));
            if (ofThe || ofCountry) {
                return direction;
            }
        }
        return null;
    }
}
