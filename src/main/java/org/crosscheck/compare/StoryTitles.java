package org.crosscheck.compare;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names a story after the headline a reader would recognise it by: of its articles' headlines,
 * the one sharing the most words with the others (the story's centre, not a follow-up about a
 * trial), the earliest on a tie, without the site's name that scraped pages append ("… - WFLA
 * News Channel 8", "… | Local News"). Pure.
 */
public final class StoryTitles {

    /** An article's headline and when it was published (null when unknown). */
    public record Headline(String title, LocalDate published) {
    }

    /** The separators before a site's name in a page title. */
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+(?:-|–|—|\\||::|•)\\s+");
    private static final int LONGEST = 90;

    private StoryTitles() {
    }

    /** The name for a story of these headlines, or {@code fallback} when none has words. */
    public static String name(List<Headline> headlines, String fallback) {
        Map<String, Integer> articlesWithWord = new HashMap<>();
        for (Headline headline : headlines) {
            words(clean(headline.title())).forEach(word -> articlesWithWord.merge(word, 1, Integer::sum));
        }
        Headline best = null;
        int bestShared = -1;
        for (Headline headline : headlines) {
            String cleaned = clean(headline.title());
            if (cleaned.isBlank()) {
                continue;
            }
            int shared = 0;
            for (String word : words(cleaned)) {
                shared += articlesWithWord.get(word) - 1;
            }
            if (shared > bestShared || shared == bestShared && earlier(headline, best)) {
                best = headline;
                bestShared = shared;
            }
        }
        return best == null ? fallback : shorten(clean(best.title()));
    }

    /** "Gunfire erupts at JP party - Boston News | WCVB" → "Gunfire erupts at JP party". */
    static String clean(String title) {
        String[] parts = SITE_SEPARATOR.split(title.strip());
        StringBuilder kept = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (looksLikeASiteName(parts[i])) {
                break;
            }
            kept.append(" - ").append(parts[i]);
        }
        return kept.toString().strip();
    }

    /** A site's name is written in capitals throughout: "WFLA News Channel 8", "CBS News 8", "7NEWS Miami". */
    private static boolean looksLikeASiteName(String part) {
        for (String word : part.split("[\\s,]+")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0)) && Character.isLowerCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> words(String title) {
        Set<String> words = new HashSet<>();
        for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 2) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean earlier(Headline a, Headline b) {
        return b != null && a.published() != null && (b.published() == null || a.published().isBefore(b.published()));
    }

    private static String shorten(String title) {
        return title.length() <= LONGEST ? title : title.substring(0, LONGEST - 1).strip() + "…";
    }
}
