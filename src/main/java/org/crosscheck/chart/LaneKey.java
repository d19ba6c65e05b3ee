package org.crosscheck.chart;

import java.util.List;

/**
 * Which lanes an item belongs to under a lane mode. An item sits in exactly one lane, except in
 * {@link LaneMode#TAG} where it appears once per tag: a claim tagged twice really is in both.
 * Items that lack the property go to a "none" lane, kept last, rather than being hidden.
 */
record LaneKey(String key, String label, boolean none) {

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

    static LaneKey source(long sourceId, String title) {
        boolean untitled = title == null || title.isBlank();
        return new LaneKey(SOURCE_PREFIX + sourceId, untitled ? NO_SOURCE + " #" + sourceId : title.strip(), false);
    }

    private static LaneKey named(String prefix, String value, String noneLabel) {
        if (value == null || value.isBlank()) {
            return new LaneKey(prefix, noneLabel, true);
        }
        return new LaneKey(prefix + value.strip(), value.strip(), false);
    }
}
