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
 * Not a test: exports a project of 10,000 generated articles as a JSON project and prints the time
 * (target < 30 s), then restores it into a new project and prints that time too. Run with
 * {@code mvn test -Dtest=ProjectExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ProjectExportBenchmark {

    private static final int ARTICLES = 10_000;
    private static final String[] PLACES = {"Springfield", "Riverton", "Lakewood", "Fairview", "Georgetown", "Salem",
        "Madison", "Clinton", "Franklin", "Greenville", "Bristol", "Dover", "Oxford", "Milton", "Ashland"};
    private static final String[] EVENTS = {"fire", "shooting", "flood", "storm", "crash", "explosion", "protest"};
    private static final String[] NAMES = {"Dana Whitlock", "Lee Marsh", "Ruth Okafor", "Sam Petrov", "Ana Ruiz",
        "Tom Becker", "Ines Duarte", "Omar Haddad"};

    @TempDir
    Path folder;

    @Test
    void exportTenThousandArticles() throws Exception {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        Random random = new Random(7);
        long bytes = 0;
        for (int i = 0; i < ARTICLES; i++) {
            String text = article(i, random);
            bytes += text.length();
            Files.writeString(articles.resolve("article" + i + ".txt"), text);
        }
        Path file = folder.resolve("big.json");
        try (Workbench workbench = Workbench.open(ProjectFile.of(folder.resolve("big")), false)) {
            long start = System.nanoTime();
            workbench.imports().importFiles(List.of(articles), FuzzyDate.day(java.time.LocalDate.of(2021, 3, 14)),
                    Progress.NONE);
            System.out.printf("Built the project: %,d articles (%.1f MB of text), %,d claims, in %.1f s%n",
                    workbench.library().summaries().size(), bytes / 1e6, workbench.claims().allClaims().size(),
                    seconds(start));
            for (int run = 0; run < 3; run++) {
                long exportStart = System.nanoTime();
                workbench.projectExport().export(file, Progress.NONE);
                System.out.printf("Export %d: %.2f s, %.1f MB (target < 30 s)%n", run + 1, seconds(exportStart),
                        Files.size(file) / 1e6);
            }
        }
        try (Workbench restored = Workbench.open(ProjectFile.of(folder.resolve("restored")), false)) {
            long start = System.nanoTime();
            ProjectImport.Restored counts = restored.projectImport().restore(file, Progress.NONE);
            System.out.printf("Restore: %.1f s (%,d articles, %,d claims)%n", seconds(start), counts.sources(),
                    counts.claims());
            assertThat(restored.library().summaries()).hasSize(ARTICLES);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** A local news report of about 1.5 KB with figures, a speaker, a place and a day; ExportsBenchmark's and QdpxExportBenchmark's too. */
    static String article(int number, Random random) {
        String place = PLACES[random.nextInt(PLACES.length)];
        String event = EVENTS[random.nextInt(EVENTS.length)];
        String speaker = NAMES[random.nextInt(NAMES.length)];
        int injured = 2 + random.nextInt(40);
        int killed = 1 + random.nextInt(9);
        StringBuilder text = new StringBuilder();
        text.append(killed).append(" killed, ").append(injured).append(" hurt in ").append(place).append(' ')
                .append(event).append(" (report ").append(number).append(")\n\n");
        text.append(killed).append(" people were killed and ").append(injured).append(" were injured in a ")
                .append(event).append(" in ").append(place).append(" on Saturday, police said.\n\n");
        text.append("Officer ").append(speaker).append(" said about ").append(10 + random.nextInt(300))
                .append(" residents were evacuated from nearby homes and ").append(1 + random.nextInt(5))
                .append(" people were arrested later that night.\n\n");
        for (int paragraph = 0; paragraph < 6; paragraph++) {
            text.append("Witnesses in ").append(place).append(" described the scene as chaotic. Emergency crews ")
                    .append("worked through the night, and the city council will meet on Monday to discuss what ")
                    .append("happened and how to help the families affected. Item ").append(number * 7 + paragraph)
                    .append(".\n\n");
        }
        return text.toString();
    }
}
