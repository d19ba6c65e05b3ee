package org.crosscheck.service;

import java.util.List;

/**
 * Which groups a report covers: all that compare at least two statements, some named ones, or
 * those holding a claim with a tag.
 */
public record ReportScope(List<String> groupNames, String tag) {

    public ReportScope {
        groupNames = groupNames == null ? List.of() : List.copyOf(groupNames);
        tag = tag == null ? "" : tag.strip();
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
        if (!groupNames.isEmpty()) {
            return "Groups: " + String.join("; ", groupNames);
        }
        if (!tag.isEmpty()) {
            return "Tag: " + tag;
        }
        return "All groups with two or more statements";
    }
}
