package org.crosscheck.model;

/**
 * How a group too large to compare every pair was compared by sources: one statement per source and
 * figure stands for its source, and each is compared with those of other sources.
 *
 * @param representatives how many statements stand for their sources
 * @param sources         how many sources the group's statements come from
 * @param neighbours      how many of other sources' representatives, next in time, each is compared with;
 *                        0 when it is compared with all of them
 */
public record ComparedBySources(int representatives, int sources, int neighbours) {

    /** Whether each representative is compared with every other source's. */
    public boolean withEveryOtherSource() {
        return neighbours == 0;
    }
}
