package org.crosscheck.compare;

/**
 * How the evidence that two articles tell one story adds up: a logistic model of what they share
 * ({@link PairEvidence}) — the cosine of their weighted terms, the cosine of their headlines, the
 * total weight of the names they share (which, unlike a cosine, a long page's menus do not dilute;
 * lower-case words are left out of it, since in a small library nothing makes "wounded" common),
 * the heaviest of those names and how many weighty ones there are (one rare name alone is often a
 * reporter's by-line or a site's menu; several are a story), the days between them (the further
 * apart, the more the shared names must carry: a trial months later shares the victim's name, not
 * the headline), whether the days their leads give for the incident agree, and whether their
 * headlines name places or people the other never mentions (then the headlines' cosine counts for
 * nothing), and how many ages both give (one age is in many reports, but the same ages beside shared
 * names are the same people), and how much of the shorter article the longer one holds (a short
 * follow-up whose few names the first long report all gives). The coefficients were fitted on pairs
 * of one half of the SemEval-2018 Task 5 development incidents, and checked on the other half; the
 * ages' coefficient was fitted later on the same half with the others held fixed, and the containment's
 * (0.5) chosen on the clustering of either half (pairwise F1 0.887 → 0.891 on all, 0.882 → 0.885 on the
 * fitted half, 0.854 → 0.860 on the other; the best of 0.25–3 on both). Refitted all at once
 * after street blocks joined the terms ({@code StoryPairDump}, the same half), they fit the other half's
 * pairs a little better (log loss 0.0175 → 0.0173) but cluster it worse (pairwise F1 0.866 → 0.860 at the
 * threshold; the best over thresholds 0.30–0.55 0.883 against 0.891), so these are kept; nor did a
 * coordinate search of single steps on the clustering's F1 find one worth more than 0.003 on either half.
 *
 * @param bias          the log odds of two articles with nothing in common
 * @param body          per unit of term cosine
 * @param headline      per unit of headline cosine
 * @param shared        per natural log of one plus the weight of the shared names
 * @param days          per natural log of one plus the days between the two publications
 * @param sameEvent     when both leads name an incident day and the days are at most one apart
 * @param otherEvent    when both leads name an incident day and the days are more than two apart
 * @param conflict      when each headline names what the other article never mentions
 * @param strongest     per natural log of one plus the weight of the heaviest shared name
 * @param names         per natural log of one plus the number of weighty shared names
 * @param headlineNames per name of a headline the other article mentions, up to three
 * @param sharedOverTime per unit of the product of the shared-weight and days terms
 * @param ages          per age both give, up to two
 * @param contained     per unit of {@link PairEvidence#containment}: how much of the shorter article the longer holds
 */
record StoryEvidence(double bias, double body, double headline, double shared, double days, double sameEvent,
                     double otherEvent, double conflict, double strongest, double names, double headlineNames,
                     double sharedOverTime, double ages, double contained) {

    static final StoryEvidence DEFAULT = new StoryEvidence(-0.934, 14.567, 4.165, 0.086, -1.302, 0.369, -1.136,
            -0.586, -1.203, 0.645, 1.321, 0.376, 0.64, 0.5);

    private static final int MOST_HEADLINE_NAMES = 3;
    private static final int MOST_AGES = 2;

    /** Whether the incident days of two leads agree: both known and close, both known and apart, or unknown. */
    enum EventAgreement { SAME, OTHER, UNKNOWN }

    /**
     * The probability that two articles tell one story. Headlines that name different places or
     * people share only the words of every such report ("boy hit by stray bullet"): then their
     * cosine counts for nothing.
     */
    double probability(PairEvidence pair, double headlineCosine) {
        return probability(logOdds(pair), pair.headlineConflict() ? 0 : headlineCosine);
    }

    /** The log odds of one story from all the evidence but the headlines' cosine. */
    double logOdds(PairEvidence pair) {
        double sharedTerm = Math.log1p(pair.sharedWeight());
        double daysTerm = Math.log1p(pair.daysApart());
        EventAgreement event = pair.event();
        return bias + body * pair.bodyCosine() + shared * sharedTerm + days * daysTerm
                + (event == EventAgreement.SAME ? sameEvent : event == EventAgreement.OTHER ? otherEvent : 0)
                + (pair.headlineConflict() ? conflict : 0)
                + strongest * Math.log1p(pair.strongestShared()) + names * Math.log1p(pair.sharedNames())
                + headlineNames * Math.min(MOST_HEADLINE_NAMES, pair.sharedHeadlineNames())
                + sharedOverTime * sharedTerm * daysTerm + ages * Math.min(MOST_AGES, pair.sharedAges())
                + contained * pair.containment();
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
