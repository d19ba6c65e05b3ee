package org.crosscheck.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.crosscheck.extract.StoryFeatures;
import org.crosscheck.model.StoryFingerprint;
import org.junit.jupiter.api.Test;

/**
 * Not a test: how story clustering grows with the library, without an import. Makes N articles in
 * memory as {@code bench/make-10k-project.sh} and {@code ServerScaleBenchmark} make their files (the
 * BBC corpus without its held-out files, copied with a line added to each copy), or with
 * {@code -Dcrosscheck.storySource=gva} as {@code StoryClusteringBenchmark} makes its 10,000 (the
 * development reports of the gun-violence corpus, copied the same way), fingerprints them with one
 * string per spelling as {@code StoryService} reads them, and times each stage of
 * {@link StoryClusterer} with the heap it holds afterwards (after a collection) and the pairs it
 * finds. {@code -Dcrosscheck.storyArticles=N} (default 10,000), {@code -Dcrosscheck.storyWarmUp=true} clusters
 * once before timing; run with
 * {@code mvn -o test -Dtest=StoryScaleBenchmark -Dcrosscheck.storyArticles=100000 -Dsurefire.failIfNoSpecifiedTests=false},
 * or, to give it a heap limit or a GC log, from the test classpath with {@code java … StoryScaleBenchmark}.
 */
class StoryScaleBenchmark {

    @Test
    void clusterManyCopies() {
        run();
    }

    public static void main(String[] arguments) {
        run();
    }

    private static void run() {
        int articles = Integer.getInteger("crosscheck.storyArticles", 10_000);
        String source = System.getProperty("crosscheck.storySource", "bbc");
        Optional<List<Original>> originals = source.equals("gva") ? developmentReports() : bbcTexts();
        if (originals.isEmpty()) {
            System.out.println("StoryScaleBenchmark: no " + source + " corpus under " + GvaArticles.benchdata().toAbsolutePath());
            return;
        }
        long start = System.nanoTime();
        List<StoryInput> inputs = copies(originals.get(), articles);
        System.out.printf("StoryScaleBenchmark: %,d %s articles (%,d originals) fingerprinted in %.1f s; held %,d MB%n",
                inputs.size(), source, originals.get().size(), seconds(start), heldMegabytes());
        if (Boolean.getBoolean("crosscheck.storyWarmUp")) {
            StoryClusterer.cluster(inputs); // as StoryClusteringBenchmark does, so the times are of compiled code
        }
        long held = heldMegabytes();
        resetPeaks();
        StorySettings settings = StorySettings.DEFAULT;

        double total = 0;
        long cpuStart = cpuNanos();
        long stage = System.nanoTime();
        StoryVectors vectors = new StoryVectors(inputs, settings);
        HeadlineVectors headlines = new HeadlineVectors(inputs, settings);
        total += seconds(stage);
        System.out.printf("  vectors %.2f s, +%,d MB%n", seconds(stage), heldMegabytes() - held);

        stage = System.nanoTime();
        long pairsCpu = cpuNanos();
        StoryPairs pairs = StoryPairs.of(vectors, headlines, settings);
        double pairSeconds = seconds(stage);
        double pairCpuSeconds = (cpuNanos() - pairsCpu) / 1e9;
        total += pairSeconds;
        int strong = 0;
        int[] degree = new int[inputs.size()];
        for (int pair = 0; pair < pairs.size(); pair++) {
            strong += pairs.similarity(pair) >= settings.threshold() ? 1 : 0;
            degree[pairs.first(pair)]++;
            degree[pairs.second(pair)]++;
        }
        java.util.Arrays.sort(degree);
        System.out.printf("  pairs %.2f s (CPU %.2f s): %,d pairs (%.1f per article; per article median %,d, 99th percentile %,d, "
                        + "most %,d), %,d at or above the threshold; +%,d MB%n", pairSeconds, pairCpuSeconds, pairs.size(),
                (double) pairs.size() / inputs.size(), degree[degree.length / 2], degree[degree.length * 99 / 100],
                degree[degree.length - 1], strong, heldMegabytes() - held);

        stage = System.nanoTime();
        int[] clusterOf = AverageLinkage.cluster(inputs.size(), pairs, settings.threshold(), vectors.eventDays());
        total += seconds(stage);
        System.out.printf("  linkage %.2f s%n", seconds(stage));
        stage = System.nanoTime();
        StoryHeadlineJoins.join(vectors, clusterOf);
        StoryStragglers.join(pairs, headlines, clusterOf);
        total += seconds(stage);
        double cpu = (cpuNanos() - cpuStart) / 1e9; // the stages and the collections between them: the clustering is one thread
        System.out.printf("  headline joins and stragglers %.2f s%n", seconds(stage));
        Map<Integer, List<Long>> stories = new LinkedHashMap<>();
        for (int document = 0; document < clusterOf.length; document++) {
            stories.computeIfAbsent(clusterOf[document], cluster -> new ArrayList<>()).add(inputs.get(document).sourceId());
        }
        System.out.printf("  clustered %,d articles in %.2f s (this thread's CPU %.2f s, the collections between stages included) into %,d stories (largest %,d); stories digest %08x; "
                        + "heap at most %,d MB during it (summed peaks of the heap's pools, garbage included)%n",
                inputs.size(), total, cpu, stories.size(), stories.values().stream().mapToInt(List::size).max().orElse(0),
                digest(stories.values()), peakMegabytes());
    }

