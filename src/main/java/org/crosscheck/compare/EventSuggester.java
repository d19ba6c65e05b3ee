package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.model.EventSuggestion;
import org.crosscheck.model.Statement;

/**
 * Suggests statements without figures, in different sources, that may tell of the same event:
 * the share of content words their sentences have in common (Jaccard), with a bonus when they
 * name the same entity or place. Candidate pairs come from an index of words, so unrelated
 * statements are never compared. Pure and thread-safe.
 */
public final class EventSuggester {

    /** Below this, shared words are coincidence rather than a shared event. */
    public static final double THRESHOLD = 0.18;
    private static final double SAME_ENTITY_BONUS = 0.1;
    /** A word in more statements than this says nothing about which event ("said", "Afghanistan"). */
    private static final int COMMON_WORD_LIMIT = 50;
    private static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in",
            "on", "at", "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it",
            "its", "this", "that", "these", "those", "he", "she", "they", "them", "his", "her", "their", "we", "our",
            "you", "i", "has", "have", "had", "not", "no", "said", "says", "say", "will", "would", "could", "can",
            "also", "than", "which", "who", "whom", "what", "there", "into", "about", "over", "after", "before",
            "more", "most", "some", "such", "up", "out", "so", "if", "all", "any", "other");

    private EventSuggester() {
    }

    /**
     * Ranked suggestions among the statements; {@code sentences} gives each statement's sentence
     * by claim id (its quote is used when missing).
     */
    public static List<EventSuggestion> suggest(List<Statement> statements, Map<Long, String> sentences) {
        List<Set<String>> words = new ArrayList<>();
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            Statement statement = statements.get(i);
            Set<String> content = contentWords(sentences.getOrDefault(statement.claim().id(), statement.quote()));
            words.add(content);
            for (String word : content) {
                index.computeIfAbsent(word, key -> new ArrayList<>()).add(i);
            }
        }
        Map<Long, Integer> sharedCounts = new HashMap<>();
        for (List<Integer> holders : index.values()) {
            if (holders.size() > COMMON_WORD_LIMIT) {
                continue;
            }
            for (int x = 0; x < holders.size(); x++) {
                for (int y = x + 1; y < holders.size(); y++) {
                    sharedCounts.merge(pair(holders.get(x), holders.get(y)), 1, Integer::sum);
                }
            }
        }
        List<EventSuggestion> suggestions = new ArrayList<>();
        for (long pair : sharedCounts.keySet()) {
            int a = (int) (pair >>> 32);
            int b = (int) pair;
            Statement first = statements.get(a);
            Statement second = statements.get(b);
            if (first.claim().sourceId() == second.claim().sourceId()) {
                continue;
            }
            Set<String> shared = new TreeSet<>(words.get(a));
            shared.retainAll(words.get(b));
            Set<String> union = new HashSet<>(words.get(a));
            union.addAll(words.get(b));
            double score = (double) shared.size() / Math.max(1, union.size()) + entityBonus(first, second);
            if (score >= THRESHOLD) {
                suggestions.add(new EventSuggestion(first.claim().id(), second.claim().id(),
                        Math.min(1, score), List.copyOf(shared)));
            }
        }
        suggestions.sort(Comparator.comparingDouble(EventSuggestion::score).reversed()
                .thenComparingLong(EventSuggestion::claimA).thenComparingLong(EventSuggestion::claimB));
        return suggestions;
    }

    static Set<String> contentWords(String text) {
        Set<String> content = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 2 && !STOP_WORDS.contains(word)) {
                content.add(stem(word));
            }
        }
        return content;
    }

    /** Enough stemming for news English: "weapons" meets "weapon", "supplying" meets "supply". */
    private static String stem(String word) {
        for (String ending : new String[] {"ing", "ies", "ied", "es", "ed", "s"}) {
            if (word.length() > ending.length() + 3 && word.endsWith(ending)) {
                String stem = word.substring(0, word.length() - ending.length());
                return ending.equals("ies") || ending.equals("ied") ? stem + "y" : stem;
            }
        }
        return word;
    }

    private static double entityBonus(Statement first, Statement second) {
        boolean sameSubject = first.isAboutTheSameAs(second);
        boolean samePlace = !first.claim().place().isBlank() && !second.claim().place().isBlank()
                && first.hasTheBasePlaceOf(second);
        return (sameSubject ? SAME_ENTITY_BONUS : 0) + (samePlace ? SAME_ENTITY_BONUS : 0);
    }

    private static long pair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }
}
