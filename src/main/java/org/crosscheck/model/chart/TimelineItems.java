package org.crosscheck.model.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Tag;

/**
 * The project as the timeline draws it, the same for the window, the command line and the report:
 * every statement at the time it holds for (the time it refers to, else its publication date),
 * linked to when it was said, and every source at its publication date.
 */
public final class TimelineItems {

    private TimelineItems() {
    }

    public static List<TimelineItem> items(List<Statement> statements, List<ComparisonGroup> groups, List<Tag> tags) {
        Map<Long, String> groupOfClaim = new HashMap<>();
        for (ComparisonGroup group : groups) {
            group.statements().forEach(statement -> groupOfClaim.putIfAbsent(statement.claim().id(), group.name()));
        }
        Map<Long, String> tagNames = new HashMap<>();
        tags.forEach(tag -> tagNames.put(tag.id(), tag.name()));
        List<TimelineItem> items = new ArrayList<>();
        for (Statement statement : statements) {
            var claim = statement.claim();
            List<String> claimTags = claim.tagIds().stream().map(tagNames::get)
                    .filter(name -> name != null).sorted().toList();
            items.add(new TimelineItem(claim.id(), claim.sourceId(), statement.quote(), statement.sourceTitle(),
                    statement.voice(), groupOfClaim.getOrDefault(claim.id(), ""), claimTags, statement.when(),
                    statement.published(), claim.kind().key(), figure(statement),
                    claim.status() == org.crosscheck.model.ClaimStatus.CONFIRMED));
        }
        return items;
    }

    /** "≈ 3,000", "≥ 10,000": what the mark says, the figure without its reading; empty without one. */
    private static String figure(Statement statement) {
        var quantity = statement.claim().quantity();
        if (quantity.low() == null && quantity.high() == null) {
            return "";
        }
        return org.crosscheck.model.GroupAtAGlance.briefly(org.crosscheck.model.Figures.of(quantity));
    }

    public static List<TimelinePublication> publications(List<SourceSummary> sources) {
        return sources.stream().map(source -> new TimelinePublication(source.id(), source.title(), source.published(),
                        source.outlet()))
                .toList();
    }
}
