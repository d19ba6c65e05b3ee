package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Clusters articles into stories from their fingerprints ({@code extract.StoryFeatures}): the
 * articles that share rare names, ages and words and headline words, reported close in time, are
 * one story.
 * <ol>
 *   <li>Each term is weighed by its inverse document frequency and burst; terms in very many
 *       articles (site names, menus, "police") count for nothing.</li>
 *   <li>Candidate pairs come from inverted indexes over the remaining terms and headline words,
 *       never from all pairs.</li>
 *   <li>A pair's probability of one story ({@link StoryEvidence}) adds up the cosine of their terms,
 *       the cosine of their headlines, how much of the shorter the longer holds, the weight of the
 *       names they share and how it is spread over them, the days between them, whether their leads
 *       give one day for the incident, and whether their headlines name places, people or ages the
 *       other never mentions ({@link HeadlineNames}).</li>
 *   <li>Average-link clustering joins clusters while they are alike on average, so one article
 *       that mentions two incidents does not chain them; two clusters whose reports agree on
 *       different incident days are never joined ({@link AverageLinkage}).</li>
 *   <li>A story of one or two reports then joins a larger one when its headline gives a rare name
 *       most of the larger story's headlines give, and their incident days agree
 *       ({@link StoryHeadlineJoins}).</li>
 *   <li>An article still alone joins the one story that stands out for it, on a lower bar, or
 *       on a much lower one when it is linked to every report of that story ({@link StoryStragglers}).</li>
 * </ol>
 * Stateless and thread-safe; the result depends only on the inputs, not on their order.
 */
public final class StoryClusterer {

    private StoryClusterer() {
    }

    /**
     * The stories of the given articles: every input in exactly one cluster (a story may have one
     * article), each cluster's source ids ascending, the clusters largest first, then by first id.
     */
    public static List<StoryCluster> cluster(List<StoryInput> inputs) {
        return cluster(inputs, StorySettings.DEFAULT);
    }

    static List<StoryCluster> cluster(List<StoryInput> inputs, StorySettings settings) {
        List<StoryInput> byId = new ArrayList<>(inputs);
        byId.sort(Comparator.comparingLong(StoryInput::sourceId));
        StoryVectors vectors = new StoryVectors(byId, settings);
        HeadlineVectors headlines = new HeadlineVectors(byId, settings);
        StoryPairs pairs = StoryPairs.of(vectors, headlines, settings);
        int[] clusterOf = AverageLinkage.cluster(byId.size(), pairs, settings.threshold(), vectors.eventDays());
        StoryHeadlineJoins.join(vectors, clusterOf);
        StoryStragglers.join(pairs, headlines, clusterOf);

        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int document = 0; document < byId.size(); document++) {
            members.computeIfAbsent(clusterOf[document], cluster -> new ArrayList<>()).add(document);
        }
        List<StoryCluster> clusters = new ArrayList<>(members.size());
        for (List<Integer> documents : members.values()) {
            List<Long> ids = new ArrayList<>(documents.size());
            for (int document : documents) {
                ids.add(byId.get(document).sourceId());
            }
            clusters.add(new StoryCluster(ids, StoryNames.of(documents, vectors)));
        }
        clusters.sort(Comparator.comparingInt(StoryCluster::size).reversed()
                .thenComparingLong(cluster -> cluster.sourceIds().get(0)));
        return clusters;
    }
}
