package org.crosscheck.model.chart;

import org.crosscheck.model.FuzzyDate;

/** A source's publication, drawn as a mark on the timeline; its outlet names its lane. */
public record TimelinePublication(long sourceId, String title, FuzzyDate published, String outlet) {

    /** A publication whose outlet nobody recorded. */
    public TimelinePublication(long sourceId, String title, FuzzyDate published) {
        this(sourceId, title, published, "");
    }

    public TimelinePublication {
        published = published == null ? FuzzyDate.UNKNOWN : published;
        outlet = outlet == null ? "" : outlet.strip();
    }
}
