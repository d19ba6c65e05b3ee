package org.crosscheck.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The first page of a report.
 *
 * @param scope what the report covers, in words: "All groups", "Groups: …" or "Tag: …"
 */
public record Cover(String projectName, LocalDate date, String scope, int sources, int claims, int contradictions,
                    String title, int confirmed, int contradictingPairs, int projectClaims, int contradictingOrigins,
                    int corroboratingOrigins) {

    public Cover {
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(date, "date");
        scope = Objects.requireNonNullElse(scope, "All groups");
        title = title == null || title.isBlank() ? "Comparison report" : title;
    }

    /** A cover that does not count by independent origin. */
    public Cover(String projectName, LocalDate date, String scope, int sources, int claims, int contradictions,
                 String title, int confirmed, int contradictingPairs, int projectClaims) {
        this(projectName, date, scope, sources, claims, contradictions, title, confirmed, contradictingPairs, projectClaims,
                -1, -1);
    }

    /**
     * "By independent origin: 2 pairs contradict, 1 pair corroborates": what the evidence comes to
     * when the statements of one origin count once; empty when not counted.
     */
    public String byOrigin() {
        if (contradictingOrigins < 0) {
            return "";
        }
        return "By independent origin: " + pairs(contradictingOrigins, "contradicts", "contradict") + ", "
                + pairs(corroboratingOrigins, "corroborates", "corroborate")
                + " (statements of one origin, however many articles repeat them, count once; agreement counts as corroboration only between independent origins).";
    }

    private static String pairs(int count, String one, String many) {
        return count == 0 ? "no pair " + one : count == 1 ? "1 pair " + one : count + " pairs " + many;
    }

    /** A cover that knows only the counts of statements. */
    public Cover(String projectName, LocalDate date, String scope, int sources, int claims, int contradictions) {
        this(projectName, date, scope, sources, claims, contradictions, "", claims, contradictions, -1, -1, -1);
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
