package org.crosscheck.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Average linkage joins clusters only while they are alike on average, and keeps as links only
 * the pairs inside a strong component (articles chained by pairs at or above the threshold).
 */
class AverageLinkageTest {

    private static final double THRESHOLD = 0.45;

    @Test
    void aWeakPairInsideAStoryStillLowersTheAverageSoAThirdArticleStaysOut() {
        StoryPairs pairs = new StoryPairs();
        pairs.add(0, 1, 0.9);
        pairs.add(0, 2, 0.5);
        pairs.add(1, 2, 0.2); // (0.5 + 0.2) / 2 = 0.35 < 0.45: 2 is not joined to {0, 1}

        int[] cluster = AverageLinkage.cluster(3, pairs, THRESHOLD);

        assertEquals(cluster[0], cluster[1]);
        assertNotEquals(cluster[0], cluster[2]);
    }

    @Test
    void aWeakPairInsideAStoryCountsTowardsTheAverageThatJoinsAThirdArticle() {
        StoryPairs pairs = new StoryPairs();
        pairs.add(0, 1, 0.9);
        pairs.add(0, 2, 0.5);
        pairs.add(1, 2, 0.41); // (0.5 + 0.41) / 2 = 0.455: joined, though 0.41 alone is below the threshold

        int[] cluster = AverageLinkage.cluster(3, pairs, THRESHOLD);

        assertEquals(cluster[0], cluster[1]);
        assertEquals(cluster[0], cluster[2]);
    }

    @Test
    void weakPairsBetweenTwoStoriesNeverJoinThemHoweverManyThereAre() {
        StoryPairs pairs = new StoryPairs();
        pairs.add(0, 1, 0.9);
        pairs.add(2, 3, 0.9);
        for (int one = 0; one < 2; one++) {
            for (int two = 2; two < 4; two++) {
                pairs.add(one, two, 0.44);
            }
        }
        pairs.add(4, 0, 0.44); // an article with no strong pair stays alone

        int[] cluster = AverageLinkage.cluster(5, pairs, THRESHOLD);

        assertEquals(cluster[0], cluster[1]);
        assertEquals(cluster[2], cluster[3]);
        assertNotEquals(cluster[0], cluster[2]);
        assertEquals(4, cluster[4]);
    }

    /** Two reports of a shooting on day 100 and two of one on day 140, in one town: alike enough to join. */
    private static StoryPairs twoStoriesAlikeAcrossThem() {
        StoryPairs pairs = new StoryPairs();
        pairs.add(0, 1, 0.95);
        pairs.add(2, 3, 0.95);
        for (int one = 0; one < 2; one++) {
            for (int two = 2; two < 4; two++) {
                pairs.add(one, two, 0.6);
            }
        }
        return pairs;
    }

    @Test
    void twoStoriesWhoseReportsAgreeOnDifferentIncidentDaysAreNotJoined() {
        long[] days = {100, 101, 140, 140};

        int[] cluster = AverageLinkage.cluster(4, twoStoriesAlikeAcrossThem(), THRESHOLD, days);

        assertEquals(cluster[0], cluster[1]);
        assertEquals(cluster[2], cluster[3]);
        assertNotEquals(cluster[0], cluster[2]);
    }

    @Test
    void storiesOnOneIncidentDayOrWithoutAnAgreedDayAreJoinedAsBefore() {
        long unknown = DateCloseness.UNKNOWN;
        // a shooting before midnight is "late Friday" in one report and "early Saturday" in the next
        int[] sameDay = AverageLinkage.cluster(4, twoStoriesAlikeAcrossThem(), THRESHOLD, new long[] {100, 100, 101, 101});
        // a follow-up's lead names the day of the arrest: one report's day alone keeps nothing apart
        int[] oneDayOnly = AverageLinkage.cluster(4, twoStoriesAlikeAcrossThem(), THRESHOLD, new long[] {100, 100, 140, unknown});
        // reports that give days far apart agree on no day
        int[] noAgreedDay = AverageLinkage.cluster(4, twoStoriesAlikeAcrossThem(), THRESHOLD, new long[] {100, 110, 140, 141});

        for (int[] cluster : new int[][] {sameDay, oneDayOnly, noAgreedDay}) {
            assertEquals(cluster[0], cluster[3]);
        }
    }

    @Test
    void strongComponentsFollowOnlyPairsAtOrAboveTheThreshold() {
        StoryPairs pairs = new StoryPairs();
        pairs.add(0, 1, 0.45);
        pairs.add(1, 2, 0.6);
        pairs.add(2, 3, 0.449);
        pairs.add(4, 3, 0.8);

        int[] component = AverageLinkage.strongComponents(6, pairs, THRESHOLD);

        assertArrayEquals(new int[] {0, 0, 0, 3, 3, 5}, component);
    }

    @Test
    void aChainOfStrongPairsIsOneComponentButAverageLinkDoesNotChainIt() {
        StoryPairs pairs = new StoryPairs();
        pairs.add(0, 1, 0.9);
        pairs.add(1, 2, 0.5); // one article (1) that mentions two incidents
        pairs.add(2, 3, 0.9);

        int[] component = AverageLinkage.strongComponents(4, pairs, THRESHOLD);
        int[] cluster = AverageLinkage.cluster(4, pairs, THRESHOLD);

        assertArrayEquals(new int[] {0, 0, 0, 0}, component);
        assertEquals(cluster[0], cluster[1]);
        assertEquals(cluster[2], cluster[3]);
        assertNotEquals(cluster[0], cluster[2]); // 0.5 / 4 between {0, 1} and {2, 3}
    }
}
