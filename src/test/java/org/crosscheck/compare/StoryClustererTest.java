package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.crosscheck.extract.StoryFeatures;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

    private static final long DEEP_ELLUM_FIRST = 1;
    private static final long DEEP_ELLUM_SECOND = 2;
    private static final long DALLAS_A_WEEK_LATER = 3;
    private static final long LIBRARY = 4;

    /** Two reports of one Dallas shooting, another Dallas shooting a week later, a council story, and other news. */
    private static List<StoryInput> library() {
        List<StoryInput> inputs = new ArrayList<>();
        inputs.add(article(DEEP_ELLUM_FIRST, "2017-03-11", "Two men shot outside Deep Ellum bar in Dallas",
                "Dallas police said two men were shot early Saturday outside the Green Lantern bar on Elm Street in "
                        + "Deep Ellum. Marcus Whitfield, 24, died at Baylor University Medical Center. Police are "
                        + "searching for a gunman who fled in a silver sedan."));
        inputs.add(article(DEEP_ELLUM_SECOND, "2017-03-12", "Victim identified in Deep Ellum bar shooting",
                "The man killed in a shooting outside the Green Lantern bar in Deep Ellum has been identified as "
                        + "Marcus Whitfield, 24. Dallas police said a second man was wounded on Elm Street early "
                        + "Saturday and is expected to survive. No arrests have been made."));
        inputs.add(article(DALLAS_A_WEEK_LATER, "2017-03-18", "Woman wounded in shooting at Dallas apartment complex",
                "Dallas police said a woman was shot Friday night at the Parkview Terrace apartments on Ferguson Road "
                        + "in east Dallas. Tamika Jordan, 31, was taken to Parkland Memorial Hospital. Police said "
                        + "the shooting followed an argument."));
        inputs.add(article(LIBRARY, "2017-03-14", "Council approves budget for new library",
                "The Springfield city council voted on Tuesday to approve a budget for the new Maple Avenue library. "
                        + "Construction is expected to begin in the autumn, Mayor Linda Okafor said."));
        String[][] others = {
                {"Houston", "Teen shot near Houston high school", "A 16-year-old was shot near Westbury High School "
                        + "in Houston on Monday. Houston police said Darnell Price was hit in the leg."},
                {"Chicago", "Three wounded in Chicago drive-by", "Three people were wounded in a drive-by shooting in "
                        + "Englewood on Chicago's South Side, police said. The victims were taken to Stroger Hospital."},
                {"Denver", "Denver man charged in parking lot shooting", "Prosecutors charged Kyle Brandt with "
                        + "attempted murder after a shooting in a Colfax Avenue parking lot in Denver, police said."},
                {"Memphis", "Store clerk shot during robbery in Memphis", "A clerk at a Lamar Avenue store in Memphis "
                        + "was shot during a robbery on Sunday. Memphis police released images of two suspects."},
                {"Tulsa", "Tulsa police investigate overnight homicide", "Tulsa police are investigating the death "
                        + "of Andre Mills, who was found shot in a car on Peoria Avenue early Tuesday."},
                {"Fresno", "Boy injured by stray bullet in Fresno", "An 8-year-old boy was hit by a stray bullet while "
                        + "sleeping in his home in southeast Fresno, police said. He is in stable condition."}};
        for (int index = 0; index < others.length; index++) {
            inputs.add(article(10 + index, "2017-03-" + (10 + index), others[index][1], others[index][2]));
        }
        return inputs;
    }

    private static StoryInput article(long id, String published, String title, String text) {
        return new StoryInput(id, StoryFeatures.of(title, text, LocalDate.parse(published)));
    }

    @Test
    void twoReportsOfOneShootingInDallasAreOneStory() {
        assertThat(clusterOf(DEEP_ELLUM_FIRST, StoryClusterer.cluster(library())).sourceIds())
                .containsExactly(DEEP_ELLUM_FIRST, DEEP_ELLUM_SECOND);
    }

    @Test
    void anotherShootingInDallasAWeekLaterIsAnotherStory() {
        assertThat(clusterOf(DALLAS_A_WEEK_LATER, StoryClusterer.cluster(library())).sourceIds())
                .containsExactly(DALLAS_A_WEEK_LATER);
    }

    @Test
    void anArticleThatSharesNoNamesIsAStoryOfItsOwn() {
        assertThat(clusterOf(LIBRARY, StoryClusterer.cluster(library())).sourceIds()).containsExactly(LIBRARY);
    }

    @Test
    void everyArticleIsInExactlyOneStoryAndTheLargestStoryComesFirst() {
        List<StoryCluster> clusters = StoryClusterer.cluster(library());

        assertThat(clusters.stream().flatMap(cluster -> cluster.sourceIds().stream()))
                .containsExactlyInAnyOrderElementsOf(library().stream().map(StoryInput::sourceId).toList());
        assertThat(clusters.get(0).size()).isEqualTo(2);
        assertThat(clusters.subList(1, clusters.size())).allSatisfy(cluster -> assertThat(cluster.size()).isEqualTo(1));
        assertThat(clusters.get(1).sourceIds().get(0)).isLessThan(clusters.get(2).sourceIds().get(0));
    }

    @Test
    void aStoryIsNamedByTheNamesItsArticlesShare() {
        String name = clusterOf(DEEP_ELLUM_FIRST, StoryClusterer.cluster(library())).name();

        assertThat(name).contains("Deep Ellum").contains(StoryNames.SEPARATOR);
        assertThat(name.split(StoryNames.SEPARATOR)).hasSizeBetween(2, 3);
    }

    @Test
    void theStoriesDoNotDependOnTheOrderOfTheArticles() {
        List<StoryInput> shuffled = new ArrayList<>(library());
        Collections.shuffle(shuffled, new Random(7));

        assertThat(StoryClusterer.cluster(shuffled)).isEqualTo(StoryClusterer.cluster(library()));
    }

    @Test
    void twoPagesThatShareOnlyTheirHeadlineAreOneStory() {
        List<StoryInput> inputs = new ArrayList<>(library());
        String signUp = "Sign in to your account. By registering you agree to our terms of service and privacy policy.";
        inputs.add(article(20, "2017-03-15", "Boy, 4, hit by stray bullet outside Brookside apartments - Channel 5",
                signUp));
        inputs.add(article(21, "2017-03-15", "4-year-old boy hit by stray bullet outside Brookside apartments",
                "Thank you for registering. " + signUp));

        assertThat(clusterOf(20, StoryClusterer.cluster(inputs)).sourceIds()).containsExactly(20L, 21L);
    }

    @Test
    void noArticlesMakeNoStories() {
        assertThat(StoryClusterer.cluster(List.of())).isEmpty();
    }

    private static StoryCluster clusterOf(long sourceId, List<StoryCluster> clusters) {
        return clusters.stream().filter(cluster -> cluster.sourceIds().contains(sourceId)).findFirst().orElseThrow();
    }
}
