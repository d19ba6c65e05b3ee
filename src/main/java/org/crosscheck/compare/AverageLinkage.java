package org.crosscheck.compare;

/**
 * Agglomerative clustering by average link over a sparse similarity graph: the two clusters whose
 * articles are most similar on average are joined first, while that average stays above a
 * threshold; pairs not in the graph count as 0. Unlike single link, one article that mentions two
 * incidents in the same city cannot chain them into one story: a join has to be supported by the
 * clusters as a whole. Deterministic: ties break on the lower cluster ids.
 * <p>
 * Only the pairs inside a <em>strong component</em> — articles joined by a chain of pairs at or
 * above the threshold — are kept as links. A join needs an average at or above the threshold, so
 * at least one pair between the two clusters at or above it: every cluster stays inside one strong
 * component, and a pair between two components (or to an article with no strong pair, most of the
 * pairs of a large library) could never raise an average to the threshold. Leaving them out
 * changes no join and keeps the links, and the memory they take, to the pairs that can matter.
 * <p>
 * Given the incident day each article's lead names, two clusters that each agree on an incident
 * day (two reports or more give one, and none more than two days from another) are not joined
 * when none of the days of one is within a day of a day of the other, however alike their words:
 * they are two incidents in one town (a boy shot in November, four shot in December; the same
 * police spokesperson, hospital and borough in both). One report's day alone does not keep it out
 * of a story: a follow-up's lead names the day of the arrest or the funeral.
 */
final class AverageLinkage {

    private final int[] size;
    private final int[] version;
    private final int[] parent;
    private final LinkWeights[] links;
    /** Per cluster, when its articles' incident days are known: how many give one, the earliest and the latest. */
    private final int[] knownDays;
    private final long[] firstDay;
    private final long[] lastDay;
    /**
     * Only candidates at or above this are queued: an average changes only when one of its two
     * clusters joins another, and that join offers all of the joined cluster's links anew.
     */
    private final double threshold;
    private final JoinQueue queue = new JoinQueue();

    private AverageLinkage(int documents, double threshold, long[] incidentDays) {
        this.threshold = threshold;
        knownDays = new int[documents];
        firstDay = new long[documents];
        lastDay = new long[documents];
        for (int document = 0; document < documents; document++) {
            long day = incidentDays == null ? DateCloseness.UNKNOWN : incidentDays[document];
            knownDays[document] = day == DateCloseness.UNKNOWN ? 0 : 1;
            firstDay[document] = day;
            lastDay[document] = day;
        }
        size = new int[documents];
        version = new int[documents];
        parent = new int[documents];
        links = new LinkWeights[documents];
        for (int document = 0; document < documents; document++) {
            size[document] = 1;
            parent[document] = document;
        }
    }

    /** The cluster of every document: the id of a representative document, equal for documents clustered together. */
    static int[] cluster(int documents, StoryPairs pairs, double threshold) {
        return cluster(documents, pairs, threshold, null);
    }

    /**
     * As {@link #cluster(int, StoryPairs, double)}, keeping apart clusters that agree on different
     * incident days.
     *
     * @param incidentDays per document the epoch day its lead names for the incident, or
     *                     {@link DateCloseness#UNKNOWN}; null when none is known
     */
    static int[] cluster(int documents, StoryPairs pairs, double threshold, long[] incidentDays) {
        int[] component = strongComponents(documents, pairs, threshold);
        AverageLinkage linkage = new AverageLinkage(documents, threshold, incidentDays);
        for (int pair = 0; pair < pairs.size(); pair++) {
            int first = pairs.first(pair);
            int second = pairs.second(pair);
            if (component[first] != component[second]) {
                continue; // no join can ever use it (see the class comment)
            }
            linkage.linksOf(first).add(second, pairs.similarity(pair));
            linkage.linksOf(second).add(first, pairs.similarity(pair));
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

    /**
     * For every document a representative of its strong component (the documents joined to it by
     * pairs at or above the threshold); a document with no such pair is its own.
     */
    static int[] strongComponents(int documents, StoryPairs pairs, double threshold) {
        int[] component = new int[documents];
        for (int document = 0; document < documents; document++) {
            component[document] = document;
        }
        for (int pair = 0; pair < pairs.size(); pair++) {
            if (pairs.similarity(pair) >= threshold) {
                int one = find(component, pairs.first(pair));
                int two = find(component, pairs.second(pair));
                if (one != two) {
                    component[Math.max(one, two)] = Math.min(one, two);
                }
            }
        }
        for (int document = 0; document < documents; document++) {
            component[document] = find(component, document);
        }
        return component;
    }

    /** The representative of {@code document}'s set, halving the path on the way. */
    private static int find(int[] component, int document) {
        int at = document;
        while (component[at] != at) {
            component[at] = component[component[at]];
            at = component[at];
        }
        return at;
    }

    private LinkWeights linksOf(int document) {
        if (links[document] == null) {
            links[document] = new LinkWeights();
        }
        return links[document];
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
            if (current && !onOtherDays(cluster, other)) {
                merge(cluster, other);
            }
        }
    }

    /**
     * Whether both clusters agree on an incident day of their own (two or more of their articles give
     * one, none of them more than {@link DateCloseness#OTHER_EVENT_DAYS} from another), and no day of
     * one is the same day ({@link DateCloseness#SAME_EVENT_DAYS}) as a day of the other.
     */
    private boolean onOtherDays(int one, int two) {
        return agreesOnADay(one) && agreesOnADay(two)
                && (firstDay[two] - lastDay[one] > DateCloseness.SAME_EVENT_DAYS
                || firstDay[one] - lastDay[two] > DateCloseness.SAME_EVENT_DAYS);
    }

    private boolean agreesOnADay(int cluster) {
        return knownDays[cluster] >= 2 && lastDay[cluster] - firstDay[cluster] <= DateCloseness.OTHER_EVENT_DAYS;
    }

    /** Joins the cluster with fewer links into the other, adding up their links to every neighbour. */
    private void merge(int one, int two) {
        int kept = links[one].size() >= links[two].size() ? one : two; // both have links: they share a pair
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
        links[gone] = null;
        parent[gone] = kept;
        if (knownDays[gone] > 0) {
            firstDay[kept] = knownDays[kept] == 0 ? firstDay[gone] : Math.min(firstDay[kept], firstDay[gone]);
            lastDay[kept] = knownDays[kept] == 0 ? lastDay[gone] : Math.max(lastDay[kept], lastDay[gone]);
            knownDays[kept] += knownDays[gone];
        }
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
