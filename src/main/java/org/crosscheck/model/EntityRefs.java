package org.crosscheck.model;

import java.util.Objects;

/**
 * The entities of the project's alias table a statement's claim is about and where, by id, named as the
 * table names them now: what the comparison groups by, so that renaming an entity or giving it another
 * alias leaves its statements together. Each is null where the claim's words name no entity the table
 * knows; then the words are compared, as the researcher wrote them.
 *
 * @param subject the entity the claim is about
 * @param place   the place entity its place names ("Nangarhar" of "Nangarhar, Afghanistan")
 * @param base    the place that one lies in ("Afghanistan"), or the place itself; null when {@code place} is
 */
public record EntityRefs(Ref subject, Ref place, Ref base) {

    /** A claim whose words name no known entity. */
    public static final EntityRefs NONE = new EntityRefs(null, null, null);

    public EntityRefs {
        if ((place == null) != (base == null)) {
            throw new IllegalArgumentException("a place and the place it lies in come together");
        }
    }

    /**
     * One entity: its id in the project's table (0 for a place named only by the country a place lies
     * in, which the table does not hold) and its name there now.
     */
    public record Ref(long id, String name) {

        public Ref {
            Objects.requireNonNull(name, "name");
        }

        /** Whether two refer to one entity: by id where both have one, else by name. */
        public boolean isSameAs(Ref other) {
            return id != 0 && other.id != 0 ? id == other.id : name.equalsIgnoreCase(other.name);
        }
    }
}
