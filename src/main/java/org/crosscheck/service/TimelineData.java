package org.crosscheck.service;

import java.util.List;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Tag;

/** Everything the timeline draws, read in one go: statements, their groups, the sources, the tags. */
public record TimelineData(List<Statement> statements, List<ComparisonGroup> groups, List<SourceSummary> sources,
                           List<Tag> tags) {

    public TimelineData {
        statements = List.copyOf(statements);
        groups = List.copyOf(groups);
        sources = List.copyOf(sources);
        tags = List.copyOf(tags);
    }
}
