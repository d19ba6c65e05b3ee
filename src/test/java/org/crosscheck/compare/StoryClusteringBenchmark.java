package org.crosscheck.compare;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.crosscheck.extract.StoryFeatures;
import org.crosscheck.model.StoryFingerprint;
import org.junit.jupiter.api.Test;

/**
 * Not a test: clusters the development reports of the SemEval-2018 Task 5 gun-violence corpus
 * into stories and prints pairwise precision, recall and F1 against the incidents (target F1 ≥ 0.90),
 * then times fingerprinting and clustering 10,000 articles (target ≤ 5 s on 2 cores). Run with
 * {@code mvn -q test -Dtest=StoryClusteringBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * the corpus folder is {@code -Dcrosscheck.benchdata=…} (default {@code ../shared/benchdata}).
 */
class StoryClusteringBenchmark {

    private static final int SCALE = 10_000;

    @Test
    void clusterTheDevelopmentIncidents() {
        Optional<List<GvaArticles.Article>> read = GvaArticles.readDevelopment(GvaArticles.benchdata());
        if (read.isEmpty()) {
            System.out.println("StoryClusteringBenchmark: no corpus at " + GvaArticles.benchdata().toAbsolutePath()
                    .resolve(GvaArticles.DIRECTORY) + (Files.exists(GvaArticles.benchdata()) ? "" : " (no benchdata)"));
            return;
        }
        List<GvaArticles.Article> all = read.get();
        List<GvaArticles.Article> reported = severalReportsOnly(all);
        Map<Long, String> incidentOf = new HashMap<>();
        reported.forEach(article -> incidentOf.put(article.id(), article.incidentId()));
        long incidents = reported.stream().map(GvaArticles.Article::incidentId).distinct().count();

        fingerprint(all); // warm up
        List<StoryInput> inputs = fingerprint(reported);
        StoryClusterer.cluster(inputs);
        long start = System.nanoTime();
        List<StoryCluster> clusters = StoryClusterer.cluster(inputs);
        double millis = (System.nanoTime() - start) / 1e6;
        System.out.printf("Stories of %,d reports of %,d incidents (2+ reports each): %s; %,d clusters (%,d alone); "
                        + "clustered in %.0f ms; stories digest %08x%n", reported.size(), incidents,
                PairwiseScore.of(clusters, incidentOf), clusters.size(),
                clusters.stream().filter(cluster -> cluster.size() == 1).count(), millis, digest(clusters));
        printExamples(clusters);
        if (Boolean.getBoolean("crosscheck.storySweep")) {
            sweep(inputs, incidentOf);
            return;
        }
        timeTenThousand(all);
    }

    private static List<GvaArticles.Article> severalReportsOnly(List<GvaArticles.Article> articles) {
        Map<String, Integer> reports = new HashMap<>();
        articles.forEach(article -> reports.merge(article.incidentId(), 1, Integer::sum));
        return articles.stream().filter(article -> reports.get(article.incidentId()) >= 2).toList();
    }

    private static List<StoryInput> fingerprint(List<GvaArticles.Article> articles) {
        return articles.parallelStream()
                .map(article -> new StoryInput(article.id(), fingerprintOf(article)))
                .toList();
    }

    private static StoryFingerprint fingerprintOf(GvaArticles.Article article) {
        return StoryFeatures.of(article.title(), article.text(), article.published());
    }

    private static void printExamples(List<StoryCluster> clusters) {
        System.out.println("Largest stories:");
        clusters.stream().limit(5).forEach(cluster ->
                System.out.printf("  %3d  %s%n", cluster.size(), cluster.name()));
    }

    /**
     * Tries thresholds around the default, for whoever tunes the settings, on these development
     * incidents only; {@code -Dcrosscheck.storySettings=0.2,1,0.5,…} gives the other settings in
     * the order of {@link StorySettings} (several separated by {@code ;}), {@code -Dcrosscheck.storyThresholds=0.4,0.45}
     * the thresholds, and each is scored on all incidents and on either half of them.
     */
    private static void sweep(List<StoryInput> inputs, Map<Long, String> incidentOf) {
        for (String values : System.getProperty("crosscheck.storySettings", "").split(";", -1)) {
            sweep(inputs, incidentOf, settings(values));
        }
    }

    private static void sweep(List<StoryInput> inputs, Map<Long, String> incidentOf, StorySettings base) {
        System.out.println("Sweep from " + base);
        Map<Long, String> fitted = half(incidentOf, 0);
        Map<Long, String> other = half(incidentOf, 1);
        String thresholds = System.getProperty("crosscheck.storyThresholds", "0.2,0.25,0.3,0.35,0.4,0.45,0.5,0.6");
        for (String value : thresholds.split(",")) {
            double threshold = Double.parseDouble(value);
            List<StoryCluster> clusters = StoryClusterer.cluster(inputs, base.withThreshold(threshold));
            System.out.printf("  threshold %.2f: %s; fitted half %s; other half %s%n", threshold,
                    PairwiseScore.of(clusters, incidentOf), halfScore(clusters, fitted), halfScore(clusters, other));
        }
    }

