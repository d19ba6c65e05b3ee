package org.crosscheck.model.chart;

/** The words the timeline shows about an item: its tooltip and shortened lane labels. */
public final class TimelineText {

    private TimelineText() {
    }

    /** Quote, then who and where, then both dates, then whether it was reviewed: the most telling line first. */
    public static String tooltip(TimelineItem item) {
        StringBuilder text = new StringBuilder();
        text.append('\u201C').append(nullToEmpty(item.label())).append('\u201D');
        text.append('\n').append(nullToEmpty(item.sourceTitle()));
        if (item.speaker() != null && !item.speaker().isBlank()) {
            text.append(" \u00B7 ").append(item.speaker());
        }
        text.append("\nrefers to ").append(item.happened().display());
        if (item.said().isKnown()) {
            text.append(", said ").append(item.said().display());
        }
        text.append('\n').append(item.confirmed() ? "confirmed" : "suggestion, not yet reviewed");
        return text.toString();
    }

    /** Cuts {@code text} to {@code maxChars}, marking the cut with an ellipsis. */
    public static String ellipsize(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        if (text.length() <= maxChars || maxChars < 2) {
            return text;
        }
        return text.substring(0, maxChars - 1) + '\u2026';
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
