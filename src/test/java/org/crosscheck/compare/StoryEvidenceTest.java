package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoryEvidenceTest {

    private static final StoryEvidence EVIDENCE = StoryEvidence.DEFAULT;
    private static final StoryEvidence.EventAgreement UNKNOWN = StoryEvidence.EventAgreement.UNKNOWN;

    /** Shared names of a weight of about two each. */
    private static PairEvidence pair(double bodyCosine, double sharedWeight, double daysApart,
                                     StoryEvidence.EventAgreement event) {
        return new PairEvidence(bodyCosine, sharedWeight, Math.min(2, sharedWeight), (int) Math.ceil(sharedWeight / 2),
                daysApart, event, false, 0);
    }

    @Test
    void articlesThatShareNothingAreNeverJoined() {
        assertThat(EVIDENCE.probability(pair(0, 0, 0, UNKNOWN), 0)).isLessThan(StorySettings.DEFAULT.threshold());
        assertThat(EVIDENCE.probability(pair(0, 0, 3, UNKNOWN), 0)).isLessThan(0.1);
    }

    @Test
    void oneHeavyNameAloneIsWeakerThanTheSameWeightInSeveralNames() {
        PairEvidence byLine = new PairEvidence(0.1, 6, 6, 1, 1, UNKNOWN, false, 0);
        PairEvidence story = new PairEvidence(0.1, 6, 2, 3, 1, UNKNOWN, false, 0);

        assertThat(EVIDENCE.probability(byLine, 0.2)).isLessThan(EVIDENCE.probability(story, 0.2));
    }

    @Test
    void headlinesThatNameWhatTheOtherNeverMentionsAreEvidenceAgainstAndTheirWordsCountForNothing() {
        PairEvidence alike = new PairEvidence(0.1, 2, 2, 1, 0, UNKNOWN, false, 0);
        PairEvidence conflicting = new PairEvidence(0.1, 2, 2, 1, 0, UNKNOWN, true, 0);

        assertThat(EVIDENCE.probability(conflicting, 0.6)).isLessThan(EVIDENCE.probability(alike, 0.6));
        assertThat(EVIDENCE.probability(conflicting, 0.6)).isEqualTo(EVIDENCE.probability(conflicting, 0.0));
    }

    @Test
    void aNameOfOneHeadlineTheOtherArticleMentionsIsEvidenceFor() {
        PairEvidence none = new PairEvidence(0.1, 2, 2, 1, 0, UNKNOWN, false, 0);
        PairEvidence one = new PairEvidence(0.1, 2, 2, 1, 0, UNKNOWN, false, 1);

        assertThat(EVIDENCE.probability(one, 0.2)).isGreaterThan(EVIDENCE.probability(none, 0.2));
    }

    @Test
    void theSameAgesInBothAreEvidenceForUpToTwo() {
        PairEvidence none = new PairEvidence(0.1, 2, 2, 1, 0, UNKNOWN, false, 0, 0);
        PairEvidence one = new PairEvidence(0.1, 2, 2, 1, 0, UNKNOWN, false, 0, 1);
        PairEvidence two = new PairEvidence(0.1, 2, 2, 1, 0, UNKNOWN, false, 0, 2);
        PairEvidence five = new PairEvidence(0.1, 2, 2, 1, 0, UNKNOWN, false, 0, 5);

        assertThat(EVIDENCE.probability(one, 0.2)).isGreaterThan(EVIDENCE.probability(none, 0.2));
        assertThat(EVIDENCE.probability(two, 0.2)).isGreaterThan(EVIDENCE.probability(one, 0.2));
        assertThat(EVIDENCE.probability(five, 0.2)).isEqualTo(EVIDENCE.probability(two, 0.2));
    }

    @Test
    void aShortReportWhoseNamesTheLongOneAllGivesIsMoreLikelyItsStoryThanTheCosineAloneSays() {
        // a brief follow-up (length 12) and a long report (length 30), sharing terms of a dot product of 100: a cosine
        // of 0.28, but 0.69 of the follow-up is in the long report
        double containment = PairEvidence.containment(100, 12, 30);
        PairEvidence part = new PairEvidence(100 / (12.0 * 30), 6, 2, 3, 1, UNKNOWN, false, 0, 0, containment);
        PairEvidence sameCosineOnly = new PairEvidence(100 / (12.0 * 30), 6, 2, 3, 1, UNKNOWN, false, 0, 0, 0);

        assertThat(containment).isCloseTo(100 / 144.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(PairEvidence.containment(400, 12, 30)).isEqualTo(1);
        assertThat(EVIDENCE.probability(part, 0.2)).isGreaterThan(EVIDENCE.probability(sameCosineOnly, 0.2));
    }

    @Test
    void reportsMonthsApartNeedMoreSharedNamesThanReportsOfOneWeek() {
        double weekApartFewNames = EVIDENCE.probability(pair(0.1, 2, 7, UNKNOWN), 0.2);
        double monthsApartFewNames = EVIDENCE.probability(pair(0.1, 2, 120, UNKNOWN), 0.2);
        double monthsApartManyNames = EVIDENCE.probability(pair(0.1, 16, 120, UNKNOWN), 0.2);

        assertThat(monthsApartFewNames).isLessThan(weekApartFewNames);
        assertThat(monthsApartManyNames).isGreaterThan(monthsApartFewNames);
    }

    @Test
    void moreOfEveryKindOfEvidenceIsMoreLikelyOneStory() {
        double some = EVIDENCE.probability(pair(0.1, 5, 1, UNKNOWN), 0.2);

        assertThat(EVIDENCE.probability(pair(0.3, 5, 1, UNKNOWN), 0.2)).isGreaterThan(some);
        assertThat(EVIDENCE.probability(pair(0.1, 5, 1, UNKNOWN), 0.5)).isGreaterThan(some);
        assertThat(EVIDENCE.probability(pair(0.1, 20, 1, UNKNOWN), 0.2)).isGreaterThan(some);
        assertThat(EVIDENCE.probability(pair(0.1, 5, 1, StoryEvidence.EventAgreement.SAME), 0.2)).isGreaterThan(some);
    }

    @Test
    void daysApartAndIncidentDaysApartAreEvidenceAgainst() {
        double some = EVIDENCE.probability(pair(0.1, 5, 1, UNKNOWN), 0.2);

        assertThat(EVIDENCE.probability(pair(0.1, 5, 60, UNKNOWN), 0.2)).isLessThan(some);
        assertThat(EVIDENCE.probability(pair(0.1, 5, 1, StoryEvidence.EventAgreement.OTHER), 0.2)).isLessThan(some);
    }

    @Test
    void theHeadlineBoundIsNeverExceeded() {
        double logOdds = EVIDENCE.logOdds(pair(0.2, 3, 2, UNKNOWN));

        assertThat(EVIDENCE.probability(logOdds, 1.0))
                .isLessThanOrEqualTo(1 / (1 + Math.exp(-(logOdds + EVIDENCE.mostFromHeadline()))) + 1e-12);
    }

    @Test
    void incidentDaysAgreeWithinADayAndDisagreeBeyondTwo() {
        assertThat(DateCloseness.events(100, 101)).isEqualTo(StoryEvidence.EventAgreement.SAME);
        assertThat(DateCloseness.events(100, 102)).isEqualTo(StoryEvidence.EventAgreement.UNKNOWN);
        assertThat(DateCloseness.events(100, 107)).isEqualTo(StoryEvidence.EventAgreement.OTHER);
        assertThat(DateCloseness.events(100, DateCloseness.UNKNOWN)).isEqualTo(StoryEvidence.EventAgreement.UNKNOWN);
    }
}
