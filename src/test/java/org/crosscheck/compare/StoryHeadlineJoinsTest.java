package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.StoryFingerprint;
import org.junit.jupiter.api.Test;

class StoryHeadlineJoinsTest {

    private static final LocalDate SATURDAY = LocalDate.parse("2017-03-11");

    private static StoryInput report(long id, LocalDate day, String headline, String... terms) {
        return new StoryInput(id, new StoryFingerprint(day, day, List.of(headline.split(" ")), List.of(terms)));
    }

    /** Three reports of a Killeen shooting, made one story, and other news, each its own. */
    private static List<StoryInput> killeen(StoryInput shortReport) {
        List<StoryInput> inputs = new ArrayList<>();
        inputs.add(report(0, SATURDAY, "four killed in killeen shooting", "Killeen", "Rancier Avenue", "Marcus Hill"));
        inputs.add(report(1, SATURDAY.plusDays(1), "killeen shooting victims named", "Killeen", "Marcus Hill", "Bell County"));
        inputs.add(report(2, SATURDAY.plusDays(1), "killeen police seek gunman", "Killeen", "Rancier Avenue", "Bell County"));
        inputs.add(shortReport);
        for (int other = 4; other < 10; other++) {
            inputs.add(report(other, SATURDAY.plusDays(other), "council meets on budget", "Springfield" + other));
        }
        return inputs;
    }

    private static int[] joined(List<StoryInput> inputs, int[] clusterOf) {
        StoryVectors vectors = new StoryVectors(inputs, StorySettings.DEFAULT);
        StoryHeadlineJoins.join(vectors, clusterOf);
        return clusterOf;
    }

    private static int[] killeenTogether(int documents) {
        int[] clusterOf = new int[documents];
        for (int document = 0; document < documents; document++) {
            clusterOf[document] = document < 3 ? 0 : document;
        }
        return clusterOf;
    }

    @Test
    void aReportWhoseHeadlineNamesWhatMostHeadlinesOfAStoryNameJoinsIt() {
        List<StoryInput> inputs = killeen(report(3, SATURDAY.plusDays(2), "vigil held in killeen", "Killeen"));
        assertThat(joined(inputs, killeenTogether(inputs.size()))[3]).isEqualTo(0);
    }

    @Test
    void aReportOfTheSamePlaceAMonthLaterStaysAlone() {
        List<StoryInput> inputs = killeen(report(3, SATURDAY.plusDays(30), "man shot in killeen", "Killeen"));
        assertThat(joined(inputs, killeenTogether(inputs.size()))[3]).isEqualTo(3);
    }

    @Test
    void aReportWhoseHeadlineNamesNothingOfTheStoryStaysAlone() {
        List<StoryInput> inputs = killeen(report(3, SATURDAY.plusDays(1), "vigil held for victims", "Killeen"));
        assertThat(joined(inputs, killeenTogether(inputs.size()))[3]).isEqualTo(3);
    }

    @Test
    void aReportWhoseNameTwoStoriesShareStaysAlone() {
        List<StoryInput> inputs = killeen(report(3, SATURDAY.plusDays(1), "vigil held in killeen", "Killeen"));
        for (int other = 10; other < 13; other++) {
            inputs.add(report(other, SATURDAY.plusDays(2), "killeen store robbed", "Killeen", "Fort Hood"));
        }
        int[] clusterOf = killeenTogether(inputs.size());
        clusterOf[10] = clusterOf[11] = clusterOf[12] = 10;
        assertThat(joined(inputs, clusterOf)[3]).isEqualTo(3);
    }

    @Test
    void aLargeStoryIsNotJoinedIntoAnother() {
        List<StoryInput> inputs = killeen(report(3, SATURDAY.plusDays(1), "vigil held in killeen", "Killeen"));
        for (int other = 10; other < 13; other++) {
            inputs.add(report(other, SATURDAY.plusDays(1), "killeen mourns", "Killeen"));
        }
        int[] clusterOf = killeenTogether(inputs.size());
        clusterOf[10] = clusterOf[11] = clusterOf[12] = 10;
        int[] joined = joined(inputs, clusterOf);
        assertThat(joined[10]).isEqualTo(10);
        assertThat(joined[3]).isEqualTo(3); // two stories' headlines name Killeen
    }
}
