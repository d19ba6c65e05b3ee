package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.crosscheck.extract.StoryFeatures;
import org.junit.jupiter.api.Test;

/**
 * Not a test: for whoever tunes story clustering, on the development incidents only. Sorts the
 * gold pairs that clustering splits by why (no weighty term shared, similar but below the
 * threshold, similar enough but kept apart by the average), and prints samples of split pairs and
 * of clusters that mix incidents, with the terms they share and their weights. Run with
 * {@code mvn -q test -Dtest=StoryDiagnosisBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * {@code -Dcrosscheck.storySamples=40} sets how many of each are printed.
 */
class StoryDiagnosisBenchmark {

    @Test
    void diagnoseTheDevelopmentIncidents() {
        Optional<List<GvaArticles.Article>> read = GvaArticles.readDevelopment(GvaArticles.benchdata());
        if (read.isEmpty()) {
            System.out.println("StoryDiagnosisBenchmark: no corpus");
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
        Similarity closeness = new Similarity(vectors, new HeadlineVectors(inputs, settings), settings);
        List<StoryCluster> clusters = StoryClusterer.cluster(inputs);
        Map<Long, Integer> clusterOf = new HashMap<>();
        for (int cluster = 0; cluster < clusters.size(); cluster++) {
            for (long id : clusters.get(cluster).sourceIds()) {
                clusterOf.put(id, cluster);
            }
        }
        int samples = Integer.getInteger("crosscheck.storySamples", 25);
        eventDays(articles, inputs);
        String dump = System.getProperty("crosscheck.storyDump", "");
        if (!dump.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (int document = 0; document < articles.size(); document++) {
                lines.add(articles.get(document).id() + "\t" + articles.get(document).incidentId() + "\t"
                        + clusterOf.get(articles.get(document).id()) + "\t" + inputs.get(document).fingerprint().encode());
            }
            try {
                java.nio.file.Files.write(java.nio.file.Path.of(dump), lines);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        splitIncidents(articles, clusterOf);
        splits(articles, vectors, closeness, clusterOf, settings, samples);
        merges(articles, vectors, closeness, clusters, samples);
    }

    /** How often reports of one incident name one event day, against how often they are published on one day. */
    private static void eventDays(List<GvaArticles.Article> articles, List<StoryInput> inputs) {
        int known = 0;
        int pairs = 0;
        int bothKnown = 0;
        int sameEvent = 0;
        int samePublished = 0;
        int within1 = 0;
        int otherSameEvent = 0;
        for (int one = 0; one < inputs.size(); one++) {
            if (inputs.get(one).fingerprint().eventDay() != null) {
                known++;
            }
            for (int two = one + 1; two < inputs.size(); two++) {
                var a = inputs.get(one).fingerprint();
                var b = inputs.get(two).fingerprint();
                boolean gold = articles.get(one).incidentId().equals(articles.get(two).incidentId());
                if (!gold) {
                    if (a.eventDay() != null && a.eventDay().equals(b.eventDay())) {
                        otherSameEvent++;
                    }
                    continue;
                }
                pairs++;
                if (a.date() != null && a.date().equals(b.date())) {
                    samePublished++;
                }
                if (a.eventDay() != null && b.eventDay() != null) {
                    bothKnown++;
                    if (a.eventDay().equals(b.eventDay())) {
                        sameEvent++;
                    }
                    if (Math.abs(a.eventDay().toEpochDay() - b.eventDay().toEpochDay()) <= 1) {
                        within1++;
                    }
                }
            }
        }
        System.out.printf("Event days: %d of %d articles; gold pairs %d, published same day %d, both event days %d, same %d, "
                + "within a day %d; other pairs with one event day %d%n", known, inputs.size(), pairs, samePublished,
                bothKnown, sameEvent, within1, otherSameEvent);
    }

    /**
     * The incidents that lose the most pairs, with how their reports fall into stories: pairwise
     * recall is mostly the large incidents', so these say where it is lost.
     */
    private static void splitIncidents(List<GvaArticles.Article> articles, Map<Long, Integer> clusterOf) {
        Map<String, Map<Integer, Integer>> storiesOf = new HashMap<>();
        for (GvaArticles.Article article : articles) {
            storiesOf.computeIfAbsent(article.incidentId(), id -> new HashMap<>())
                    .merge(clusterOf.get(article.id()), 1, Integer::sum);
        }
        Map<String, Long> lost = new HashMap<>();
        long lostInAll = 0;
        long bySizeTwo = 0;
        for (Map.Entry<String, Map<Integer, Integer>> incident : storiesOf.entrySet()) {
            long reports = incident.getValue().values().stream().mapToLong(Integer::longValue).sum();
            long kept = incident.getValue().values().stream().mapToLong(count -> (long) count * (count - 1) / 2).sum();
            long missed = reports * (reports - 1) / 2 - kept;
            lost.put(incident.getKey(), missed);
            lostInAll += missed;
            bySizeTwo += reports == 2 ? missed : 0;
        }
        System.out.printf("Split pairs %d, of incidents with two reports %d; the incidents that lose most:%n", lostInAll,
                bySizeTwo);
        lost.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(25)
                .forEach(entry -> System.out.printf("  %s loses %d pairs; its reports by story %s%n", entry.getKey(),
                        entry.getValue(), storiesOf.get(entry.getKey()).values().stream().sorted(Comparator.reverseOrder()).toList()));
    }

    private static void splits(List<GvaArticles.Article> articles, StoryVectors vectors, Similarity closeness,
                               Map<Long, Integer> clusterOf, StorySettings settings, int samples) {
        int none = 0;
        int below = 0;
        int above = 0;
        List<int[]> split = new ArrayList<>();
        for (int one = 0; one < articles.size(); one++) {
            for (int two = one + 1; two < articles.size(); two++) {
                if (!articles.get(one).incidentId().equals(articles.get(two).incidentId())
                        || clusterOf.get(articles.get(one).id()).equals(clusterOf.get(articles.get(two).id()))) {
                    continue;
                }
                double similarity = similarity(vectors, closeness, one, two);
                if (similarity == 0) {
                    none++;
                } else if (similarity < settings.threshold()) {
                    below++;
                } else {
                    above++;
                }
                split.add(new int[] {one, two});
            }
        }
        System.out.printf("Split gold pairs: %d (nothing weighty shared %d, below threshold %d, above but kept apart %d)%n",
                split.size(), none, below, above);
        Random random = new Random(5);
        for (int sample = 0; sample < samples && !split.isEmpty(); sample++) {
            int[] pair = split.remove(random.nextInt(split.size()));
            System.out.printf("%n-- SPLIT incident %s, similarity %.3f%n", articles.get(pair[0]).incidentId(),
                    similarity(vectors, closeness, pair[0], pair[1]));
            describe(articles, vectors, pair[0]);
            describe(articles, vectors, pair[1]);
            System.out.println("   shared: " + shared(vectors, pair[0], pair[1]));
        }
    }

    private static void merges(List<GvaArticles.Article> articles, StoryVectors vectors, Similarity closeness,
                               List<StoryCluster> clusters, int samples) {
        Map<Long, Integer> documentOf = new HashMap<>();
        for (int document = 0; document < articles.size(); document++) {
            documentOf.put(articles.get(document).id(), document);
        }
        List<StoryCluster> mixed = new ArrayList<>();
        for (StoryCluster cluster : clusters) {
            if (cluster.sourceIds().stream().map(id -> articles.get(documentOf.get(id)).incidentId()).distinct().count() > 1) {
                mixed.add(cluster);
            }
        }
        System.out.printf("%nClusters that mix incidents: %d%n", mixed.size());
        Random random = new Random(9);
        for (int sample = 0; sample < samples && !mixed.isEmpty(); sample++) {
            StoryCluster cluster = mixed.remove(random.nextInt(mixed.size()));
            System.out.printf("%n-- MERGE %s%n", cluster.name());
            List<Integer> documents = cluster.sourceIds().stream().map(documentOf::get)
                    .sorted(Comparator.comparing(document -> articles.get(document).incidentId())).toList();
            for (int document : documents) {
                describe(articles, vectors, document);
            }
            for (int one = 0; one < documents.size(); one++) {
                for (int two = one + 1; two < documents.size(); two++) {
                    int first = documents.get(one);
                    int second = documents.get(two);
                    if (!articles.get(first).incidentId().equals(articles.get(second).incidentId())) {
                        double similarity = similarity(vectors, closeness, first, second);
                        if (similarity > StoryPairs.FLOOR) {
                            System.out.printf("   %d~%d %.3f %s%n", articles.get(first).id(), articles.get(second).id(),
                                    similarity, shared(vectors, first, second));
                        }
                    }
                }
            }
        }
    }

    private static void describe(List<GvaArticles.Article> articles, StoryVectors vectors, int document) {
        GvaArticles.Article article = articles.get(document);
        List<String> terms = new ArrayList<>();
        int[] ids = vectors.terms(document);
        int[] positions = vectors.positions(document);
        String[] ordered = new String[ids.length];
        for (int index = 0; index < ids.length; index++) {
            ordered[positions[index] < ordered.length ? positions[index] : index] = vectors.spelling(ids[index]);
        }
        for (String term : ordered) {
            if (term != null && terms.size() < 40) {
                terms.add(term);
            }
        }
        System.out.printf("   [%s] #%d %s | %s%n      %s%n", article.incidentId(), article.id(), article.published(),
                article.title(), terms);
    }

    /** The probability {@link StoryPairs} gives a pair, for any pair. */
    private record Similarity(StoryVectors vectors, HeadlineVectors headlines, StorySettings settings) {
        double of(int one, int two) {
            return settings.evidence().probability(PairEvidence.between(vectors, new DateCloseness(settings), one, two),
                    StoryPairs.headlineCosine(headlines, one, two));
        }
    }

    static double similarity(StoryVectors vectors, Similarity closeness, int one, int two) {
        return closeness.of(one, two);
    }

    private static String shared(StoryVectors vectors, int one, int two) {
        StringBuilder text = new StringBuilder();
        int[] a = vectors.terms(one);
        int[] b = vectors.terms(two);
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                text.append(String.format("%s(%.1f) ", vectors.spelling(a[i]), vectors.weight(a[i])));
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return text.toString();
    }
}
