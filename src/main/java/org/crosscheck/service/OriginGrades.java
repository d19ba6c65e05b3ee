package org.crosscheck.service;

import java.util.List;
import java.util.Optional;
import org.crosscheck.compare.TrackGrades;
import org.crosscheck.model.CitationChain;
import org.crosscheck.model.Grade;
import org.crosscheck.model.SourceGrade;

/**
 * The grades the researcher gave speakers and outlets, as the Comparison tab and the report give
 * them beside who said a thing: an origin's grade is its speaker's ("Kabulov" graded C3 is Zamir
 * Kabulov's too), else, for an origin that is an outlet, the outlet's ({@link TrackGrades#ofOrigin}).
 * Only grades given are shown here; a grade taken from the articles stays in the Speakers tab.
 * Immutable, so thread-safe.
 */
public final class OriginGrades {

    /** No grade given to anyone. */
    public static final OriginGrades NONE = new OriginGrades(List.of());

    private final List<SourceGrade> given;

    OriginGrades(List<SourceGrade> given) {
        this.given = List.copyOf(given);
    }

    /** The grade given to the speaker or outlet of this name ("C3"), if any. */
    public Optional<String> of(String name) {
        Grade grade = name == null ? null : TrackGrades.ofOrigin(name, given);
        return Optional.ofNullable(grade).map(Grade::code);
    }

    /**
     * Who said it, with the grade of whoever said it first beside them: "Zamir Kabulov (C3) →
     * Interfax" for "Zamir Kabulov → Interfax", "RIA Novosti (B2)" for an outlet on its own word; as
     * it was when that one was not graded. Several chains, one a line, are graded line by line.
     */
    public String beside(String chain) {
        if (chain == null || chain.isBlank() || given.isEmpty()) {
            return chain;
        }
        if (chain.indexOf('\n') >= 0) {
            return String.join("\n", chain.lines().map(this::beside).toList());
        }
        int arrow = chain.indexOf(CitationChain.ARROW);
        String first = arrow < 0 ? chain : chain.substring(0, arrow);
        return of(first.strip()).map(code -> first + " (" + code + ")" + (arrow < 0 ? "" : chain.substring(arrow)))
                .orElse(chain);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OriginGrades grades && grades.given.equals(given);
    }

    @Override
    public int hashCode() {
        return given.hashCode();
    }
}
