package org.crosscheck.model.chart;

import org.crosscheck.model.LaneMode;
import java.util.List;

/**
 * Which lanes an item belongs to under a lane mode. An item sits in exactly one lane, except in
 * {@link LaneMode#TAG} where it appears once per tag: a claim tagged twice really is in both.
 * Items that lack the property go to a "none" lane, kept last, rather than being hidden.
 */
record LaneKey(String key, String label, boolean none, String detail) {

    static final String NO_SPEAKER = "Unattributed";
    static final String NO_GROUP = "No group";
    static final String NO_TAG = "Untagged";
    static final String NO_SOURCE = "Unknown source";
    static final String SOURCE_PREFIX = "source:";

    static List<LaneKey> of(TimelineItem item, LaneMode mode) {
        return switch (mode) {
            case SOURCE -> List.of(source(item.sourceId(), item.sourceTitle()));
            case SPEAKER -> List.of(named("speaker:", item.speaker(), NO_SPEAKER));
            case GROUP -> List.of(named("group:", item.group(), NO_GROUP));
            case TAG -> item.tags().isEmpty()
                    ? List.of(named("tag:", null, NO_TAG))
                    : item.tags().stream().distinct().map(tag -> named("tag:", tag, NO_TAG)).toList();
        };
    }

    LaneKey(String key, String label, boolean none) {
        this(key, label, none, label);
    }

    static LaneKey source(long sourceId, String title) {
        boolean untitled = title == null || title.isBlank();
        return new LaneKey(SOURCE_PREFIX + sourceId, untitled ? NO_SOURCE + " #" + sourceId : title.strip(), false);
    }

    /**
     * A source's lane, named by its outlet ("RT"), which reads at a glance where a title would be
     * cut, and by the day it published as well when another lane has the same outlet ("RT ·
     * 2017-12-23"); the title is its hover text. Without an outlet the first words of its title
     * name it, as in the comparison (“Islamic State group training”).
     */
    static LaneKey source(TimelinePublication publication, boolean outletShared) {
        LaneKey byTitle = source(publication.sourceId(), publication.title());
        if (publication.outlet().isEmpty()) {
            boolean untitled = publication.title() == null || publication.title().isBlank();
            return untitled ? byTitle : new LaneKey(byTitle.key(),
                    org.crosscheck.model.Outlets.sourceName("", publication.title()), false, byTitle.label());
        }
        String label = outletShared && publication.published().isKnown()
                ? publication.outlet() + " · " + publication.published().display() : publication.outlet();
        return new LaneKey(byTitle.key(), label, false, byTitle.label());
    }

    private static LaneKey named(String prefix, String value, String noneLabel) {
        if (value == null || value.isBlank()) {
            return new LaneKey(prefix, noneLabel, true);
        }
        return new LaneKey(prefix + value.strip(), value.strip(), false);
    }
}
