package org.crosscheck.service;

import java.util.List;

/**
 * Which groups a report covers: all that compare at least two statements, some named ones, or
 * those holding a claim with a tag.
 */
public record ReportScope(List<String> groupNames, String tag, boolean confirmedOnly) {

    public ReportScope {
        groupNames = groupNames == null ? List.of() : List.copyOf(groupNames);
        tag = tag == null ? "" : tag.strip();
    }

    public ReportScope(List<String> groupNames, String tag) {
        this(groupNames, tag, false);
    }

    /** The same groups with only the statements the researcher confirmed. */
    public ReportScope withConfirmedOnly(boolean only) {
        return new ReportScope(groupNames, tag, only);
    }

    public static ReportScope allGroups() {
        return new ReportScope(List.of(), "");
    }

    public static ReportScope groups(List<String> names) {
        return new ReportScope(names, "");
    }

    public static ReportScope tagged(String tag) {
        return new ReportScope(List.of(), tag);
    }

    /** In words, for the cover. */
    public String description() {
        String statements = confirmedOnly ? "; confirmed statements only" : "";
        if (!groupNames.isEmpty()) {
            return "Groups: " + String.join("; ", groupNames) + statements;
        }
        if (!tag.isEmpty()) {
            return "Tag: " + tag + statements;
        }
        return "All groups with two or more statements" + statements;
    }
}
