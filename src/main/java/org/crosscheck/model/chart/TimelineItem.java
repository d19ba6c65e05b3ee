package org.crosscheck.model.chart;

import java.util.List;
import org.crosscheck.model.FuzzyDate;

/**
 * One claim as the timeline sees it: what it says ({@code label}, the quote), who said it through
 * whom, and two dates — the time it refers to ({@code happened}) and when it was published
 * ({@code said}). Either date may be unknown. A confirmed claim is drawn filled, a suggestion
 * hollow, so what the researcher has reviewed shows on the timeline as it does in the comparison.
 */
public record TimelineItem(long claimId, long sourceId, String label, String sourceTitle, String speaker,
                           String group, List<String> tags, FuzzyDate happened, FuzzyDate said, String kind,
                           String figure, boolean confirmed) {

    /** A suggestion nobody has reviewed yet, as most of a new project's claims are. */
    public TimelineItem(long claimId, long sourceId, String label, String sourceTitle, String speaker, String group,
                        List<String> tags, FuzzyDate happened, FuzzyDate said, String kind, String figure) {
        this(claimId, sourceId, label, sourceTitle, speaker, group, tags, happened, said, kind, figure, false);
    }

    /** An item with no figure to show beside its mark. */
    public TimelineItem(long claimId, long sourceId, String label, String sourceTitle, String speaker, String group,
                        List<String> tags, FuzzyDate happened, FuzzyDate said, String kind) {
        this(claimId, sourceId, label, sourceTitle, speaker, group, tags, happened, said, kind, "", false);
    }

    public TimelineItem {
        figure = figure == null ? "" : figure;
        tags = tags == null ? List.of() : List.copyOf(tags);
        happened = happened == null ? FuzzyDate.UNKNOWN : happened;
        said = said == null ? FuzzyDate.UNKNOWN : said;
    }
}
