package org.crosscheck.compare;

/**
 * What two articles share, as {@link StoryEvidence} reads it, all but their headlines' cosine.
 *
 * @param bodyCosine      the cosine of their weighted terms
 * @param sharedWeight    the sum, over the names they share, of the geometric mean of the name's weights in each
 * @param strongestShared the largest of those means: one heavy name alone (a by-line, a menu's word) is weaker
 *                        evidence than the same weight spread over several names
 * @param sharedNames     how many shared names weigh more than {@link #WEIGHTY}
 * @param daysApart       the days between their publications
 * @param event           whether the incident days their leads give agree
 * @param headlineConflict true when each headline names a place or person the other article never mentions
 *                        ("… in Killeen shooting" against "Ex-Habersham deputy …")
 * @param sharedHeadlineNames how many names of either headline the other article mentions
 * @param sharedAges      how many ages ("15-year-old") both articles give: each is common, but two reports that give
 *                        the same ages and share names are likely telling of the same people
 * @param containment     how much of the shorter article the longer one holds ({@link #containment(double, double, double)}):
 *                        a short follow-up ("Victim identified in …") whose every name the first long report gives has a
 *                        middling cosine with it, since the long report says much more
 */
record PairEvidence(double bodyCosine, double sharedWeight, double strongestShared, int sharedNames,
                    double daysApart, StoryEvidence.EventAgreement event, boolean headlineConflict,
                    int sharedHeadlineNames, int sharedAges, double containment) {

    /** Evidence without the containment. */
    PairEvidence(double bodyCosine, double sharedWeight, double strongestShared, int sharedNames,
                 double daysApart, StoryEvidence.EventAgreement event, boolean headlineConflict,
                 int sharedHeadlineNames, int sharedAges) {
        this(bodyCosine, sharedWeight, strongestShared, sharedNames, daysApart, event, headlineConflict,
                sharedHeadlineNames, sharedAges, 0);
    }

    /** Evidence without ages in common. */
    PairEvidence(double bodyCosine, double sharedWeight, double strongestShared, int sharedNames, double daysApart,
                 StoryEvidence.EventAgreement event, boolean headlineConflict, int sharedHeadlineNames) {
        this(bodyCosine, sharedWeight, strongestShared, sharedNames, daysApart, event, headlineConflict,
                sharedHeadlineNames, 0);
    }

    /** A shared name weighs more than this when it is rarer than a town's name. */
    static final double WEIGHTY = 0.5;

    /**
     * The share of the shorter vector that two term vectors have in common: their dot product over the
     * squared length of the shorter, at most 1. The lengths hold {@link StorySettings#evidencePrior}, so
     * a page with little weighty text (a headline over a sign-up box) is contained in nothing.
     */
    static double containment(double dot, double norm, double otherNorm) {
        double shorter = Math.min(norm, otherNorm);
        return Math.min(1, dot / (shorter * shorter));
    }

    /** The same evidence with what the headlines' names say. */
    PairEvidence withHeadlineNames(boolean conflict, int shared) {
        return new PairEvidence(bodyCosine, sharedWeight, strongestShared, sharedNames, daysApart, event, conflict, shared,
                sharedAges, containment);
    }

    /**
     * The evidence of any two documents, read by merging their terms; {@link StoryPairs} gathers the
     * same sums through its indexes without meeting every pair.
     */
    static PairEvidence between(StoryVectors vectors, DateCloseness closeness, int one, int two) {
        double dot = 0;
        double linear = 0;
        double strongest = 0;
        int weighty = 0;
        int[] a = vectors.terms(one);
        int[] b = vectors.terms(two);
        double[] wa = vectors.weights(one);
        double[] wb = vectors.weights(two);
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                if (vectors.isName(a[i])) {
                    double mean = Math.sqrt(wa[i] * wb[j]);
                    linear += mean;
                    strongest = Math.max(strongest, mean);
                    weighty += mean > WEIGHTY ? 1 : 0;
                }
                dot += wa[i++] * wb[j++];
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return new PairEvidence(dot / (vectors.norm(one) * vectors.norm(two)), linear, strongest, weighty,
                closeness.daysApart(vectors.day(one), vectors.day(two)),
                DateCloseness.events(vectors.eventDay(one), vectors.eventDay(two)),
                HeadlineNames.conflict(vectors, one, two), HeadlineNames.shared(vectors, one, two),
                vectors.sharedAges(one, two), containment(dot, vectors.norm(one), vectors.norm(two)));
    }
}
