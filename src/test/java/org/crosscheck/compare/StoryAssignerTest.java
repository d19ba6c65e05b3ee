package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Story;
import org.crosscheck.model.StoryPlacement;
import org.junit.jupiter.api.Test;

/** Re-clustering keeps stories' ids, names chosen by hand and articles placed by hand. */
class StoryAssignerTest {

    @Test
    void aFirstClusteringMakesOneStoryPerCluster() {
        StoryAssigner.Plan plan = StoryAssigner.plan(
                List.of(new StoryCluster(List.of(1L, 2L), "Dallas shooting"), new StoryCluster(List.of(3L), "Fire")),
                List.of(new StoryPlacement(1, null, false), new StoryPlacement(2, null, false),
                        new StoryPlacement(3, null, false)), List.of());

        assertThat(plan.created().values()).containsExactly("Dallas shooting", "Fire");
        assertThat(plan.placements()).hasSize(3);
        assertThat(plan.removed()).isEmpty();
    }

    @Test
    void aClusterKeepsTheStoryMostOfItsArticlesWereInAndANameGivenByHand() {
        List<Story> stories = List.of(new Story(7, "The Dallas case", true), new Story(8, "Fire", false));
        List<StoryPlacement> now = List.of(new StoryPlacement(1, 7L, false), new StoryPlacement(2, 7L, false),
                new StoryPlacement(3, 8L, false), new StoryPlacement(4, null, false));

        StoryAssigner.Plan plan = StoryAssigner.plan(List.of(
                new StoryCluster(List.of(1L, 2L, 4L), "Dallas shooting"), new StoryCluster(List.of(3L), "Fire")), now, stories);

        assertThat(plan.created()).isEmpty();
        assertThat(plan.renamed()).isEmpty();
        assertThat(plan.placements()).containsExactly(new StoryPlacement(4, 7L, false));
        assertThat(plan.removed()).isEmpty();
    }

    @Test
    void anArticlePlacedByHandStaysWhereTheResearcherPutIt() {
        List<Story> stories = List.of(new Story(7, "Dallas shooting", false), new Story(9, "Mine", true));
        List<StoryPlacement> now = List.of(new StoryPlacement(1, 7L, false), new StoryPlacement(2, 9L, true));

        StoryAssigner.Plan plan = StoryAssigner.plan(List.of(new StoryCluster(List.of(1L, 2L), "Dallas shooting")),
                now, stories);

        assertThat(plan.placements()).isEmpty();
        assertThat(plan.removed()).isEmpty();
    }

    @Test
    void aStoryLeftWithoutArticlesIsRemovedAndASplitClusterGetsANewStory() {
        List<Story> stories = List.of(new Story(7, "Two shootings", false), new Story(8, "Old", false));
        List<StoryPlacement> now = List.of(new StoryPlacement(1, 7L, false), new StoryPlacement(2, 7L, false),
                new StoryPlacement(3, 7L, false));

        StoryAssigner.Plan plan = StoryAssigner.plan(List.of(new StoryCluster(List.of(1L, 2L), "Dallas"),
                new StoryCluster(List.of(3L), "Houston")), now, stories);

        assertThat(plan.renamed()).containsExactly(new Story(7, "Dallas", false));
        assertThat(plan.created().values()).containsExactly("Houston");
        assertThat(plan.removed()).containsExactly(8L);
    }
}
