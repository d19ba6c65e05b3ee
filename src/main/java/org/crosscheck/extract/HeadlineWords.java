package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a headline that tell its story, for comparing one title with another: "5 wounded in
 * Texas drive-by shooting" and "Five injured by gunfire in Fort Worth" share what a headline
 * says, whatever the page below it holds (a sign-up box, a video player). The site's name a page
 * title appends ("… - WRAL.com", "… | Local News") is cut off; words are lower case and singular,
 * numbers are digits ("five" is "5"), grammar words are left out. Stateless and thread-safe.
 */
public final class HeadlineWords {

    /** Where a page title puts its site's name after the headline. */
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+(?:\\||::|-|–|—|«|»)\\s+");
    /** A first part of fewer words is a section or a site name ("Local News | …"), not the headline. */
    private static final int SHORTEST_HEADLINE = 3;
    private static final Map<String, String> NUMBERS = Map.of("one", "1", "two", "2", "three", "3", "four", "4",
            "five", "5", "six", "6", "seven", "7", "eight", "8", "nine", "9", "ten", "10");

    private HeadlineWords() {
    }

    /** The story words of a page title, each once, in order. */
    public static List<String> of(String title) {
        if (title == null || title.isBlank()) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        for (Token token : Tokenizer.tokenize(headline(title))) {
            if (!token.isWord() && !token.isNumber()) {
                continue;
            }
            String word = withoutPossessive(token.lower());
            word = NUMBERS.getOrDefault(word, word);
            if (word.isEmpty() || !token.isNumber() && StoryStopWords.contains(word)) {
                continue;
            }
            words.add(token.isNumber() ? word : LeadWords.singular(word));
        }
        return new ArrayList<>(words);
    }

    /** The headline of a page title: its first part, unless that part is too short to be one. */
    static String headline(String title) {
        String[] parts = SITE_SEPARATOR.split(title.strip());
        if (parts.length == 1 || parts[0].split("\\s+").length >= SHORTEST_HEADLINE) {
            return parts[0];
        }
        String longest = parts[0];
        for (String part : parts) {
            if (part.length() > longest.length()) {
                longest = part;
            }
        }
        return longest;
    }

    private static String withoutPossessive(String word) {
        if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"))) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }
}
