package org.crosscheck.compare;

import java.util.Arrays;

/**
 * The pairs of articles likely enough to tell one story to matter, found without comparing all
 * pairs: inverted indexes list, for every term and headline word that is neither unique nor
 * common, the articles that have it, and each article meets only the articles it shares one
 * with. Each pair's probability comes from {@link StoryEvidence}. Of an article's pairs only those
 * among its own or its partner's {@link StrongestPairs#MOST} strongest are kept, so that the pairs
 * grow with the library and not with its square.
 */
final class StoryPairs {

    /** Pairs below this are left out: too weak to change an average, and there are very many of them. */
    static final double FLOOR = 0.02;
    /**
     * Terms and headline words in more than this share of the articles (and more than the floor) find
     * no pairs: they still count in the pairs that rarer ones find ("Texas" in two reports that share
     * a victim's name), but finding every pair through them costs more than the few pairs they alone
     * could make likely.
     */
    private static final double SEEK_SHARE = 0.01;
    private static final int SEEK_FLOOR = 20;
    /**
     * ... and in more than this many articles, however large the library: a term of a hundred
     * articles still finds the reports of one story, and one in a thousand (a share of 1 % of
     * 100,000) meets each of its articles with a thousand others, nearly all of other stories.
     */
    private static final int SEEK_MOST = 100;
    /** The kept pairs are sifted again ({@link StrongestPairs}) once they are this many, and then twice as many as were left. */
    private static final int LEAST_SIFTED = 1 << 20;

    private int[] first = new int[1024];
    private int[] second = new int[1024];
    private double[] similarity = new double[1024];
    private int size;

    /** No pairs yet; {@link #of} finds them, and a test may {@link #add} its own. */
    StoryPairs() {
    }

    /** Terms and headline words in more articles than this find no pairs (see {@link #SEEK_SHARE}). */
    static int seekLimit(int documents) {
        return Math.max(SEEK_FLOOR, Math.min(SEEK_MOST, (int) (SEEK_SHARE * documents)));
    }

    static StoryPairs of(StoryVectors vectors, HeadlineVectors headlines, StorySettings settings) {
        StoryPairs pairs = new StoryPairs();
        DateCloseness closeness = new DateCloseness(settings);
        int documents = vectors.documents();
        StoryEvidence evidence = settings.evidence();
        double leastLogOdds = Math.log(FLOOR / (1 - FLOOR));
        // a pair whose best case is this far below the floor is not looked at further; the margin keeps
        // every pair whose probability could round to the floor
        double hopelessBelow = leastLogOdds - 1e-9;
        StrongestPairs strongestPairs = new StrongestPairs(documents);
        HeadlineNames.OfOne headlineNames = new HeadlineNames.OfOne(vectors);
        int siftAt = LEAST_SIFTED;
        Postings terms = Postings.ofTerms(vectors);
        int seekTermsAbove = seekLimit(documents);
        Postings words = Postings.ofHeadlines(headlines, seekTermsAbove);
        double[] shared = new double[documents];
        double[] linear = new double[documents];
        double[] strongest = new double[documents];
        int[] weighty = new int[documents];
        boolean[] met = new boolean[documents];
        boolean[] sought = new boolean[documents];
        int[] touched = new int[documents];
        for (int document = 0; document < documents; document++) {
            int touchedCount = 0;
            headlineNames.of(document);
            int[] ids = vectors.terms(document);
            double[] weights = vectors.weights(document);
            for (int at = 0; at < ids.length; at++) {
                int[] posting = terms.articles[ids[at]];
                if (posting == null) {
                    continue;
                }
                double[] otherWeights = terms.weights[ids[at]];
                double[] otherRoots = terms.roots[ids[at]];
                double root = vectors.isName(ids[at]) ? Math.sqrt(weights[at]) : 0;
                boolean seeks = posting.length <= seekTermsAbove;
                // documents are read in order, so the ones after this document start just past the cursor
                for (int index = ++terms.cursor[ids[at]]; index < posting.length; index++) {
                    int other = posting[index];
                    if (!met[other]) {
                        met[other] = true;
                        touched[touchedCount++] = other;
                    }
                    sought[other] |= seeks;
                    shared[other] += weights[at] * otherWeights[index];
                    double mean = root * otherRoots[index];
                    linear[other] += mean;
                    if (mean > strongest[other]) {
                        strongest[other] = mean;
                    }
                    if (mean > PairEvidence.WEIGHTY) {
                        weighty[other]++;
                    }
                }
            }
            for (int word : headlines.words(document)) {
                int[] posting = words.articles[word];
                if (posting == null) {
                    continue;
                }
                for (int index = ++words.cursor[word]; index < posting.length; index++) {
                    int other = posting[index];
                    if (!met[other]) {
                        met[other] = true;
                        touched[touchedCount++] = other;
                    }
                    sought[other] = true;
                }
            }
            for (int index = 0; index < touchedCount; index++) {
                int other = touched[index];
                if (sought[other]) {
                    // first with the best the headlines' names could add (no conflict, every name of either
                    // headline shared), so that most pairs need not look at them
                    int mostSharedNames = vectors.headlineNames(document).length + vectors.headlineNames(other).length;
                    PairEvidence pair = new PairEvidence(shared[other] / (vectors.norm(document) * vectors.norm(other)),
                            linear[other], strongest[other], weighty[other],
                            closeness.daysApart(vectors.day(document), vectors.day(other)),
                            DateCloseness.events(vectors.eventDay(document), vectors.eventDay(other)),
                            false, mostSharedNames, vectors.sharedAges(document, other),
                            PairEvidence.containment(shared[other], vectors.norm(document), vectors.norm(other)));
                    double logOdds = evidence.logOdds(pair);
                    double cosine = headlineCosine(headlines, document, other);
                    // the headlines' names can only take away from that best, so most pairs end here
                    if (logOdds + Math.max(0, evidence.headline() * cosine) >= hopelessBelow) {
                        pair = headlineNames.with(pair, other);
                        logOdds = evidence.logOdds(pair);
                        double probability = evidence.probability(logOdds, pair.headlineConflict() ? 0 : cosine);
                        if (probability >= FLOOR) {
                            strongestPairs.offer(document, probability);
                            strongestPairs.offer(other, probability);
                            if (strongestPairs.keeps(document, other, probability)) {
                                pairs.add(document, other, probability);
                            }
                        }
                    }
                }
                shared[other] = 0;
                linear[other] = 0;
                strongest[other] = 0;
                weighty[other] = 0;
                met[other] = false;
                sought[other] = false;
            }
            if (pairs.size() >= siftAt) {
                pairs.retain(strongestPairs);
                siftAt = Math.max(LEAST_SIFTED, 2 * pairs.size());
            }
        }
        pairs.retain(strongestPairs);
        pairs.trim();
        return pairs;
    }

