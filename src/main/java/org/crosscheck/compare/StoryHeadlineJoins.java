package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A second pass over the stories average link made: a story of one or two reports joins a larger
 * story (three or more) when its headline gives a rare name ({@link HeadlineNames}: a place, a
 * person) that most of the larger story's headlines give too, and the days of their incidents
 * agree (two days at most between the middle days of each, the day a lead gives or else the day
 * of publication). A short report ("Victim identified in Killeen shooting") often shares too few
 * words with the long reports of its story to join them on average, yet its headline names what
 * they are about. The same name in the headlines of a town's stories months apart joins nothing,
 * and a name that most headlines of two larger stories give leaves the small one alone.
 */
final class StoryHeadlineJoins {

    /** Stories of at most this many reports may join another. */
    static final int SMALL = 2;
    /** ... one of at least this many. */
    static final int LARGE = 3;
    /** Incident days further apart than this are two incidents. */
    static final long MOST_DAYS_APART = 2;

    private StoryHeadlineJoins() {
    }

    /** Joins small stories into larger ones, rewriting {@code clusterOf} (a representative document per document). */
    static void join(StoryVectors vectors, int[] clusterOf) {
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int document = 0; document < clusterOf.length; document++) {
            members.computeIfAbsent(clusterOf[document], cluster -> new ArrayList<>()).add(document);
        }
        Map<Integer, List<Integer>> storiesOfName = new HashMap<>();
        Map<Integer, Long> dayOf = new HashMap<>();
        for (Map.Entry<Integer, List<Integer>> story : members.entrySet()) {
            List<Integer> documents = story.getValue();
            if (documents.size() < LARGE) {
                continue;
            }
            Map<Integer, Integer> count = new HashMap<>();
            for (int document : documents) {
                for (int term : vectors.headlineNames(document)) {
                    count.merge(term, 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> name : count.entrySet()) {
                if (2 * name.getValue() > documents.size()) {
                    storiesOfName.computeIfAbsent(name.getKey(), term -> new ArrayList<>()).add(story.getKey());
                }
            }
            dayOf.put(story.getKey(), day(vectors, documents));
        }
        for (List<Integer> documents : members.values()) {
            if (documents.size() > SMALL) {
                continue;
            }
            int target = -1;
            boolean ambiguous = false;
            for (int document : documents) {
                for (int term : vectors.headlineNames(document)) {
                    for (int large : storiesOfName.getOrDefault(term, List.of())) {
                        ambiguous |= target >= 0 && target != large;
                        target = large;
                    }
                }
            }
            if (target < 0 || ambiguous) {
                continue;
            }
            long day = day(vectors, documents);
            long largeDay = dayOf.get(target);
            if (day == DateCloseness.UNKNOWN || largeDay == DateCloseness.UNKNOWN
                    || Math.abs(day - largeDay) > MOST_DAYS_APART) {
                continue;
            }
            for (int document : documents) {
                clusterOf[document] = target;
            }
        }
    }

    /** The middle incident day of the documents: the day each lead gives, or else its publication day. */
    private static long day(StoryVectors vectors, List<Integer> documents) {
        long[] days = new long[documents.size()];
        int known = 0;
        for (int document : documents) {
            long day = vectors.eventDay(document) != DateCloseness.UNKNOWN ? vectors.eventDay(document) : vectors.day(document);
            if (day != DateCloseness.UNKNOWN) {
                days[known++] = day;
            }
        }
        if (known == 0) {
            return DateCloseness.UNKNOWN;
        }
        long[] sorted = Arrays.copyOf(days, known);
        Arrays.sort(sorted);
        return sorted[known / 2];
    }
}
