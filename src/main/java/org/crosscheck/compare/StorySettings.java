package org.crosscheck.compare;

/**
 * The knobs of story clustering, in one place so that a benchmark can try them; the defaults were
 * tuned on the development incidents of the SemEval-2018 Task 5 gun-violence reports only.
 *
 * @param threshold       the least average probability ({@link StoryEvidence}) between two clusters that are joined
 * @param nameWeight      how much a shared name counts against a shared word of the same rarity
 * @param wordWeight      how much a shared lower-case word of title or lead counts
 * @param commonShare     a term in more than this share of all articles is treated as a stop word (and in a
 *                        large library any term in more than {@link StoryVectors#COMMON_MOST})
 * @param commonFloor     ... but only when it is in more articles than this, so small libraries keep their words
 * @param occasionGapDays articles of a term more than this many days apart are separate occasions of it
 * @param burstPower      how much a term's weight follows its burst ({@link TermOccasions}): a story's names come
 *                        in bursts, a site's furniture and a city's name all year round
 * @param leadTerms       the first terms of a fingerprint, its title's and lead's, which count more ...
 * @param leadBoost       ... by this factor
 * @param evidencePrior   added to the squared length of every term vector, so that two articles with little
 *                        weighty text (a title over a sign-up box) are not alike only because both are empty
 * @param headlinePrior   the same for headline vectors
 * @param unknownDaysApart the days apart assumed for an article without a date
 * @param evidence        how the evidence adds up to a probability
 */
record StorySettings(double threshold, double nameWeight, double wordWeight, double commonShare, int commonFloor,
                     int occasionGapDays, double burstPower, int leadTerms, double leadBoost, double evidencePrior,
                     double headlinePrior, double unknownDaysApart, StoryEvidence evidence) {

    // 0.45 rather than the best-F1 0.4: a story that mixes two incidents misleads a researcher more than a
    // split one (dev: F1 0.843 at P 0.931, against 0.857 at P 0.906; groups within one incident 95.3 % against 94.8 %)
    static final StorySettings DEFAULT = new StorySettings(0.45, 1.0, 0.0, 0.05, 50, 14, 1.0, 20, 1.5, 100, 5, 3,
            StoryEvidence.DEFAULT);

    StorySettings withThreshold(double value) {
        return new StorySettings(value, nameWeight, wordWeight, commonShare, commonFloor, occasionGapDays, burstPower,
                leadTerms, leadBoost, evidencePrior, headlinePrior, unknownDaysApart, evidence);
    }
}
