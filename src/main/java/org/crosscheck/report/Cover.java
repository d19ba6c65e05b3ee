package org.crosscheck.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The first page of a report.
 *
 * @param scope what the report covers, in words: "All groups", "Groups: …" or "Tag: …"
 */
public record Cover(String projectName, LocalDate date, String scope, int sources, int claims, int contradictions,
                    String title, int confirmed, int contradictingPairs, int projectClaims) {

    public Cover {
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(date, "date");
        scope = Objects.requireNonNullElse(scope, "All groups");
        title = title == null || title.isBlank() ? "Comparison report" : title;
    }

    /** A cover that knows only the counts of statements. */
    public Cover(String projectName, LocalDate date, String scope, int sources, int claims, int contradictions) {
        this(projectName, date, scope, sources, claims, contradictions, "", claims, contradictions, -1);
    }

    /**
     * What the counts stand on, in words: "These 14 statements are 14 of the project's 19 claims;
     * 3 were confirmed by the researcher, 11 are suggestions not yet reviewed."
     */
    public String provenance() {
        String statements = claims == 1 ? "This statement is" : "These " + claims + " statements are";
        String share = projectClaims >= 0 ? " " + claims + " of the project's " + projectClaims + " claims;" : "";
        int suggested = claims - confirmed;
        return statements + share + " " + confirmed + (confirmed == 1 ? " was" : " were")
                + " confirmed by the researcher, " + suggested + (suggested == 1 ? " is a suggestion" : " are suggestions")
                + " not yet reviewed.";
    }
}
