package org.crosscheck.model;

import java.util.List;

/**
 * A speaker's or an outlet's statements across the project, in the order of the times they hold for
 * (unknown last), and how often a figure was later contradicted by another origin or revised by its own
 * (the comparison finds them: {@code compare.TrackRecords}).
 */
public record TrackRecord(String name, Kind kind, List<Entry> entries) {

    /** Whether a track record is a speaker's (who said it first) or an outlet's (who carried it). */
    public enum Kind {
        SPEAKER, OUTLET;

        /** Who a grade given to such a record is given to. */
        public SourceGrade.Party party() {
            return this == SPEAKER ? SourceGrade.Party.SPEAKER : SourceGrade.Party.OUTLET;
        }
    }

    /**
     * One figure given, where and when.
     *
     * @param holdsFor the time it holds for: the time it refers to, else its article's publication
     * @param contradictedLater a statement of another origin holding for a later time contradicts it
     * @param revisedLater      a statement of the same origin holding for a later time gives another figure
     */
    public record Entry(String group, Statement statement, FuzzyDate holdsFor, boolean contradictedLater,
                        boolean revisedLater) {

        /** The figure's low end as compared (see {@link Quantity#asMeant()}): an open low end is 0. */
        public double low() {
            return statement.claim().quantity().comparedLow();
        }

        /** The figure's high end as compared: an open high end is infinity. */
        public double high() {
            return statement.claim().quantity().comparedHigh();
        }
    }

    public TrackRecord {
        entries = List.copyOf(entries);
    }

    public long contradicted() {
        return entries.stream().filter(Entry::contradictedLater).count();
    }

    public long revised() {
        return entries.stream().filter(Entry::revisedLater).count();
    }

    /** How many articles carry its statements. */
    public long articles() {
        return entries.stream().map(entry -> entry.statement().claim().sourceId()).distinct().count();
    }
}
