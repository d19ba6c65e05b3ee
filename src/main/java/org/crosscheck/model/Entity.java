package org.crosscheck.model;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation or place and the names it goes by.
 *
 * @param canonical the name claims are grouped under ("Islamic State")
 * @param aliases   other names, as written ("ISIS", "IS-KP", "Daesh"); the canonical name need not repeat
 * @param within    for a place, the country it lies in ("Afghanistan" for Nangarhar); empty otherwise
 */
public record Entity(String canonical, EntityType type, List<String> aliases, String within) {

    public Entity {
        Objects.requireNonNull(type, "type");
        canonical = Objects.requireNonNull(canonical, "canonical").strip();
        if (canonical.isEmpty()) {
            throw new IllegalArgumentException("an entity needs a name");
        }
        aliases = aliases == null ? List.of() : aliases.stream().map(String::strip).filter(alias -> !alias.isEmpty()).toList();
        within = within == null ? "" : within.strip();
    }

    public Entity(String canonical, EntityType type, List<String> aliases) {
        this(canonical, type, aliases, "");
    }

    /**
     * Whether a name is a short all-capital one ("IS", "UN"), which names an entity only as written in
     * capitals, so that the verb "is" is no Islamic State.
     */
    public static boolean isAcronym(String name) {
        if (name.length() > 4) {
            return false;
        }
        for (int index = 0; index < name.length(); index++) {
            if (Character.isLowerCase(name.charAt(index))) {
                return false;
            }
        }
        return true;
    }

    /** The canonical name and every alias. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(canonical), aliases.stream()).toList();
    }
}
