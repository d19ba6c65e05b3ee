package org.crosscheck.report;

import java.util.List;
import java.util.Objects;

/**
 * A comparison report, built once and rendered to PDF, HTML and print, so the outputs never
 * disagree. Immutable; the renderers only read it.
 *
 * @param cover    what the report is about and its headline counts
 * @param groups   one section per comparison group, in report order
 * @param timeline the timeline figure of the covered claims, or null when there is none
 * @param appendix the sources the groups quote, in appendix order
 */
public record ReportDocument(Cover cover, List<GroupSection> groups, Figure timeline, List<SourceEntry> appendix) {

    public ReportDocument {
        Objects.requireNonNull(cover, "cover");
        groups = List.copyOf(groups);
        appendix = List.copyOf(appendix);
    }

    /** The same report with other sections for its groups (the same groups, in the same order). */
    public ReportDocument withGroups(List<GroupSection> sections) {
        return new ReportDocument(cover, sections, timeline, appendix);
    }
}
