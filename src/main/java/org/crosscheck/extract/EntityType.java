package org.crosscheck.extract;

/** What an entity of the alias table is. */
public enum EntityType {
    PERSON, ORGANISATION, PLACE
}
