package org.crosscheck.store;

/**
 * The entities of the project's alias table a claim is about and where, by id (0 for none): its subject's
 * and its place's. Ids are the store's own; exports name the entities instead.
 */
public record EntityLink(long subjectEntityId, long placeEntityId) {
}
