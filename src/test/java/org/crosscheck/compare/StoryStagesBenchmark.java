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
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.crosscheck.extract.StoryFeatures;
import org.crosscheck.model.StoryFingerprint;
import org.junit.jupiter.api.Test;

/**
 * What each stage of the story clustering costs on a folder of plain texts, such as the 10,000 BBC
 * copies of {@code bench/make-10k-project.sh} (kept with {@code TEXTS=DIR}): the time and the heap
 * held after the fingerprints, the term vectors, the candidate pairs (with how many are at or above
 * the threshold, how many lie inside a strong component and the largest component) and the
 * linkage. The fingerprints share one string per spelling, as {@code StoryService} reads them.
 * {@code mvn -o test -Dtest=StoryStagesBenchmark -Dcrosscheck.storyTexts=DIR -Dsurefire.failIfNoSpecifiedTests=false};
 * without the property it prints how to run it and passes.
 */
class StoryStagesBenchmark {

    @Test
    void timeAndWeighEachStage() {
        String folder = System.getProperty("crosscheck.storyTexts");
        if (folder == null) {
            System.out.println("StoryStagesBenchmark: give a folder of texts with -Dcrosscheck.storyTexts=DIR");
            return;
        }
        List<StoryInput> inputs = sharingSpellings(read(Path.of(folder)));
        long held = heldMegabytes();
        System.out.printf("StoryStagesBenchmark: %,d texts, fingerprints held %,d MB%n", inputs.size(), held);
        List<StoryInput> byId = new ArrayList<>(inputs);
        byId.sort(Comparator.comparingLong(StoryInput::sourceId));
        StorySettings settings = StorySettings.DEFAULT;

        long start = System.nanoTime();
        StoryVectors vectors = new StoryVectors(byId, settings);
        HeadlineVectors headlines = new HeadlineVectors(byId, settings);
        long vectorsDone = System.nanoTime();
        System.out.printf("  vectors %.0f ms, +%,d MB%n", (vectorsDone - start) / 1e6, heldMegabytes() - held);

        long pairsStart = System.nanoTime();
        StoryPairs pairs = StoryPairs.of(vectors, headlines, settings);
        long pairsDone = System.nanoTime();
        int[] component = AverageLinkage.strongComponents(byId.size(), pairs, settings.threshold());
        int strong = 0;
        int inside = 0;
        for (int pair = 0; pair < pairs.size(); pair++) {
            strong += pairs.similarity(pair) >= settings.threshold() ? 1 : 0;
            inside += component[pairs.first(pair)] == component[pairs.second(pair)] ? 1 : 0;
        }
        int[] members = new int[byId.size()];
        int largest = 0;
        for (int root : component) {
            largest = Math.max(largest, ++members[root]);
        }
        System.out.printf("  pairs %.0f ms: %,d pairs, %,d at or above the threshold, %,d inside a strong component "
                        + "(the largest of %,d articles); +%,d MB%n", (pairsDone - pairsStart) / 1e6, pairs.size(), strong,
                inside, largest, heldMegabytes() - held);

        long linkageStart = System.nanoTime();
        int[] clusterOf = AverageLinkage.cluster(byId.size(), pairs, settings.threshold(), vectors.eventDays());
        long linkageDone = System.nanoTime();
        StoryHeadlineJoins.join(vectors, clusterOf);
        long joinsDone = System.nanoTime();
        System.out.printf("  linkage %.0f ms, headline joins %.0f ms%n", (linkageDone - linkageStart) / 1e6,
                (joinsDone - linkageDone) / 1e6);
    }

    /** Each file as one article: its first line the headline, its date unknown (as a BBC text's is). */
    private static List<StoryInput> read(Path folder) {
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return IntStream.range(0, files.size()).parallel().mapToObj(index -> {
            try {
                String text = Files.readString(files.get(index), StandardCharsets.ISO_8859_1).stripLeading();
                String title = text.lines().findFirst().orElse("");
                return new StoryInput(index + 1, StoryFeatures.of(title, text.substring(title.length()), null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static List<StoryInput> sharingSpellings(List<StoryInput> inputs) {
        Map<String, String> spellings = new HashMap<>();
        List<StoryInput> shared = new ArrayList<>(inputs.size());
        for (StoryInput input : inputs) {
            StoryFingerprint fingerprint = input.fingerprint();
            shared.add(new StoryInput(input.sourceId(), new StoryFingerprint(fingerprint.date(), fingerprint.eventDay(),
                    fingerprint.headline().stream().map(word -> spellings.computeIfAbsent(word, same -> same)).toList(),
                    fingerprint.terms().stream().map(term -> spellings.computeIfAbsent(term, same -> same)).toList())));
        }
        return shared;
    }

    private static long heldMegabytes() {
        System.gc();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }
}
