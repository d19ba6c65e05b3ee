package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Story;
import org.crosscheck.model.StoryPlacement;

/**
 * Turns fresh clusters into changes of the project's stories so that what the researcher sees
 * stays put: a cluster keeps the story most of its articles were already in (so a story's id, and
 * with it every hand edit of its comparison groups, survives re-clustering), articles the
 * researcher placed by hand stay where they were put, a name chosen by hand is kept, and stories
 * left with no article are removed. Pure.
 */
public final class StoryAssigner {

    /**
     * What to change.
     *
     * @param created    new stories to make, by a temporary negative id used in {@code placements}
     * @param renamed    stories whose automatic name changes
     * @param placements where each article not placed by hand goes (a negative id: a created story)
     * @param removed    stories left with no article
     */
    public record Plan(Map<Long, String> created, List<Story> renamed, List<StoryPlacement> placements,
                       List<Long> removed) {
    }

    private StoryAssigner() {
    }

    public static Plan plan(List<StoryCluster> clusters, List<StoryPlacement> current, List<Story> stories) {
        Map<Long, StoryPlacement> bySource = new HashMap<>();
        current.forEach(placement -> bySource.put(placement.sourceId(), placement));
        Map<Long, Story> storyById = new HashMap<>();
        stories.forEach(story -> storyById.put(story.id(), story));

        Map<Long, String> created = new LinkedHashMap<>();
        List<Story> renamed = new ArrayList<>();
        List<StoryPlacement> placements = new ArrayList<>();
        Set<Long> claimed = new HashSet<>();
        Set<Long> inUse = new HashSet<>();
        current.stream().filter(StoryPlacement::byHand).map(StoryPlacement::storyId)
                .filter(java.util.Objects::nonNull).forEach(inUse::add);

        List<StoryCluster> largestFirst = new ArrayList<>(clusters);
        largestFirst.sort((a, b) -> Integer.compare(b.sourceIds().size(), a.sourceIds().size()));
        long nextNew = -1;
        for (StoryCluster cluster : largestFirst) {
            List<Long> free = cluster.sourceIds().stream()
                    .filter(id -> bySource.containsKey(id) && !bySource.get(id).byHand()).toList();
            if (free.isEmpty()) {
                continue;
            }
            Long target = mostCommonStory(free, bySource, storyById, claimed);
            if (target == null) {
                target = nextNew--;
                created.put(target, cluster.name());
            } else {
                Story story = storyById.get(target);
                if (!story.namedByHand() && !story.name().equals(cluster.name())) {
                    renamed.add(new Story(story.id(), cluster.name(), false));
                }
            }
            claimed.add(target);
            inUse.add(target);
            for (long sourceId : free) {
                StoryPlacement was = bySource.get(sourceId);
                if (!target.equals(was.storyId())) {
                    placements.add(new StoryPlacement(sourceId, target, false));
                }
            }
        }
        List<Long> removed = stories.stream().map(Story::id).filter(id -> !inUse.contains(id)).toList();
        return new Plan(created, renamed, placements, removed);
    }

    /** The story most of these articles are in now and no larger cluster has taken; null if none. */
    private static Long mostCommonStory(List<Long> sourceIds, Map<Long, StoryPlacement> bySource,
                                        Map<Long, Story> storyById, Set<Long> claimed) {
        Map<Long, Integer> votes = new HashMap<>();
        for (long sourceId : sourceIds) {
            Long story = bySource.get(sourceId).storyId();
            if (story != null && storyById.containsKey(story) && !claimed.contains(story)) {
                votes.merge(story, 1, Integer::sum);
            }
        }
        // most votes; on a tie the oldest story, so the choice never depends on map order
        java.util.Comparator<Map.Entry<Long, Integer>> byVotes = Map.Entry.comparingByValue();
        java.util.Comparator<Map.Entry<Long, Integer>> oldestFirst = (a, b) -> Long.compare(b.getKey(), a.getKey());
        return votes.entrySet().stream().max(byVotes.thenComparing(oldestFirst)).map(Map.Entry::getKey).orElse(null);
    }
}