    static double headlineCosine(HeadlineVectors headlines, int one, int two) {
        int[] a = headlines.words(one);
        int[] b = headlines.words(two);
        double dot = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                dot += headlines.weight(a[i]) * headlines.weight(a[i]);
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot == 0 ? 0 : dot / (headlines.norm(one) * headlines.norm(two));
    }

    /** For every term (or headline word) in two or more articles and not common: its articles ascending, with weights. */
    private static final class Postings {
        final int[][] articles;
        final double[][] weights;
        /** The square roots of the weights of names, for the weight two articles share; 0 for words. */
        final double[][] roots;
        final int[] cursor;

        private Postings(int count) {
            articles = new int[count][];
            weights = new double[count][];
            roots = new double[count][];
            cursor = new int[count];
        }

        static Postings ofTerms(StoryVectors vectors) {
            Postings postings = new Postings(vectors.termCount());
            int[] filled = new int[vectors.termCount()];
            for (int term = 0; term < vectors.termCount(); term++) {
                int frequency = vectors.documentFrequency(term);
                if (frequency >= 2 && !vectors.isCommon(term) && vectors.weight(term) > 0) {
                    postings.articles[term] = new int[frequency];
                    postings.weights[term] = new double[frequency];
                    postings.roots[term] = new double[frequency];
                }
            }
            for (int document = 0; document < vectors.documents(); document++) {
                int[] terms = vectors.terms(document);
                double[] weights = vectors.weights(document);
                for (int at = 0; at < terms.length; at++) {
                    int term = terms[at];
                    if (postings.articles[term] != null) {
                        postings.weights[term][filled[term]] = weights[at];
                        postings.roots[term][filled[term]] = vectors.isName(term) ? Math.sqrt(weights[at]) : 0;
                        postings.articles[term][filled[term]++] = document;
                    }
                }
            }
            return postings;
        }

        static Postings ofHeadlines(HeadlineVectors headlines, int commonAbove) {
            Postings postings = new Postings(headlines.wordCount());
            int[] filled = new int[headlines.wordCount()];
            for (int word = 0; word < headlines.wordCount(); word++) {
                int frequency = headlines.documentFrequency(word);
                if (frequency >= 2 && frequency <= commonAbove) {
                    postings.articles[word] = new int[frequency];
                }
            }
            for (int document = 0; document < headlines.documents(); document++) {
                for (int word : headlines.words(document)) {
                    if (postings.articles[word] != null) {
                        postings.articles[word][filled[word]++] = document;
                    }
                }
            }
            return postings;
        }
    }

    void add(int document, int other, double score) {
        if (size == first.length) {
            first = Arrays.copyOf(first, size * 2);
            second = Arrays.copyOf(second, size * 2);
            similarity = Arrays.copyOf(similarity, size * 2);
        }
        first[size] = document;
        second[size] = other;
        similarity[size] = score;
        size++;
    }

    int size() {
        return size;
    }

    /** Keeps, in their order, only the pairs among the strongest of either of their articles. */
    private void retain(StrongestPairs strongest) {
        int kept = 0;
        for (int pair = 0; pair < size; pair++) {
            if (strongest.keeps(first[pair], second[pair], similarity[pair])) {
                first[kept] = first[pair];
                second[kept] = second[pair];
                similarity[kept] = similarity[pair];
                kept++;
            }
        }
        size = kept;
    }

    int first(int pair) {
        return first[pair];
    }

    int second(int pair) {
        return second[pair];
    }

    double similarity(int pair) {
        return similarity[pair];
    }

    /** Lets go of the room kept for pairs not found: the pairs are held while the clustering runs. */
    private void trim() {
        int length = Math.max(size, 1); // never empty, so that growing doubles it
        first = Arrays.copyOf(first, length);
        second = Arrays.copyOf(second, length);
        similarity = Arrays.copyOf(similarity, length);
    }
}
