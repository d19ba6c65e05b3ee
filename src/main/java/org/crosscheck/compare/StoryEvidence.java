package org.crosscheck.compare;

/**
 * How the evidence that two articles tell one story adds up: a logistic model of what they share
 * — the cosine of their weighted terms, the cosine of their headlines, the total weight of the
 * names they share (which, unlike a cosine, a long page's menus do not dilute; lower-case words
 * are left out of it, since in a small library nothing makes "wounded" common), the days between
 * them, and whether the days their leads give for the incident agree. The coefficients were fitted
 * on pairs of the SemEval-2018 Task 5 development incidents only.
 *
 * @param bias        the log odds of two articles with nothing in common
 * @param body        per unit of term cosine
 * @param headline    per unit of headline cosine
 * @param shared      per natural log of one plus the weight of the shared names
 * @param days        per natural log of one plus the days between the two publications
 * @param sameEvent   when both leads name an incident day and the days are at most one apart
 * @param otherEvent  when both leads name an incident day and the days are more than two apart
 */
record StoryEvidence(double bias, double body, double headline, double shared, double days, double sameEvent,
                     double otherEvent) {

    static final StoryEvidence DEFAULT = new StoryEvidence(-6.943, 0.945, 6.828, 3.3, -0.72, 0.559, -1.171);

    /** Whether the incident days of two leads agree: both known and close, both known and apart, or unknown. */
    enum EventAgreement { SAME, OTHER, UNKNOWN }

    /** The probability that two articles tell one story. */
    double probability(double bodyCosine, double headlineCosine, double sharedWeight, double daysApart,
                       EventAgreement event) {
        return probability(logOdds(bodyCosine, sharedWeight, daysApart, event), headlineCosine);
    }

    /** The log odds of one story from all the evidence but the headlines. */
    double logOdds(double bodyCosine, double sharedWeight, double daysApart, EventAgreement event) {
        return bias + body * bodyCosine + shared * Math.log1p(sharedWeight) + days * Math.log1p(daysApart)
                + (event == EventAgreement.SAME ? sameEvent : event == EventAgreement.OTHER ? otherEvent : 0);
    }

    /** The probability of one story from {@link #logOdds} and the headlines' cosine. */
    double probability(double logOddsWithoutHeadline, double headlineCosine) {
        return 1 / (1 + Math.exp(-(logOddsWithoutHeadline + headline * headlineCosine)));
    }

    /** The most the headlines can add to the log odds: their cosine is at most 1. */
    double mostFromHeadline() {
        return Math.max(0, headline);
    }
}
