package org.crosscheck.model;

import java.util.Objects;

/**
 * The researcher's Admiralty grade of a speaker or an outlet across the project, as opposed to the
 * grade of one article ({@link Source#grade()}): "Zamir Kabulov is C3", "Interfax is B2".
 *
 * @param name as the Speakers view names the speaker or outlet; matched by {@link #key()}
 */
public record SourceGrade(Party party, String name, Grade grade) {

    /** A speaker said the words first; an outlet carried them. */
    public enum Party { SPEAKER, OUTLET }

    public SourceGrade {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(grade, "grade");
        name = Source.nullToEmpty(name).strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a graded speaker or outlet needs a name");
        }
    }

    /** The name as chains compare it: "The Moscow Times" and "Moscow Times" are one. */
    public String key() {
        return CitationChain.nameKey(name);
    }
}
