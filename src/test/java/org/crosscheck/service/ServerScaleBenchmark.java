package org.crosscheck.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.crosscheck.store.ServerProject;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: a shared project of 100,000 articles on PostgreSQL. Builds the articles as
 * {@code bench/make-10k-project.sh} does (the BBC corpus from {@code ${crosscheck.benchdata}}, default
 * ../shared/benchdata, without the files its heldout.list names, which are never opened; copies with a
 * line added until there are enough), imports them into a fresh schema on the server that
 * {@code CROSSCHECK_TEST_POSTGRES} names, runs the comparison twice, and prints the times. The count is
 * {@code -Dcrosscheck.bench.articles=N} (default 100,000). Run after {@code eval "$(.ci/postgres-up)"} with
 * {@code mvn -o test -Dtest=ServerScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ServerScaleBenchmark {

    private static final int ARTICLES = Integer.getInteger("crosscheck.bench.articles", 100_000);

    @TempDir
    Path folder;

    @Test
    void importAndCompareOnTheServer() throws Exception {
        long started = System.nanoTime();
        Path texts = texts(Files.createDirectories(folder.resolve("texts")));
        System.out.printf("Made %,d article files in %.1f s%n", ARTICLES, seconds(started));
        ServerProject project = TestProjects.freshOnServer();
        long importing = System.nanoTime();
        int imported;
        try (Workbench workbench = Workbench.open(project, false)) {
            imported = workbench.imports().importFiles(List.of(texts), Progress.NONE).imported().size();
        }
        System.out.printf("Imported %,d articles into %s in %.1f s%n", imported, project.describe(), seconds(importing));
        for (int run = 1; run <= 2; run++) {
            long comparing = System.nanoTime();
            try (Workbench workbench = Workbench.open(project, false)) {
                var comparison = workbench.comparison().compare();
                System.out.printf("compare, run %d (opening included): %,d groups in %.1f s%n", run,
                        comparison.groups().size(), seconds(comparing));
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** The BBC texts, none of them held out, copied until there are enough; each copy with a line of its own. */
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
                Path out = Files.write(into.resolve(String.format("%06d.txt", n++)), text);
                if (copy > 0) {
                    Files.writeString(out, "\nCopy " + copy + " of " + file + ".\n", java.nio.file.StandardOpenOption.APPEND);
                }
            }
        }
        return into;
    }
}
