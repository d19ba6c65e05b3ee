package org.crosscheck.model;

import java.util.Objects;

/**
 * A researcher's label with a colour ("#d33682"). {@code parentId} nests tags; null for a top-level tag.
 */
public record Tag(long id, String name, String color, Long parentId) {

    public Tag {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a tag needs a name");
        }
        color = color == null || color.isBlank() ? "#888888" : color.strip();
    }

    public Tag withId(long newId) {
        return new Tag(newId, name, color, parentId);
    }
}
