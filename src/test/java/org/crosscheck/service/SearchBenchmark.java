package org.crosscheck.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: the full-text search on a 10,000-article project. Builds the articles as
 * {@code bench/make-10k-project.sh} does (the BBC corpus from {@code ${crosscheck.benchdata}},
 * default ../shared/benchdata, without the files its heldout.list names, which are never opened;
 * copies with a line added until there are 10,000), imports them into a project without an index
 * and into one whose index is open (so the import updates it), prints both times, the time to
 * rebuild the index from nothing, and the time of each query (target ≤ 50 ms; indexing ≤ 20 % of
 * the import). Run with {@code mvn test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SearchBenchmark {

    private static final int ARTICLES = 10_000;
    private static final int ROUNDS = 30;
    private static final List<String> QUERIES = List.of("minister", "\"prime minister\"", "econom*",
            "election AND labour NOT tory", "film OR music", "speaker:blair", "title:market*", "growth AND subject:uk");

    @TempDir
    Path folder;

    @Test
    void queriesAndImportsOnTenThousandArticles() throws Exception {
        Path texts = texts(Files.createDirectories(folder.resolve("texts")));
        // the two imports turn about, twice, so that a change of load hurts both alike
        for (int round = 1; round <= 2; round++) {
            double without = importInto(folder.resolve("plain" + round), texts, false);
            double with = importInto(folder.resolve("indexed" + round), texts, true);
            System.out.printf("Import round %d: %.1f s without the index open, %.1f s with it (%+.0f %%)%n", round,
                    without, with, 100 * (with - without) / without);
        }
        ProjectFile project = ProjectFile.of(folder.resolve("plain1"));
        try (Workbench workbench = Workbench.open(project, false)) {
            long start = System.nanoTime();
            workbench.search().prepare();
            System.out.printf("Index built from nothing on opening: %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
        try (Workbench workbench = Workbench.open(project, false)) {
            SearchService search = workbench.search();
            for (int limit : new int[] {20, SearchService.WINDOW_LIMIT}) {
                for (String query : QUERIES) {
                    for (int warm = 0; warm < 5; warm++) {
                        search.find(query, limit);
                    }
                    double[] times = new double[ROUNDS];
                    int hits = 0;
                    for (int i = 0; i < ROUNDS; i++) {
                        long start = System.nanoTime();
                        hits = search.find(query, limit).size();
                        times[i] = (System.nanoTime() - start) / 1e6;
                    }
                    Arrays.sort(times);
                    System.out.printf("Query %-32s limit %3d: %3d hits, median %.1f ms, max %.1f ms (target ≤ 50 ms)%n",
                            query, limit, hits, times[ROUNDS / 2], times[ROUNDS - 1]);
                }
            }
        }
    }

    private static double importInto(Path name, Path texts, boolean indexOpen) {
        long start = System.nanoTime();
        try (Workbench workbench = Workbench.open(ProjectFile.of(name), false)) {
            if (indexOpen) {
                workbench.search().prepare();
            }
            workbench.imports().importFiles(List.of(texts), Progress.NONE);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** 10,000 texts from the BBC corpus, none of them held out; the copies each with a line of their own. */
    private static Path texts(Path into) throws Exception {
        Path bbc = Path.of(System.getProperty("crosscheck.benchdata", "../shared/benchdata"), "bbc-news-2004-2005");
        Set<String> heldOut = new HashSet<>();
        for (String line : Files.readAllLines(bbc.resolve("heldout.list"))) {
            heldOut.add(line.trim() + ".txt");
        }
        List<String> files = new ArrayList<>();
        for (String topic : List.of("business", "entertainment", "politics", "sport", "tech")) {
            try (Stream<Path> listed = Files.list(bbc.resolve(topic))) {
                listed.map(file -> topic + "/" + file.getFileName()).filter(file -> file.endsWith(".txt"))
                        .filter(file -> !heldOut.contains(file)).sorted().forEach(files::add);
            }
        }
        int n = 0;
        for (int copy = 0; n < ARTICLES; copy++) {
            for (String file : files) {
                if (n >= ARTICLES) {
                    break;
                }
                byte[] text = Files.readAllBytes(bbc.resolve(file));
                Path out = Files.write(into.resolve(String.format("%05d.txt", n++)), text);
                if (copy > 0) {
                    Files.writeString(out, "\nCopy " + copy + " of " + file + ".\n", java.nio.file.StandardOpenOption.APPEND);
                }
            }
        }
        return into;
    }
}
