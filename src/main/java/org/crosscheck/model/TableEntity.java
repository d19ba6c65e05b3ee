package org.crosscheck.model;

import java.util.List;
import java.util.Objects;

/**
 * An entity of the project's alias table with the id its claims are linked by, as the table's editor
 * carries it through an edit: so that a row renamed outright ("IS-KP" to "Daesh Khorasan") is still
 * known to be the entity it was, with its claims and their groups.
 *
 * @param id     the entity's id in the project; {@link #UNSAVED} for a row not saved yet, or one whose
 *               identity is not known (a pasted or imported table), which the store infers from its names
 * @param entity its names and type as they are now
 */
public record TableEntity(long id, Entity entity) {

    /** The id of a row with no identity of its own yet. */
    public static final long UNSAVED = 0;

    public TableEntity {
        Objects.requireNonNull(entity, "entity");
        if (id < 0) {
            throw new IllegalArgumentException("an entity id is positive, or 0 for none");
        }
    }

    /** A row with no identity of its own yet. */
    public static TableEntity unsaved(Entity entity) {
        return new TableEntity(UNSAVED, entity);
    }

    /** Rows of these entities, none with an identity of its own. */
    public static List<TableEntity> unsaved(List<Entity> entities) {
        return entities.stream().map(TableEntity::unsaved).toList();
    }

    /** The entities of these rows, in order. */
    public static List<Entity> entities(List<TableEntity> rows) {
        return rows.stream().map(TableEntity::entity).toList();
    }
}
