package org.crosscheck.extract;


/** A temporal expression found at tokens {@code [first, end)}, of a TIMEX3 kind, resolved. */
record TemporalFound(MentionKind kind, int first, int end, Resolved resolved) {

    int length() {
        return end - first;
    }
}
