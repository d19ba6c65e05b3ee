package org.crosscheck.compare;

/**
 * How much the days between two reports weaken the evidence that they tell one story. Reports of
 * one incident come out over days, and follow-ups (an arrest, a trial) months later, so time never
 * forbids a match: it only asks for more shared names the further apart two reports are.
 */
final class DateCloseness {

    static final long UNKNOWN = Long.MIN_VALUE;

    private final StorySettings settings;

    DateCloseness(StorySettings settings) {
        this.settings = settings;
    }

    /** A factor in (0, 1] for two epoch days; 1 when either date is {@link #UNKNOWN}. */
    double factor(long day, long otherDay) {
        if (day == UNKNOWN || otherDay == UNKNOWN) {
            return 1;
        }
        long apart = Math.abs(day - otherDay);
        if (apart <= settings.sameDays()) {
            return 1;
        }
        double falling = 1 / (1 + settings.dateDecay() * Math.log((double) apart / Math.max(1, settings.sameDays())));
        return Math.max(settings.leastFactor(), falling);
    }
}
