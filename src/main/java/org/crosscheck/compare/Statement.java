package org.crosscheck.compare;

import java.util.Objects;
import org.crosscheck.model.Claim;
import org.crosscheck.model.FuzzyDate;

/**
 * A claim as the comparison sees it: with the source it comes from and the words it quotes.
 *
 * @param quote      the claim's own words in its source
 * @param trendWords whether its sentence says the figure is changing ("growing", "rising"), which
 *                   makes a far-apart figure from another time a change rather than a contradiction
 */
public record Statement(Claim claim, String sourceTitle, String outlet, FuzzyDate published, String quote,
                        boolean trendWords) {

    public Statement {
        Objects.requireNonNull(claim, "claim");
        sourceTitle = sourceTitle == null ? "" : sourceTitle;
        outlet = outlet == null ? "" : outlet;
        published = published == null ? FuzzyDate.UNKNOWN : published;
        quote = quote == null ? "" : quote;
    }

    /** When the statement holds: the time it refers to, or else when its source was published. */
    public FuzzyDate when() {
        FuzzyDate refersTo = claim.refersTo().date();
        return refersTo.isKnown() ? refersTo : published;
    }

    /** Who is quoted: the claim's speaker, or else its outlet, or else the source's outlet. */
    public String voice() {
        if (!claim.speaker().isBlank()) {
            return claim.speaker();
        }
        return !claim.outlet().isBlank() ? claim.outlet() : outlet;
    }

    public String outletOrSource() {
        return !claim.outlet().isBlank() ? claim.outlet() : outlet;
    }
}
