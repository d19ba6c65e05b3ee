package org.crosscheck.model;

/**
 * The time a claim refers to: the words it came from ("last month", "in March") and the date
 * they resolve to. Either part may be missing: a researcher may type only words, or only pick a date.
 */
public record TimeReference(String words, FuzzyDate date) {

    public static final TimeReference NONE = new TimeReference("", FuzzyDate.UNKNOWN);

    public TimeReference {
        words = words == null ? "" : words.strip();
        date = date == null ? FuzzyDate.UNKNOWN : date;
    }

    public boolean isEmpty() {
        return words.isEmpty() && !date.isKnown();
    }
}
