package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names a story by the names its articles share, in the order the articles bring them up (the
 * title's first): "Rocky Mount · Word Tabernacle Church · Edwards Street". A name is taken when
 * at least half the articles have it and it is not common to the whole collection; a word of a
 * name already taken is not taken again. A story without such names is named by its words.
 */
final class StoryNames {

    static final String SEPARATOR = " · ";
    private static final int MOST_PARTS = 3;

    private record Shared(int term, int articles, double meanPosition) {
    }

    private StoryNames() {
    }

    static String of(List<Integer> documents, StoryVectors vectors) {
        List<Shared> shared = sharedTerms(documents, vectors);
        String byNames = pick(shared, vectors, true);
        return byNames.isEmpty() ? pick(shared, vectors, false) : byNames;
    }

    private static List<Shared> sharedTerms(List<Integer> documents, StoryVectors vectors) {
        Map<Integer, int[]> countAndPositions = new HashMap<>();
        for (int document : documents) {
            int[] terms = vectors.terms(document);
            int[] positions = vectors.positions(document);
            for (int index = 0; index < terms.length; index++) {
                if (!vectors.isCommon(terms[index])) {
                    int[] tally = countAndPositions.computeIfAbsent(terms[index], term -> new int[2]);
                    tally[0]++;
                    tally[1] += positions[index];
                }
            }
        }
        int needed = (documents.size() + 1) / 2;
        List<Shared> shared = new ArrayList<>();
        countAndPositions.forEach((term, tally) -> {
            if (tally[0] >= needed) {
                shared.add(new Shared(term, tally[0], (double) tally[1] / tally[0]));
            }
        });
        shared.sort(Comparator.comparingInt((Shared term) -> -term.articles())
                .thenComparingDouble(Shared::meanPosition).thenComparingInt(Shared::term));
        return shared;
    }

    private static String pick(List<Shared> shared, StoryVectors vectors, boolean names) {
        List<Shared> taken = new ArrayList<>();
        List<String> takenWords = new ArrayList<>();
        for (Shared term : shared) {
            if (taken.size() == MOST_PARTS) {
                break;
            }
            String spelling = vectors.spelling(term.term());
            if (vectors.isName(term.term()) != names || overlaps(spelling, takenWords)) {
                continue;
            }
            taken.add(term);
            takenWords.add(spelling.toLowerCase(Locale.ROOT));
        }
        taken.sort(Comparator.comparingDouble(Shared::meanPosition));
        List<String> parts = new ArrayList<>();
        for (Shared term : taken) {
            parts.add(vectors.spelling(term.term()));
        }
        return String.join(SEPARATOR, parts);
    }

    /** "Lash" after "Sherie Lash", or "Sherie Lash" after "Lash": one name, not two. */
    private static boolean overlaps(String spelling, List<String> takenWords) {
        String lower = spelling.toLowerCase(Locale.ROOT);
        for (String taken : takenWords) {
            if ((" " + taken + " ").contains(" " + lower + " ") || (" " + lower + " ").contains(" " + taken + " ")) {
                return true;
            }
        }
        return false;
    }
}
