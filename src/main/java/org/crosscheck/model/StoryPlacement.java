package org.crosscheck.model;

/**
 * Which story an article is in.
 *
 * @param storyId null when the article is in no story yet
 * @param byHand  whether the researcher put it there, which re-clustering then keeps
 */
public record StoryPlacement(long sourceId, Long storyId, boolean byHand) {
}
