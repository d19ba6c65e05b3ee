package org.crosscheck.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.extract.AliasTable;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityRefs;
import org.crosscheck.store.EntityLink;

/**
 * The entities each claim refers to by id, as the comparison needs them: named as the project's alias
 * table names them now, each place with the place it lies in (its "within", itself an entity of the table
 * where the table has it). Immutable.
 */
final class ClaimEntityRefs {

    private final Map<Long, EntityRefs> byClaim = new HashMap<>();

    /**
     * @param links    each linked claim's entity ids, by claim id
     * @param entities the project's entities by id, in the table's order
     */
    ClaimEntityRefs(Map<Long, EntityLink> links, Map<Long, Entity> entities) {
        List<Entity> inOrder = new ArrayList<>(entities.values());
        AliasTable table = AliasTable.of(inOrder);
        Map<Entity, Long> idOf = new IdentityHashMap<>();
        entities.forEach((id, entity) -> idOf.putIfAbsent(entity, id));
        links.forEach((claimId, link) -> {
            Entity subject = entities.get(link.subjectEntityId());
            Entity place = entities.get(link.placeEntityId());
            EntityRefs.Ref placeRef = place == null ? null : new EntityRefs.Ref(link.placeEntityId(), place.canonical());
            EntityRefs.Ref base = place == null ? null : baseOf(place, placeRef, table, idOf);
            byClaim.put(claimId, new EntityRefs(subject == null ? null
                    : new EntityRefs.Ref(link.subjectEntityId(), subject.canonical()), placeRef, base));
        });
    }

    /**
     * The refs of a project's contents, which name the entities each claim is linked to: each entity
     * numbered by its place in the contents' alias table (the shipped one where it has none of its own),
     * as a file has no ids of its own for them.
     */
    static ClaimEntityRefs of(ProjectContents contents) {
        List<Entity> table = contents.aliases() == null ? AliasTable.defaults().entities() : contents.aliases();
        Map<String, Long> numberOf = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            numberOf.putIfAbsent(table.get(i).canonical(), i + 1L);
        }
        Map<Long, EntityLink> links = new HashMap<>();
        contents.entityLinks().forEach((claimId, names) -> links.put(claimId, new EntityLink(
                names.subject() == null ? 0 : numberOf.getOrDefault(names.subject(), 0L),
                names.place() == null ? 0 : numberOf.getOrDefault(names.place(), 0L))));
        return ofTable(links, table);
    }

    /** The refs of claims linked to the entities of {@code table} by number, each its place in the table from 1. */
    static ClaimEntityRefs ofTable(Map<Long, EntityLink> links, List<Entity> table) {
        return new ClaimEntityRefs(links, numbered(table));
    }

    /** The entities of a table by number, each its place in the table from 1. */
    static Map<Long, Entity> numbered(List<Entity> table) {
        Map<Long, Entity> byNumber = new java.util.LinkedHashMap<>();
        for (int i = 0; i < table.size(); i++) {
            byNumber.put(i + 1L, table.get(i));
        }
        return byNumber;
    }

    /** The refs of a claim; none when it has no links. */
    EntityRefs of(long claimId) {
        return byClaim.getOrDefault(claimId, EntityRefs.NONE);
    }

    private static EntityRefs.Ref baseOf(Entity place, EntityRefs.Ref placeRef, AliasTable table,
                                         Map<Entity, Long> idOf) {
        if (place.within().isEmpty()) {
            return placeRef;
        }
        return table.entity(place.within())
                .map(country -> new EntityRefs.Ref(idOf.getOrDefault(country, 0L), country.canonical()))
                .orElse(new EntityRefs.Ref(0, place.within()));
    }
}
