package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;

/**
 * The names entities go by, so that "ISIS", "IS", "IS-KP" and "Wilayat Khorasan" are one
 * "Islamic State" and "Kabulov" is "Zamir Kabulov". A default table ships as the resource
 * {@code aliases.txt}; the researcher edits it in the app and it is stored with the project
 * ({@link #of(List)} rebuilds it). Short all-capital names ("IS", "UN") match only in capitals,
 * so that the verb "is" is no Islamic State. Immutable and thread-safe.
 */
public final class AliasTable {

    private final List<Entity> entities;
    private final Map<String, Entity> byExactName = new HashMap<>();
    private final Map<String, Entity> byLowerName = new HashMap<>();

    private AliasTable(List<Entity> entities) {
        this.entities = List.copyOf(entities);
        for (Entity entity : this.entities) {
            for (String name : entity.names()) {
                if (isAcronym(name)) {
                    byExactName.putIfAbsent(name, entity);
                } else {
                    byLowerName.putIfAbsent(name.toLowerCase(Locale.ROOT), entity);
                }
            }
        }
    }

    /** The table shipped with Crosscheck. */
    public static AliasTable defaults() {
        List<Entity> entities = new ArrayList<>();
        for (String line : Resources.lines("aliases.txt")) {
            entities.add(parse(line));
        }
        return new AliasTable(entities);
    }

    /** A table of the given entities; where two claim the same name, the first wins. */
    public static AliasTable of(List<Entity> entities) {
        return new AliasTable(entities);
    }

    public List<Entity> entities() {
        return entities;
    }

    /** The canonical name for a name as written, if the table knows it. */
    public Optional<String> canonical(String name) {
        return entity(name).map(Entity::canonical);
    }

    public Optional<Entity> entity(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String stripped = name.strip();
        Entity exact = byExactName.get(stripped);
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(byLowerName.get(stripped.toLowerCase(Locale.ROOT)));
    }

    /** One line of the resource format: {@code TYPE|canonical|alias|…|@within}. */
    static Entity parse(String line) {
        String[] parts = line.split("\\|");
        if (parts.length < 2) {
            throw new IllegalArgumentException("an alias line needs a type and a name: " + line);
        }
        EntityType type = EntityType.valueOf(parts[0].strip());
        String within = "";
        List<String> aliases = new ArrayList<>();
        for (String part : Arrays.asList(parts).subList(2, parts.length)) {
            if (part.startsWith("@")) {
                within = part.substring(1);
            } else {
                aliases.add(part);
            }
        }
        return new Entity(parts[1], type, aliases, within);
    }

    static boolean isAcronym(String name) {
        return Entity.isAcronym(name);
    }
}
