package org.crosscheck.extract;

import java.util.Locale;

/**
 * What the extractor found at a span of text. An EVENT is a toll the grammar implies without a
 * figure ("A man was shot and killed": one killed).
 */
public enum MentionKind {
    QUANTITY, EVENT, DATE, TIME, DURATION, SET, ATTRIBUTION;

    /** Lower-case name as the command line prints it: "quantity", "date", … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is one of the TIMEX3 kinds that carry an ISO 8601 value. */
    public boolean isTemporal() {
        return this == DATE || this == TIME || this == DURATION || this == SET;
    }
}
