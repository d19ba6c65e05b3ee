package org.crosscheck.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the place of a claim as a base place and, maybe, a part of it: "northern Afghanistan",
 * "the north of Afghanistan" and "Nangarhar, Afghanistan" are parts of "Afghanistan". The
 * extractor writes the country last, which is what makes this a matter of words, not a gazetteer.
 */
public final class Places {

    private static final Set<String> DIRECTIONS = Set.of("northern", "southern", "eastern", "western", "central",
            "north", "south", "east", "west", "northeastern", "northwestern", "southeastern", "southwestern",
            "north-eastern", "north-western", "south-eastern", "south-western", "northeast", "northwest",
            "southeast", "southwest", "upper", "lower", "rural", "urban");
    private static final Pattern PART_OF = Pattern.compile("(?i)^(?:the\\s+)?(?:\\S+\\s+)*?(?:part|parts|region|regions|"
            + "north|south|east|west|provinces?|districts?|areas?|border)\\s+(?:of|in)\\s+(?:the\\s+)?(.+)$");

    /** "the eastern Afghan province of Nangrahar" lies in Afghanistan: the demonym names the country. */
    private static final java.util.Map<String, String> COUNTRY_OF_DEMONYM = java.util.Map.ofEntries(
            java.util.Map.entry("Afghan", "Afghanistan"), java.util.Map.entry("Russian", "Russia"),
            java.util.Map.entry("Syrian", "Syria"), java.util.Map.entry("Iraqi", "Iraq"),
            java.util.Map.entry("Pakistani", "Pakistan"), java.util.Map.entry("Chinese", "China"),
            java.util.Map.entry("Iranian", "Iran"), java.util.Map.entry("Turkish", "Turkey"),
            java.util.Map.entry("American", "United States"), java.util.Map.entry("British", "United Kingdom"),
            java.util.Map.entry("French", "France"), java.util.Map.entry("German", "Germany"),
            java.util.Map.entry("Indian", "India"), java.util.Map.entry("Libyan", "Libya"),
            java.util.Map.entry("Yemeni", "Yemen"), java.util.Map.entry("Somali", "Somalia"),
            java.util.Map.entry("Nigerian", "Nigeria"), java.util.Map.entry("Egyptian", "Egypt"));
    private static final Pattern DEMONYM_REGION = Pattern.compile(
            "\\b(\\p{Lu}\\p{L}+)\\s+(?:province|provinces|region|regions|district|districts|state|city|border|capital)\\b");

    private Places() {
    }

    /** The place a part belongs to, or the place itself; empty for no place. */
    public static String base(String place) {
        if (place == null) {
            return "";
        }
        if (BASES.size() > MAX_REMEMBERED) {
            BASES.clear(); // a project names a few thousand places at most; this only bounds a long run
        }
        return BASES.computeIfAbsent(place, Places::baseOf);
    }

    /** Every statement's key asks for its place's base, and most name one of a few places. */
    private static final java.util.Map<String, String> BASES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 100_000;

    private static String baseOf(String place) {
        String clean = tidy(place);
        if (clean.isEmpty()) {
            return "";
        }
        Matcher demonym = DEMONYM_REGION.matcher(clean);
        if (demonym.find() && COUNTRY_OF_DEMONYM.containsKey(demonym.group(1))) {
            return COUNTRY_OF_DEMONYM.get(demonym.group(1));
        }
        int comma = clean.lastIndexOf(',');
        if (comma >= 0) {
            return baseOf(clean.substring(comma + 1));
        }
        Matcher partOf = PART_OF.matcher(clean);
        if (partOf.matches()) {
            return baseOf(partOf.group(1));
        }
        String[] words = clean.split("\\s+");
        int first = 0;
        while (first < words.length - 1 && DIRECTIONS.contains(words[first].toLowerCase(Locale.ROOT))) {
            first++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    }

    /** Whether the place is only part of its base place. */
    public static boolean isPart(String place) {
        String clean = tidy(place);
        return !clean.isEmpty() && !clean.equalsIgnoreCase(base(clean));
    }

    /** The form used in group keys: base place, case-folded. */
    public static String keyOf(String place) {
        return base(place).toLowerCase(Locale.ROOT);
    }

    private static String tidy(String place) {
        if (place == null) {
            return "";
        }
        String clean = place.strip().replaceAll("\\s+", " ");
        if (clean.toLowerCase(Locale.ROOT).startsWith("the ") && !clean.contains(",")
                && !PART_OF.matcher(clean).matches()) {
            clean = clean.substring(4);
        }
        return clean;
    }
}
