package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A lone report joins the one story that stands out for it. Documents 0–2 are a story of a
 * Dunmore shooting (represented by 0), 3–4 a story of a Lakeside fire (represented by 3), and 5 is
 * the report in question.
 */
class StoryStragglersTest {

    private static int[] twoStoriesAndALoneReport() {
        return new int[] {0, 0, 0, 3, 3, 5};
    }

    private static int[] joined(StoryPairs pairs) {
        int[] clusterOf = twoStoriesAndALoneReport();
        StoryStragglers.join(pairs, clusterOf);
        return clusterOf;
    }

    @Test
    void aVictimNamedTheDayAfterJoinsTheShootingItsReportIsMostAlikeThoughBelowTheThreshold() {
        StoryPairs pairs = new StoryPairs();
        pairs.add(0, 5, 0.6);   // "Victim of Dunmore shooting named" shares the victim's street with the first report
        pairs.add(1, 5, 0.3);
        pairs.add(3, 5, 0.05);  // and a word or two with the fire

        assertThat(joined(pairs)[5]).isEqualTo(0);
    }

    @Test
    void aReportAlikeToTwoStoriesStaysAlone() {
        StoryPairs pairs = new StoryPairs();
        pairs.add(0, 5, 0.6);
        pairs.add(1, 5, 0.3);
        pairs.add(3, 5, 0.45);  // a Dunmore firefighter shot at the Lakeside fire: either story could be its own

        assertThat(joined(pairs)[5]).isEqualTo(5);
    }

    @Test
    void aReportOnlyFaintlyAlikeToAStoryStaysAlone() {
        StoryPairs pairs = new StoryPairs();
        pairs.add(0, 5, 0.4);   // one report in three shares the town: an average of 0.13

        assertThat(joined(pairs)[5]).isEqualTo(5);
    }

    @Test
    void aBriefReportThatSharesALittleWithEveryReportOfOneStoryJoinsIt() {
        StoryPairs pairs = new StoryPairs();
        pairs.add(0, 5, 0.3);   // "Dunmore shooting victim dies": the town and the victim's name, too little for the average
        pairs.add(1, 5, 0.1);
        pairs.add(2, 5, 0.1);   // an average of 0.17, but linked to all three reports
        pairs.add(3, 5, 0.1);   // and a word with one report of the fire

        assertThat(joined(pairs)[5]).isEqualTo(0);
    }

    @Test
    void aBriefReportLinkedToAllButOneReportOfAStoryOrAsStronglyToAnotherStaysAlone() {
        StoryPairs notEvery = new StoryPairs();
        notEvery.add(0, 5, 0.3);
        notEvery.add(1, 5, 0.1);
        StoryPairs another = new StoryPairs();
        another.add(0, 5, 0.3);
        another.add(1, 5, 0.1);
        another.add(2, 5, 0.1);
        another.add(3, 5, 0.2); // more than half its strongest link to the shooting

        assertThat(joined(notEvery)[5]).isEqualTo(5);
        assertThat(joined(another)[5]).isEqualTo(5);
    }

    @Test
    void twoLoneReportsThatChooseEachOtherMakeOneStory() {
        StoryPairs pairs = new StoryPairs();
        pairs.add(5, 6, 0.4);   // "Boy, 9, shot in Eastfield" and "Eastfield boy recovering": alike, not quite enough
        int[] clusterOf = {0, 0, 0, 3, 3, 5, 6};

        StoryStragglers.join(pairs, clusterOf);

        assertThat(clusterOf[5]).isEqualTo(clusterOf[6]);
        assertThat(clusterOf).startsWith(0, 0, 0, 3, 3);
    }

    @Test
    void twoLoneReportsOnlyFaintlyAlikeStayApart() {
        StoryPairs pairs = new StoryPairs();
        pairs.add(5, 6, 0.3);   // "Council approves library budget" and "Man found shot on Peoria Avenue" share an avenue
        int[] clusterOf = {0, 0, 0, 3, 3, 5, 6};

        StoryStragglers.join(pairs, clusterOf);

        assertThat(clusterOf).containsExactly(0, 0, 0, 3, 3, 5, 6);
    }

    @Test
    void twoLoneReportsFaintlyAlikeWhoseHeadlinesShareAWordMakeOneStory() {
        String[] headlines = {"four shot at dunmore bar", "dunmore bar shooting victims named", "gunman sought after bar shooting",
            "lakeside fire destroys barn", "lakeside barn fire ruled arson", "boy 9 shot in eastfield", "eastfield boy 9 recovering"};
        java.util.List<StoryInput> inputs = new java.util.ArrayList<>();
        for (int document = 0; document < headlines.length; document++) {
            inputs.add(new StoryInput(document, new org.crosscheck.model.StoryFingerprint(null, null,
                    java.util.List.of(headlines[document].split(" ")), java.util.List.of())));
        }
        StoryPairs pairs = new StoryPairs();
        pairs.add(5, 6, 0.3);
        int[] clusterOf = {0, 0, 0, 3, 3, 5, 6};

        StoryStragglers.join(pairs, new HeadlineVectors(inputs, StorySettings.DEFAULT), clusterOf);

        assertThat(clusterOf[5]).isEqualTo(clusterOf[6]);
        assertThat(clusterOf).startsWith(0, 0, 0, 3, 3);
    }

    @Test
    void articlesAlreadyInAStoryStayWhereTheyAre() {
        StoryPairs pairs = new StoryPairs();
        pairs.add(1, 3, 0.9);

        assertThat(joined(pairs)).containsExactly(0, 0, 0, 3, 3, 5);
    }
}
