package org.crosscheck.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: exports a project of 10,000 generated articles (the articles of
 * {@link ProjectExportBenchmark}, every other one with a headline that contradicts its text, and every
 * suggestion confirmed, so that ClaimReview has statements to review) as the claims table, the verdicts table and ClaimReview, three times each, and prints the
 * times (target < 30 s each). Run with
 * {@code mvn test -Dtest=ExportsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ExportsBenchmark {

    private static final int ARTICLES = 10_000;
    private static final int RUNS = 3;

    @TempDir
    Path folder;

    @Test
    void exportTenThousandArticlesToEveryFormat() throws Exception {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        Random random = new Random(7);
        for (int i = 0; i < ARTICLES; i++) {
            String article = ProjectExportBenchmark.article(i, random);
            Files.writeString(articles.resolve("article" + i + ".txt"), i % 2 == 0 ? article : againstItself(article));
        }
        try (Workbench workbench = Workbench.open(ProjectFile.of(folder.resolve("big")), false)) {
            long start = System.nanoTime();
            workbench.imports().importFiles(List.of(articles), FuzzyDate.day(LocalDate.of(2021, 3, 14)),
                    Progress.NONE);
            System.out.printf("Built the project: %,d articles in %.1f s%n", workbench.library().summaries().size(),
                    seconds(start));
            start = System.nanoTime();
            long confirmed = 0;
            for (SourceSummary source : workbench.library().summaries()) {
                confirmed += workbench.claims().acceptAll(source.id());
            }
            System.out.printf("Confirmed %,d claims in %.1f s%n", confirmed, seconds(start));
            Exports exports = workbench.exports();
            for (int run = 1; run <= RUNS; run++) {
                time("Claims CSV", run, () -> exports.claimsCsv(folder.resolve("claims.csv"), Progress.NONE), "claims");
                time("Verdicts CSV", run, () -> exports.verdictsCsv(folder.resolve("verdicts.csv"), Progress.NONE),
                        "pairs");
                time("ClaimReview", run, () -> exports.claimReview(folder.resolve("reviews.jsonld"), "Benchmark",
                        Progress.NONE), "reviews");
            }
        }
    }

    /**
     * The article with ten more dead in its headline than in its text, so that its toll group has a
     * contradiction and ClaimReview something to review: the generated articles agree with themselves.
     */
    private static String againstItself(String article) {
        int end = article.indexOf(' ');
        return (Integer.parseInt(article.substring(0, end)) + 10) + article.substring(end);
    }

    private static void time(String what, int run, java.util.function.Supplier<Exports.Exported> export, String unit)
            throws java.io.IOException {
        long start = System.nanoTime();
        Exports.Exported written = export.get();
        System.out.printf("%s %d: %.2f s, %,d %s, %.1f MB (target < 30 s)%n", what, run, seconds(start),
                written.count(), unit, Files.size(written.file()) / 1e6);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
