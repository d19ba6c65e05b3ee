package org.crosscheck.report;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.compare.ComparisonGroup;
import org.crosscheck.model.Source;
import org.crosscheck.model.Tag;

/**
 * What a report is made from: the groups it covers (already chosen), every source of the project
 * (for quotes in context and the appendix) and the tags (for the timeline).
 *
 * @param scope what the report covers, in words: "All groups", "Groups: …", "Tag: …"
 */
public record ReportInput(String projectName, LocalDate date, String scope, List<ComparisonGroup> groups,
                          List<Source> sources, List<Tag> tags, org.crosscheck.model.ColourSlots colours,
                          int projectClaims) {

    public ReportInput {
        groups = List.copyOf(groups);
        sources = List.copyOf(sources);
        tags = List.copyOf(tags);
        colours = colours == null ? org.crosscheck.model.ColourSlots.NONE : colours;
    }

    /** A report whose sources take colours by their ids, for a project that keeps none. */
    public ReportInput(String projectName, LocalDate date, String scope, List<ComparisonGroup> groups,
                       List<Source> sources, List<Tag> tags) {
        this(projectName, date, scope, groups, sources, tags, org.crosscheck.model.ColourSlots.NONE, -1);
    }
}