    /** An article to copy: its title, text without the title, and publication day (null when unknown). */
    private record Original(String name, String title, String body, java.time.LocalDate published) {
    }

    /** The originals, copied until there are {@code count}; each copy after the first with a line of its own. */
    private static List<StoryInput> copies(List<Original> originals, int count) {
        Map<String, String> spellings = new ConcurrentHashMap<>();
        return IntStream.range(0, count).parallel().mapToObj(index -> {
            Original original = originals.get(index % originals.size());
            int copy = index / originals.size();
            String body = copy == 0 ? original.body() : original.body() + "\nCopy " + copy + " of " + original.name() + ".\n";
            StoryFingerprint fingerprint = StoryFeatures.of(original.title(), body, original.published());
            return new StoryInput(index + 1, new StoryFingerprint(fingerprint.date(), fingerprint.eventDay(),
                    shared(fingerprint.headline(), spellings), shared(fingerprint.terms(), spellings)));
        }).toList();
    }

    private static List<String> shared(List<String> words, Map<String, String> spellings) {
        return words.stream().map(word -> spellings.computeIfAbsent(word, same -> same)).toList();
    }

    /** The BBC texts of {@code bench/make-10k-project.sh}: never a file its heldout.list names. */
    private static Optional<List<Original>> bbcTexts() {
        Path bbc = GvaArticles.benchdata().resolve("bbc-news-2004-2005");
        if (!Files.isRegularFile(bbc.resolve("heldout.list"))) {
            return Optional.empty();
        }
        try {
            Set<String> heldOut = new HashSet<>();
            for (String line : Files.readAllLines(bbc.resolve("heldout.list"))) {
                heldOut.add(line.trim() + ".txt");
            }
            List<Original> originals = new ArrayList<>();
            for (String topic : List.of("business", "entertainment", "politics", "sport", "tech")) {
                List<String> files;
                try (Stream<Path> listed = Files.list(bbc.resolve(topic))) {
                    files = listed.map(file -> topic + "/" + file.getFileName()).filter(file -> file.endsWith(".txt"))
                            .filter(file -> !heldOut.contains(file)).sorted().toList();
                }
                for (String file : files) {
                    String text = Files.readString(bbc.resolve(file), StandardCharsets.ISO_8859_1).stripLeading();
                    String title = text.lines().findFirst().orElse("");
                    originals.add(new Original(file, title, text.substring(title.length()), null));
                }
            }
            return Optional.of(Collections.unmodifiableList(originals));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<List<Original>> developmentReports() {
        return GvaArticles.readDevelopment(GvaArticles.benchdata()).map(articles -> articles.stream()
                .map(article -> new Original("article " + article.id(), article.title(), article.text(), article.published()))
                .toList());
    }

    private static long digest(Iterable<List<Long>> stories) {
        List<List<Long>> sorted = new ArrayList<>();
        stories.forEach(sorted::add);
        sorted.sort((a, b) -> a.size() != b.size() ? Integer.compare(b.size(), a.size()) : Long.compare(a.get(0), b.get(0)));
        CRC32 crc = new CRC32();
        for (List<Long> story : sorted) {
            crc.update(story.toString().getBytes(StandardCharsets.UTF_8));
            crc.update('\n');
        }
        return crc.getValue();
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static long heldMegabytes() {
        System.gc();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }
}
