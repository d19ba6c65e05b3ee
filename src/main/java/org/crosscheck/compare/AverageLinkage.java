package org.crosscheck.compare;

/**
 * Agglomerative clustering by average link over a sparse similarity graph: the two clusters whose
 * articles are most similar on average are joined first, while that average stays above a
 * threshold; pairs not in the graph count as 0. Unlike single link, one article that mentions two
 * incidents in the same city cannot chain them into one story: a join has to be supported by the
 * clusters as a whole. Deterministic: ties break on the lower cluster ids.
 */
final class AverageLinkage {

    private final int[] size;
    private final int[] version;
    private final int[] parent;
    private final LinkWeights[] links;
    /**
     * Only candidates at or above this are queued: an average changes only when one of its two
     * clusters joins another, and that join offers all of the joined cluster's links anew.
     */
    private final double threshold;
    private final JoinQueue queue = new JoinQueue();

    private AverageLinkage(int documents, double threshold) {
        this.threshold = threshold;
        size = new int[documents];
        version = new int[documents];
        parent = new int[documents];
        links = new LinkWeights[documents];
        for (int document = 0; document < documents; document++) {
            size[document] = 1;
            parent[document] = document;
            links[document] = new LinkWeights();
        }
    }

    /** The cluster of every document: the id of a representative document, equal for documents clustered together. */
    static int[] cluster(int documents, StoryPairs pairs, double threshold) {
        AverageLinkage linkage = new AverageLinkage(documents, threshold);
        for (int pair = 0; pair < pairs.size(); pair++) {
            int first = pairs.first(pair);
            int second = pairs.second(pair);
            linkage.links[first].add(second, pairs.similarity(pair));
            linkage.links[second].add(first, pairs.similarity(pair));
            if (pairs.similarity(pair) >= threshold) {
                linkage.queue.offer(pairs.similarity(pair), Math.min(first, second), Math.max(first, second), 0, 0);
            }
        }
        linkage.join();
        int[] cluster = new int[documents];
        for (int document = 0; document < documents; document++) {
            cluster[document] = linkage.root(document);
        }
        return cluster;
    }

    private void join() {
        while (!queue.isEmpty()) {
            if (queue.bestAverage() < threshold) {
                return;
            }
            int cluster = queue.bestCluster();
            int other = queue.bestOther();
            boolean current = version[cluster] == queue.bestClusterVersion() && version[other] == queue.bestOtherVersion()
                    && parent[cluster] == cluster && parent[other] == other;
            queue.removeBest();
            if (current) {
                merge(cluster, other);
            }
        }
    }

    /** Joins the cluster with fewer links into the other, adding up their links to every neighbour. */
    private void merge(int one, int two) {
        int kept = links[one].size() >= links[two].size() ? one : two;
        int gone = kept == one ? two : one;
        LinkWeights keptLinks = links[kept];
        keptLinks.remove(gone);
        links[gone].forEach((neighbour, weight) -> {
            if (neighbour != kept) {
                keptLinks.add(neighbour, weight);
                links[neighbour].remove(gone);
                links[neighbour].add(kept, weight);
            }
        });
        links[gone].clear();
        parent[gone] = kept;
        size[kept] += size[gone];
        version[kept]++;
        offerLinksOf(kept);
    }

    private void offerLinksOf(int cluster) {
        links[cluster].forEach((other, weight) -> {
            double average = weight / ((double) size[cluster] * size[other]);
            if (average < threshold) {
                return;
            }
            int low = Math.min(cluster, other);
            int high = Math.max(cluster, other);
            queue.offer(average, low, high, version[low], version[high]);
        });
    }

    private int root(int document) {
        int root = document;
        while (parent[root] != root) {
            root = parent[root];
        }
        return root;
    }
}
