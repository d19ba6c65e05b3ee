package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoryEvidenceTest {

    private static final StoryEvidence EVIDENCE = StoryEvidence.DEFAULT;
    private static final StoryEvidence.EventAgreement UNKNOWN = StoryEvidence.EventAgreement.UNKNOWN;

    @Test
    void articlesThatShareNothingAreUnlikelyOneStory() {
        assertThat(EVIDENCE.probability(0, 0, 0, 0, UNKNOWN)).isLessThan(0.01);
    }

    @Test
    void moreOfEveryKindOfEvidenceIsMoreLikelyOneStory() {
        double some = EVIDENCE.probability(0.1, 0.2, 5, 1, UNKNOWN);

        assertThat(EVIDENCE.probability(0.3, 0.2, 5, 1, UNKNOWN)).isGreaterThan(some);
        assertThat(EVIDENCE.probability(0.1, 0.5, 5, 1, UNKNOWN)).isGreaterThan(some);
        assertThat(EVIDENCE.probability(0.1, 0.2, 20, 1, UNKNOWN)).isGreaterThan(some);
        assertThat(EVIDENCE.probability(0.1, 0.2, 5, 1, StoryEvidence.EventAgreement.SAME)).isGreaterThan(some);
    }

    @Test
    void daysApartAndIncidentDaysApartAreEvidenceAgainst() {
        double some = EVIDENCE.probability(0.1, 0.2, 5, 1, UNKNOWN);

        assertThat(EVIDENCE.probability(0.1, 0.2, 5, 60, UNKNOWN)).isLessThan(some);
        assertThat(EVIDENCE.probability(0.1, 0.2, 5, 1, StoryEvidence.EventAgreement.OTHER)).isLessThan(some);
    }

    @Test
    void theHeadlineBoundIsNeverExceeded() {
        double logOdds = EVIDENCE.logOdds(0.2, 3, 2, UNKNOWN);

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
