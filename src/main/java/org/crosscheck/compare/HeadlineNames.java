package org.crosscheck.compare;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names in each headline that say where a story happened or whom it is about ("Killeen",
 * "Habersham", "Zamarripa"): single words the article writes as names, that its headline holds,
 * and that are rare enough to seek pairs by, and the ages it gives ("3-year-old"). Two articles whose headlines each name what the other
 * never mentions are likely two incidents, however alike their words ("four killed in … shooting").
 */
final class HeadlineNames {

    private HeadlineNames() {
    }

    static int[][] of(StoryVectors vectors, int[][] writtenNames, List<Set<String>> headlineWords) {
        int rareAtMost = StoryPairs.seekLimit(vectors.documents());
        int[][] names = new int[writtenNames.length][];
        for (int document = 0; document < writtenNames.length; document++) {
            Set<String> words = headlineWords.get(document);
            int[] found = new int[writtenNames[document].length];
            int count = 0;
            for (int term : writtenNames[document]) {
                String spelling = vectors.spelling(term);
                if (spelling.indexOf(' ') < 0 && !vectors.isCommon(term) && vectors.documentFrequency(term) <= rareAtMost
                        && (Character.isLetter(spelling.charAt(0)) && inHeadline(spelling, words) || isHeadlineAge(spelling, words))) {
                    found[count++] = term;
                }
            }
            names[document] = Arrays.copyOf(found, count);
        }
        return names;
    }

    /** An age the headline gives ("3-year-old Kansas City girl …" holds "3", "year", "old"): whom the story is about. */
    private static boolean isHeadlineAge(String spelling, Set<String> words) {
        int dash = spelling.indexOf('-');
        return dash > 0 && Character.isDigit(spelling.charAt(0)) && spelling.endsWith("-old")
                && words.contains(spelling.substring(0, dash)) && words.contains("old");
    }

    /** Headline words are lower case and singular: "Williams" is there as "william". */
    private static boolean inHeadline(String spelling, Set<String> words) {
        String lower = spelling.toLowerCase(Locale.ROOT);
        if (words.contains(lower)) {
            return true;
        }
        int length = lower.length();
        return length > 4 && (lower.endsWith("ies") && words.contains(lower.substring(0, length - 3) + "y")
                || lower.endsWith("s") && words.contains(lower.substring(0, length - 1)));
    }

    /** Whether each headline names what the other article never mentions. */
    static boolean conflict(StoryVectors vectors, int one, int two) {
        return missing(vectors, one, two) > 0 && missing(vectors, two, one) > 0;
    }

    /** How many names of either headline the other article mentions (a name in both headlines counts once). */
    static int shared(StoryVectors vectors, int one, int two) {
        int shared = 0;
        for (int term : vectors.headlineNames(one)) {
            if (vectors.has(two, term)) {
                shared++;
            }
        }
        int[] ofOne = vectors.headlineNames(one);
        for (int term : vectors.headlineNames(two)) {
            if (vectors.has(one, term) && Arrays.binarySearch(ofOne, term) < 0) {
                shared++;
            }
        }
        return shared;
    }

    /**
     * {@link #conflict} and {@link #shared} of one document with each of many others, at once: what
     * the one document has is marked in a table of all terms, so only the other's terms are searched.
     */
    static final class OfOne {
        private final StoryVectors vectors;
        private final int[] inDocument;
        private final int[] inHeadline;
        private int document = -1;

        OfOne(StoryVectors vectors) {
            this.vectors = vectors;
            inDocument = new int[vectors.termCount()];
            inHeadline = new int[vectors.termCount()];
        }

        /** From now on the pairs are of this document. */
        void of(int one) {
            document = one;
            for (int term : vectors.terms(one)) {
                inDocument[term] = one + 1;
            }
            for (int term : vectors.headlineNames(one)) {
                inHeadline[term] = one + 1;
            }
        }

        /** The evidence with what the two headlines' names say. */
        PairEvidence with(PairEvidence pair, int other) {
            int[] ofOne = vectors.headlineNames(document);
            int[] ofOther = vectors.headlineNames(other);
            int oneInOther = 0;
            for (int term : ofOne) {
                if (vectors.has(other, term)) {
                    oneInOther++;
                }
            }
            int otherInOne = 0;
            int otherOnlyInOne = 0;
            for (int term : ofOther) {
                if (inDocument[term] == document + 1) {
                    otherInOne++;
                    if (inHeadline[term] != document + 1) {
                        otherOnlyInOne++;
                    }
                }
            }
            boolean conflict = oneInOther < ofOne.length && otherInOne < ofOther.length;
            return pair.withHeadlineNames(conflict, oneInOther + otherOnlyInOne);
        }
    }

    private static int missing(StoryVectors vectors, int from, int in) {
        int missing = 0;
        for (int term : vectors.headlineNames(from)) {
            if (!vectors.has(in, term)) {
                missing++;
            }
        }
        return missing;
    }
}
