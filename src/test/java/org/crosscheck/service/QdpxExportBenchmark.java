package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: exports a project of 10,000 generated articles (those of {@link ProjectExportBenchmark})
 * as a REFI-QDA project and prints the time (target < 30 s), then imports the .qdpx into a new project
 * and prints that time too. Run with
 * {@code mvn test -Dtest=QdpxExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class QdpxExportBenchmark {

    private static final int ARTICLES = 10_000;

    @TempDir
    Path folder;

    @Test
    void exportTenThousandArticles() throws Exception {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        Random random = new Random(7);
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(articles.resolve("article" + i + ".txt"), ProjectExportBenchmark.article(i, random));
        }
        Path file = folder.resolve("big.qdpx");
        int claims;
        try (Workbench workbench = Workbench.open(ProjectFile.of(folder.resolve("big")), false)) {
            long start = System.nanoTime();
            workbench.imports().importFiles(List.of(articles), FuzzyDate.day(java.time.LocalDate.of(2021, 3, 14)),
                    Progress.NONE);
            claims = workbench.claims().allClaims().size();
            System.out.printf("Built the project: %,d articles, %,d claims, in %.1f s%n",
                    workbench.library().summaries().size(), claims, seconds(start));
            for (int run = 0; run < 3; run++) {
                long exportStart = System.nanoTime();
                workbench.qdpxExport().export(file, Progress.NONE);
                System.out.printf("Export to .qdpx %d: %.2f s, %.1f MB (target < 30 s)%n", run + 1,
                        seconds(exportStart), Files.size(file) / 1e6);
            }
        }
        try (Workbench imported = Workbench.open(ProjectFile.of(folder.resolve("imported")), false)) {
            long start = System.nanoTime();
            var read = QdpxImport.read(file);
            double reading = seconds(start);
            QdpxImported counts = imported.qdpxImport().importProject(read, file, Progress.NONE);
            System.out.printf("Import of the .qdpx: %.1f s, of which reading and checking %.1f s (%,d articles, "
                    + "%,d claims)%n", seconds(start), reading, counts.sources(), counts.claims());
            assertThat(counts.claims()).isEqualTo(claims);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
