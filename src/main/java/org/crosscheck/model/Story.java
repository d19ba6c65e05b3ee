package org.crosscheck.model;

import java.util.Objects;

/**
 * The articles that tell the same story or incident.
 *
 * @param namedByHand whether the researcher chose the name, which re-clustering then keeps
 */
public record Story(long id, String name, boolean namedByHand) {

    public Story {
        Objects.requireNonNull(name, "name");
    }

    public Story named(String newName) {
        return new Story(id, newName.strip(), true);
    }
}
