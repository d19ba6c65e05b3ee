package org.crosscheck.compare;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Agglomerative clustering by average link over a sparse similarity graph: the two clusters whose
 * articles are most similar on average are joined first, while that average stays above a
 * threshold; pairs not in the graph count as 0. Unlike single link, one article that mentions two
 * incidents in the same city cannot chain them into one story: a join has to be supported by the
 * clusters as a whole. Deterministic: ties break on the lower cluster ids.
 */
final class AverageLinkage {

    private record Candidate(double average, int cluster, int other, int clusterVersion, int otherVersion) {
    }

    private final int[] size;
    private final int[] version;
    private final int[] parent;
    private final Map<Integer, Double>[] links;
    private final PriorityQueue<Candidate> queue = new PriorityQueue<>((a, b) -> {
        int byAverage = Double.compare(b.average(), a.average());
        if (byAverage != 0) {
            return byAverage;
        }
        return a.cluster() != b.cluster() ? Integer.compare(a.cluster(), b.cluster()) : Integer.compare(a.other(), b.other());
    });

    @SuppressWarnings("unchecked")
    private AverageLinkage(int documents) {
        size = new int[documents];
        version = new int[documents];
        parent = new int[documents];
        links = new Map[documents];
        for (int document = 0; document < documents; document++) {
            size[document] = 1;
            parent[document] = document;
            links[document] = new HashMap<>(4);
        }
    }

    /** The cluster of every document: the id of a representative document, equal for documents clustered together. */
    static int[] cluster(int documents, StoryPairs pairs, double threshold) {
        AverageLinkage linkage = new AverageLinkage(documents);
        for (int pair = 0; pair < pairs.size(); pair++) {
            int first = pairs.first(pair);
            int second = pairs.second(pair);
            linkage.links[first].merge(second, pairs.similarity(pair), Double::sum);
            linkage.links[second].merge(first, pairs.similarity(pair), Double::sum);
            linkage.queue.add(new Candidate(pairs.similarity(pair), Math.min(first, second), Math.max(first, second), 0, 0));
        }
        linkage.join(threshold);
        int[] cluster = new int[documents];
        for (int document = 0; document < documents; document++) {
            cluster[document] = linkage.root(document);
        }
        return cluster;
    }

    private void join(double threshold) {
        while (!queue.isEmpty()) {
            Candidate best = queue.poll();
            if (best.average() < threshold) {
                return;
            }
            if (version[best.cluster()] == best.clusterVersion() && version[best.other()] == best.otherVersion()
                    && parent[best.cluster()] == best.cluster() && parent[best.other()] == best.other()) {
                merge(best.cluster(), best.other());
            }
        }
    }

    /** Joins the smaller cluster into the larger, adding up their links to every neighbour. */
    private void merge(int one, int two) {
        int kept = links[one].size() >= links[two].size() ? one : two;
        int gone = kept == one ? two : one;
        links[kept].remove(gone);
        for (Map.Entry<Integer, Double> link : links[gone].entrySet()) {
            int neighbour = link.getKey();
            if (neighbour == kept) {
                continue;
            }
            links[kept].merge(neighbour, link.getValue(), Double::sum);
            links[neighbour].remove(gone);
            links[neighbour].merge(kept, link.getValue(), Double::sum);
        }
        links[gone] = Map.of();
        parent[gone] = kept;
        size[kept] += size[gone];
        version[kept]++;
        offerLinksOf(kept);
    }

    private void offerLinksOf(int cluster) {
        for (Map.Entry<Integer, Double> link : links[cluster].entrySet()) {
            int other = link.getKey();
            double average = link.getValue() / ((double) size[cluster] * size[other]);
            int low = Math.min(cluster, other);
            int high = Math.max(cluster, other);
            queue.add(new Candidate(average, low, high, version[low], version[high]));
        }
    }

    private int root(int document) {
        int root = document;
        while (parent[root] != root) {
            root = parent[root];
        }
        return root;
    }
}
