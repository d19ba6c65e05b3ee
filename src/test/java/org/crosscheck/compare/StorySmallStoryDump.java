package org.crosscheck.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.crosscheck.extract.StoryFeatures;
import org.junit.jupiter.api.Test;

/**
 * Not a test: for whoever tunes story clustering, on the development incidents only. After the
 * clustering, writes one line for every story of one or two reports and each story it has a link
 * to: the sizes, the sum, strongest and number of links between them, the strongest link to any
 * third story, and how many of the pairs a join would add are right (same incident) or wrong, with
 * the half of the incidents (by the CRC-32 of the id) the small story belongs to. Run with
 * {@code mvn -o -q test -Dtest=StorySmallStoryDump -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcrosscheck.smallStoryDump=/tmp/small.tsv}.
 */
class StorySmallStoryDump {

    @Test
    void dumpTheSmallStoriesOfTheDevelopmentIncidents() throws IOException {
        String target = System.getProperty("crosscheck.smallStoryDump", "");
        Optional<List<GvaArticles.Article>> read = GvaArticles.readDevelopment(GvaArticles.benchdata());
        if (read.isEmpty() || target.isEmpty()) {
            System.out.println("StorySmallStoryDump: no corpus or no -Dcrosscheck.smallStoryDump");
            return;
        }
        Map<String, Integer> reports = new HashMap<>();
        read.get().forEach(article -> reports.merge(article.incidentId(), 1, Integer::sum));
        List<GvaArticles.Article> articles = read.get().stream()
                .filter(article -> reports.get(article.incidentId()) >= 2)
                .sorted(Comparator.comparingLong(GvaArticles.Article::id)).toList();
        List<StoryInput> inputs = articles.parallelStream()
                .map(article -> new StoryInput(article.id(), StoryFeatures.of(article.title(), article.text(), article.published())))
                .toList();
        StorySettings settings = StorySettings.DEFAULT;
        StoryVectors vectors = new StoryVectors(inputs, settings);
        HeadlineVectors headlines = new HeadlineVectors(inputs, settings);
        StoryPairs pairs = StoryPairs.of(vectors, headlines, settings);
        int[] clusterOf = AverageLinkage.cluster(inputs.size(), pairs, settings.threshold(), vectors.eventDays());
        Map<Long, String> incidentOf = new HashMap<>();
        articles.forEach(article -> incidentOf.put(article.id(), article.incidentId()));
        System.out.println("after average linkage: " + score(clusterOf, inputs, incidentOf));
        StoryHeadlineJoins.join(vectors, clusterOf);
        System.out.println("after headline joins: " + score(clusterOf, inputs, incidentOf));
        StoryStragglers.join(pairs, headlines, clusterOf);
        System.out.println("after stragglers: " + score(clusterOf, inputs, incidentOf));

        int documents = inputs.size();
        int[] size = new int[documents];
        for (int document = 0; document < documents; document++) {
            size[clusterOf[document]]++;
        }
        Map<Integer, Map<Integer, double[]>> links = new HashMap<>(); // small cluster -> cluster -> {sum, max, count}
        for (int pair = 0; pair < pairs.size(); pair++) {
            int one = clusterOf[pairs.first(pair)];
            int two = clusterOf[pairs.second(pair)];
            if (one == two) {
                continue;
            }
            double similarity = pairs.similarity(pair);
            if (size[one] <= 2) {
                offer(links, one, two, similarity);
            }
            if (size[two] <= 2) {
                offer(links, two, one, similarity);
            }
        }
        Map<Integer, Map<String, Integer>> labels = new HashMap<>();
        for (int document = 0; document < documents; document++) {
            labels.computeIfAbsent(clusterOf[document], cluster -> new HashMap<>())
                    .merge(articles.get(document).incidentId(), 1, Integer::sum);
        }
        List<String> lines = new ArrayList<>();
        lines.add("small\tsmallSize\ttarget\ttargetSize\tsum\tmax\tcount\totherMax\totherAvg\tright\twrong\thalf\ttitle");
        for (Map.Entry<Integer, Map<Integer, double[]>> small : links.entrySet()) {
            int cluster = small.getKey();
            for (Map.Entry<Integer, double[]> link : small.getValue().entrySet()) {
                double otherMax = 0;
                double otherAvg = 0;
                for (Map.Entry<Integer, double[]> other : small.getValue().entrySet()) {
                    if (!other.getKey().equals(link.getKey())) {
                        otherMax = Math.max(otherMax, other.getValue()[1]);
                        otherAvg = Math.max(otherAvg, other.getValue()[0] / (size[cluster] * size[other.getKey()]));
                    }
                }
                long right = 0;
                for (Map.Entry<String, Integer> label : labels.get(cluster).entrySet()) {
                    right += (long) label.getValue() * labels.get(link.getKey()).getOrDefault(label.getKey(), 0);
                }
                long wrong = (long) size[cluster] * size[link.getKey()] - right;
                String incident = labels.get(cluster).keySet().iterator().next();
                CRC32 crc = new CRC32();
                crc.update(incident.getBytes(StandardCharsets.UTF_8));
                int first = -1;
                for (int document = 0; document < documents && first < 0; document++) {
                    if (clusterOf[document] == cluster) {
                        first = document;
                    }
                }
                double[] value = link.getValue();
                lines.add(String.format("%d\t%d\t%d\t%d\t%.4f\t%.4f\t%d\t%.4f\t%.4f\t%d\t%d\t%d\t%s", cluster, size[cluster],
                        link.getKey(), size[link.getKey()], value[0], value[1], (int) value[2], otherMax, otherAvg, right,
                        wrong, crc.getValue() % 2, articles.get(first).title().replaceAll("\\s+", " ")));
            }
        }
        Files.write(Path.of(target), lines, StandardCharsets.UTF_8);
        String pairTarget = System.getProperty("crosscheck.pairDump", "");
        if (!pairTarget.isEmpty()) {
            List<String> pairLines = new ArrayList<>();
            for (int pair = 0; pair < pairs.size(); pair++) {
                int one = pairs.first(pair);
                int two = pairs.second(pair);
                if (pairs.similarity(pair) < 0.3) {
                    continue;
                }
                StringBuilder shared = new StringBuilder();
                int[] a = vectors.terms(one);
                int[] b = vectors.terms(two);
                for (int i = 0, j = 0; i < a.length && j < b.length; ) {
                    if (a[i] == b[j]) {
                        if (vectors.weight(a[i]) > 0) {
                            shared.append(String.format("%s=%.1f|", vectors.spelling(a[i]), vectors.weight(a[i])));
                        }
                        i++;
                        j++;
                    } else if (a[i] < b[j]) {
                        i++;
                    } else {
                        j++;
                    }
                }
                pairLines.add(String.format("%d\t%d\t%.3f\t%b\t%b\t%s", articles.get(one).id(), articles.get(two).id(),
                        pairs.similarity(pair), articles.get(one).incidentId().equals(articles.get(two).incidentId()),
                        clusterOf[one] == clusterOf[two], shared));
            }
            Files.write(Path.of(pairTarget), pairLines, StandardCharsets.UTF_8);
        }
        System.out.println("StorySmallStoryDump: " + (lines.size() - 1) + " links of small stories to " + target);
    }

    private static PairwiseScore score(int[] clusterOf, List<StoryInput> inputs, Map<Long, String> incidentOf) {
        Map<Integer, List<Long>> members = new HashMap<>();
        for (int document = 0; document < clusterOf.length; document++) {
            members.computeIfAbsent(clusterOf[document], cluster -> new ArrayList<>()).add(inputs.get(document).sourceId());
        }
        return PairwiseScore.of(members.values().stream().map(ids -> new StoryCluster(ids, "")).toList(), incidentOf);
    }

    private static void offer(Map<Integer, Map<Integer, double[]>> links, int small, int other, double similarity) {
        double[] link = links.computeIfAbsent(small, cluster -> new HashMap<>()).computeIfAbsent(other, cluster -> new double[3]);
        link[0] += similarity;
        link[1] = Math.max(link[1], similarity);
        link[2]++;
    }
}
