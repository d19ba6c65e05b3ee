package org.crosscheck.compare;

import java.util.HashMap;
import java.util.Map;

/**
 * A last pass over the stories: an article left alone joins the story it is most alike when one
 * story clearly stands out for it. Its average link to that story's articles needs only
 * {@link #LEAST_AVERAGE}, below the clustering threshold, when its strongest link there is at least
 * {@link #STANDS_OUT} times its strongest link to any other story. A short follow-up ("Victim
 * identified in …") shares much with one report of its story and less with the rest, so the
 * threshold keeps it out, though no other story comes near it; an article alike to two stories
 * stays alone, and two lone articles join only on {@link #LEAST_LONE_LINK}, unless their headlines
 * share a word.
 * <p>
 * An article linked to <em>every</em> report of a story of {@link #EVERY_REPORT_STORY} or more
 * joins it on a much lower average, {@link #LEAST_EVERY_REPORT_AVERAGE}, when its strongest link
 * there is {@link #EVERY_REPORT_STANDS_OUT} times its strongest to any other story: a brief report
 * that shares a little with each report of one story, and with no other story as much, is of that
 * story, though it shares too little with any one of them to reach the average.
 */
final class StoryStragglers {

    static final double LEAST_AVERAGE = 0.25;
    static final double STANDS_OUT = 1.5;
    /**
     * Two lone articles need a stronger link to make a story (though still below the threshold): one
     * article is no story that has shown what it is about, and in a small library two articles that
     * share a street's suffix and a weekday are alike enough on paper.
     */
    static final double LEAST_LONE_LINK = 0.35;
    /** A story of at least this many reports, each of them linked to a lone article, ... */
    static final int EVERY_REPORT_STORY = 3;
    /** ... takes it on this average ... */
    static final double LEAST_EVERY_REPORT_AVERAGE = 0.05;
    /** ... when its strongest link there is this many times its strongest to any other story. */
    static final double EVERY_REPORT_STANDS_OUT = 2;

    private StoryStragglers() {
    }

    /** Joins lone articles into stories, rewriting {@code clusterOf} (a representative document per document). */
    static void join(StoryPairs pairs, int[] clusterOf) {
        join(pairs, null, clusterOf);
    }

    /**
     * As {@link #join(StoryPairs, int[])}; with the headlines, two lone articles whose headlines share a word
     * need only {@link #LEAST_AVERAGE}.
     */
    static void join(StoryPairs pairs, HeadlineVectors headlines, int[] clusterOf) {
        int documents = clusterOf.length;
        int[] size = new int[documents];
        for (int document = 0; document < documents; document++) {
            size[clusterOf[document]]++;
        }
        Map<Integer, Map<Integer, double[]>> linksOfLone = new HashMap<>();
        for (int pair = 0; pair < pairs.size(); pair++) {
            int one = pairs.first(pair);
            int two = pairs.second(pair);
            if (size[clusterOf[one]] == 1) {
                offer(linksOfLone, one, clusterOf[two], pairs.similarity(pair));
            }
            if (size[clusterOf[two]] == 1) {
                offer(linksOfLone, two, clusterOf[one], pairs.similarity(pair));
            }
        }
        int[] joinedTo = new int[documents]; // per cluster: the cluster it joins, itself when it stays
        for (int cluster = 0; cluster < documents; cluster++) {
            joinedTo[cluster] = cluster;
        }
        linksOfLone.forEach((document, links) -> {
            int best = -1;
            double bestAverage = 0;
            for (Map.Entry<Integer, double[]> link : links.entrySet()) {
                double average = link.getValue()[0] / size[link.getKey()];
                if (average > bestAverage || average == bestAverage && link.getKey() < best) {
                    best = link.getKey();
                    bestAverage = average;
                }
            }
            boolean headlinesMeet = headlines != null && best >= 0 && size[best] == 1
                    && StoryPairs.headlineCosine(headlines, document, best) > 0;
            if (best < 0) {
                return;
            }
            double standsOut;
            if (bestAverage >= (size[best] > 1 || headlinesMeet ? LEAST_AVERAGE : LEAST_LONE_LINK)) {
                standsOut = STANDS_OUT;
            } else if (size[best] >= EVERY_REPORT_STORY && links.get(best)[2] == size[best]
                    && bestAverage >= LEAST_EVERY_REPORT_AVERAGE) {
                standsOut = EVERY_REPORT_STANDS_OUT;
            } else {
                return;
            }
            double strongest = links.get(best)[1];
            for (Map.Entry<Integer, double[]> link : links.entrySet()) {
                if (link.getKey() != best && standsOut * link.getValue()[1] > strongest) {
                    return;
                }
            }
            join(joinedTo, clusterOf[document], best);
        });
        for (int document = 0; document < documents; document++) {
            clusterOf[document] = root(joinedTo, clusterOf[document]);
        }
    }

    /** Two lone articles that choose each other make one story, as does a chain of them ending in a story. */
    private static void join(int[] joinedTo, int lone, int target) {
        int from = root(joinedTo, lone);
        int to = root(joinedTo, target);
        if (from != to) {
            joinedTo[from] = to;
        }
    }

    private static int root(int[] joinedTo, int cluster) {
        int root = cluster;
        while (joinedTo[root] != root) {
            root = joinedTo[root];
        }
        return root;
    }

    /** Adds a link of a lone document to a cluster: {sum, strongest, how many of its documents}. */
    private static void offer(Map<Integer, Map<Integer, double[]>> linksOfLone, int document, int cluster, double similarity) {
        double[] link = linksOfLone.computeIfAbsent(document, unseen -> new HashMap<>())
                .computeIfAbsent(cluster, unseen -> new double[3]);
        link[0] += similarity;
        link[2]++;
        link[1] = Math.max(link[1], similarity);
    }
}
