package org.crosscheck.chart;

import org.crosscheck.model.FuzzyDate;

/** A source's publication, drawn as a mark on the timeline. */
public record TimelinePublication(long sourceId, String title, FuzzyDate published) {

    public TimelinePublication {
        published = published == null ? FuzzyDate.UNKNOWN : published;
    }
}
