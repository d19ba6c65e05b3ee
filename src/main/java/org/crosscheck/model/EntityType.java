package org.crosscheck.model;

/** What an entity of the alias table is. */
public enum EntityType {
    PERSON, ORGANISATION, PLACE
}
