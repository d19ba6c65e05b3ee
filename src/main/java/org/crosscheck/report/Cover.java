package org.crosscheck.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The first page of a report.
 *
 * @param scope what the report covers, in words: "All groups", "Groups: …" or "Tag: …"
 */
public record Cover(String projectName, LocalDate date, String scope, int sources, int claims, int contradictions) {

    public Cover {
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(date, "date");
        scope = Objects.requireNonNullElse(scope, "All groups");
    }
}
