package org.crosscheck.compare;

import java.util.List;

/**
 * The articles that tell one story, by source id in ascending order, and a name for the story a
 * researcher recognises: the names its articles share ("Rocky Mount · Word Tabernacle Church").
 */
public record StoryCluster(List<Long> sourceIds, String name) {

    public StoryCluster {
        sourceIds = List.copyOf(sourceIds);
        name = name == null ? "" : name;
    }

    public int size() {
        return sourceIds.size();
    }
}