    /**
     * Pairwise scores of one half: its gold pairs, and the pairs found with at least one article of the
     * half, so that a cluster that mixes an incident of this half with one of the other counts against both.
     */
    private static String halfScore(List<StoryCluster> clusters, Map<Long, String> half) {
        long found = 0;
        long correct = 0;
        Map<String, Long> goldSizes = new HashMap<>();
        for (StoryCluster cluster : clusters) {
            Map<String, Long> labels = new HashMap<>();
            long inHalf = 0;
            for (long id : cluster.sourceIds()) {
                String gold = half.get(id);
                if (gold != null) {
                    labels.merge(gold, 1L, Long::sum);
                    goldSizes.merge(gold, 1L, Long::sum);
                    inHalf++;
                }
            }
            found += inHalf * (inHalf - 1) / 2 + inHalf * (cluster.size() - inHalf);
            correct += labels.values().stream().mapToLong(count -> count * (count - 1) / 2).sum();
        }
        long gold = goldSizes.values().stream().mapToLong(count -> count * (count - 1) / 2).sum();
        double precision = found == 0 ? 1 : (double) correct / found;
        double recall = gold == 0 ? 1 : (double) correct / gold;
        return String.format("F1 %.3f  P %.3f  R %.3f", 2 * precision * recall / (precision + recall), precision, recall);
    }

    /**
     * The articles of one half of the incidents, by the parity of the CRC-32 of the incident id: the
     * evidence is fitted on the even half ({@link StoryPairDump}), so the odd half tells whether a fit holds.
     */
    private static Map<Long, String> half(Map<Long, String> incidentOf, int parity) {
        Map<Long, String> half = new HashMap<>();
        incidentOf.forEach((id, incident) -> {
            CRC32 crc = new CRC32();
            crc.update(incident.getBytes(StandardCharsets.UTF_8));
            if (crc.getValue() % 2 == parity) {
                half.put(id, incident);
            }
        });
        return half;
    }

    private static StorySettings settings(String values) {
        if (values.isBlank()) {
            return StorySettings.DEFAULT;
        }
        String[] v = values.split(",");
        StoryEvidence evidence = v.length > 12 ? new StoryEvidence(Double.parseDouble(v[12]), Double.parseDouble(v[13]),
                Double.parseDouble(v[14]), Double.parseDouble(v[15]), Double.parseDouble(v[16]), Double.parseDouble(v[17]),
                Double.parseDouble(v[18]), Double.parseDouble(v[19]), Double.parseDouble(v[20]), Double.parseDouble(v[21]),
                Double.parseDouble(v[22]), Double.parseDouble(v[23]), v.length > 24 ? Double.parseDouble(v[24])
                : StoryEvidence.DEFAULT.ages(), v.length > 25 ? Double.parseDouble(v[25])
                : StoryEvidence.DEFAULT.contained()) : StoryEvidence.DEFAULT;
        return new StorySettings(Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2]),
                Double.parseDouble(v[3]), Integer.parseInt(v[4]), Integer.parseInt(v[5]), Double.parseDouble(v[6]),
                Integer.parseInt(v[7]), Double.parseDouble(v[8]), Double.parseDouble(v[9]), Double.parseDouble(v[10]),
                Double.parseDouble(v[11]), evidence);
    }

    /** All development articles, repeated with a distinguishing last line until there are 10,000. */
    private static void timeTenThousand(List<GvaArticles.Article> all) {
        List<GvaArticles.Article> articles = new ArrayList<>(SCALE);
        for (int index = 0; articles.size() < SCALE; index++) {
            GvaArticles.Article article = all.get(index % all.size());
            int copy = index / all.size();
            String text = copy == 0 ? article.text() : article.text() + "\n\nCopy " + copy + " of article " + article.id();
            articles.add(new GvaArticles.Article(index + 1, article.incidentId(), article.published(), article.title(), text));
        }
        fingerprint(articles); // warm up
        long start = System.nanoTime();
        List<StoryInput> inputs = fingerprint(articles);
        long fingerprinted = System.nanoTime();
        System.gc();
        long heldBefore = heapUsed();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long clusteringStart = System.nanoTime();
        List<StoryCluster> clusters = StoryClusterer.cluster(inputs);
        long clustered = System.nanoTime();
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("%,d articles (%,d distinct): fingerprints in %.0f ms (%d threads), clusters in %.0f ms, "
                        + "total %.2f s (target ≤ 5 s); %,d clusters; stories digest %08x; heap %,d MB before the "
                        + "clustering, at most %,d MB during it (summed peaks of the heap's pools)%n", SCALE, all.size(),
                (fingerprinted - start) / 1e6, Runtime.getRuntime().availableProcessors(),
                (clustered - clusteringStart) / 1e6, (fingerprinted - start + clustered - clusteringStart) / 1e9,
                clusters.size(), digest(clusters), heldBefore >> 20, peak >> 20);
    }

    /** A CRC-32 of the stories (their source ids, in order): equal digests, equal stories. */
    private static long digest(List<StoryCluster> clusters) {
        CRC32 crc = new CRC32();
        for (StoryCluster cluster : clusters) {
            crc.update(cluster.sourceIds().toString().getBytes(StandardCharsets.UTF_8));
            crc.update('\n');
        }
        return crc.getValue();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }
}
