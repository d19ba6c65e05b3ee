package org.crosscheck.report;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.GroupAtAGlance;
import org.crosscheck.model.Source;
import org.crosscheck.model.Tag;

/**
 * What a report is made from: the groups it covers (already chosen), every source of the project
 * (for quotes in context and the appendix) and the tags (for the timeline).
 *
 * @param scope   what the report covers, in words: "All groups", "Groups: …", "Tag: …"
 * @param glances each of the groups at a glance, by the group's id
 */
public record ReportInput(String projectName, LocalDate date, String scope, List<ComparisonGroup> groups,
                          java.util.Map<String, GroupAtAGlance> glances, List<Source> sources, List<Tag> tags, org.crosscheck.model.ColourSlots colours,
                          java.util.Map<Long, Integer> claimsOfSource) {

    public ReportInput {
        groups = List.copyOf(groups);
        glances = java.util.Map.copyOf(glances);
        for (ComparisonGroup group : groups) {
            if (!glances.containsKey(group.id())) {
                throw new IllegalArgumentException("no glance of the group " + group.id());
            }
        }
        sources = List.copyOf(sources);
        tags = List.copyOf(tags);
        colours = colours == null ? org.crosscheck.model.ColourSlots.NONE : colours;
        claimsOfSource = claimsOfSource == null ? null : java.util.Map.copyOf(claimsOfSource);
    }

    /** The claims of the whole project, as the library counts them; -1 when not known. */
    public int projectClaims() {
        return claimsOfSource == null ? -1 : claimsOfSource.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A report whose sources take colours by their ids, for a project that keeps none. */
    public ReportInput(String projectName, LocalDate date, String scope, List<ComparisonGroup> groups,
                       java.util.Map<String, GroupAtAGlance> glances, List<Source> sources, List<Tag> tags) {
        this(projectName, date, scope, groups, glances, sources, tags, org.crosscheck.model.ColourSlots.NONE, null);
    }

    /** The group at a glance. */
    public GroupAtAGlance glanceOf(ComparisonGroup group) {
        return glances.get(group.id());
    }
}
