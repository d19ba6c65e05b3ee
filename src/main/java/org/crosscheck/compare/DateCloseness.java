package org.crosscheck.compare;

/**
 * The days between two reports, as evidence that they tell one story. Reports of one incident
 * come out over days, and follow-ups (an arrest, a trial) months later, so time never forbids a
 * match: it only asks for more shared names the further apart two reports are. The days their
 * leads give for the incident ("early Saturday") tell more: one day is one incident, days apart
 * in one town are two.
 */
final class DateCloseness {

    static final long UNKNOWN = Long.MIN_VALUE;
    /** Incident days this close are one day: a shooting before midnight is reported as "early Sunday". */
    static final long SAME_EVENT_DAYS = 1;
    /** Incident days further apart than this are two incidents, unless the rest says otherwise. */
    static final long OTHER_EVENT_DAYS = 2;

    private final StorySettings settings;

    DateCloseness(StorySettings settings) {
        this.settings = settings;
    }

    /** The days between two publication days; a middling number when either is {@link #UNKNOWN}. */
    double daysApart(long day, long otherDay) {
        if (day == UNKNOWN || otherDay == UNKNOWN) {
            return settings.unknownDaysApart();
        }
        return Math.abs(day - otherDay);
    }

    /** Whether two incident days (either may be {@link #UNKNOWN}) agree. */
    static StoryEvidence.EventAgreement events(long event, long otherEvent) {
        if (event == UNKNOWN || otherEvent == UNKNOWN) {
            return StoryEvidence.EventAgreement.UNKNOWN;
        }
        long apart = Math.abs(event - otherEvent);
        if (apart <= SAME_EVENT_DAYS) {
            return StoryEvidence.EventAgreement.SAME;
        }
        return apart > OTHER_EVENT_DAYS ? StoryEvidence.EventAgreement.OTHER : StoryEvidence.EventAgreement.UNKNOWN;
    }
}
