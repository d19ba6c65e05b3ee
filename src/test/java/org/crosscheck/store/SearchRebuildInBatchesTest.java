package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Grade;
import org.crosscheck.model.Precision;
import org.crosscheck.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilding the search index of a large project runs in batches of {@value SearchSync#BATCH} articles
 * and lets go of the project between them, so that the window's own reads are not held up behind it.
 */
class SearchRebuildInBatchesTest {

    private static final int ARTICLES = 2_000;

    @TempDir
    Path folder;

    @Test
    void aReadAskedForDuringARebuildIsAnsweredBeforeTheRebuildEnds() throws Exception {
        ProjectLocation project = TestProjects.at(folder.resolve("large"));
        try (Database database = Database.open(project)) {
            addArticles(database);
        }
        assertThat(Files.isDirectory(project.searchFolder())).as("an index before the first search").isFalse();

        try (Database database = Database.open(project)) {
            CompletableFuture<Long> rebuilt = CompletableFuture.supplyAsync(() -> {
                database.search().prepare();
                return System.nanoTime();
            });
            while (!Files.isDirectory(project.searchFolder()) && !rebuilt.isDone()) {
                Thread.sleep(1);
            }
            long answered = database.inConnection("count the articles", connection -> {
                try (var query = connection.createStatement(); var rows = query.executeQuery("SELECT COUNT(*) FROM source")) {
                    rows.next();
                    assertThat(rows.getLong(1)).isEqualTo(ARTICLES);
                }
                return System.nanoTime();
            });

            long done = rebuilt.get(120, TimeUnit.SECONDS);
            assertThat(answered).as("the read was answered while the index was still being rebuilt").isLessThan(done);
            assertThat(database.search().find("article1999", 10)).hasSize(1);
            assertThat(database.search().find("zeppelin", 5_000)).hasSize(ARTICLES);
        }
    }

    @Test
    void anEditMadeBetweenTheBatchesOfARebuildIsFoundAfterIt() throws Exception {
        ProjectLocation project = TestProjects.at(folder.resolve("edited"));
        try (Database database = Database.open(project)) {
            addArticles(database);
        }
        try (Database database = Database.open(project)) {
            CompletableFuture<Void> rebuilt = CompletableFuture.runAsync(() -> database.search().prepare());
            while (!Files.isDirectory(project.searchFolder()) && !rebuilt.isDone()) {
                Thread.sleep(1);
            }
            database.inConnection("retitle an article", connection -> {
                try (var update = connection.prepareStatement("UPDATE source SET title = ? WHERE title = ?")) {
                    update.setString(1, "The dirigible over town");
                    update.setString(2, "Article 7");
                    assertThat(update.executeUpdate()).isEqualTo(1);
                }
                return null;
            });
            rebuilt.get(120, TimeUnit.SECONDS);

            assertThat(database.search().find("title:dirigible", 10)).hasSize(1);
            assertThat(database.search().find("title:\"article 7\"", 10)).isEmpty();
        }
    }

    private static void addArticles(Database database) {
        SourceRepository sources = new SourceRepository();
        database.inConnection("add the articles", connection -> {
            for (int index = 0; index < ARTICLES; index++) {
                String text = "Article " + index + "\n\nA zeppelin was seen over town " + index + " times, article"
                        + index + " says. Officials said 14 people watched it for three hours on Friday.";
                sources.insert(connection, new Source(0, "Article " + index, "Outlet " + index % 7, "", "",
                        new FuzzyDate(LocalDate.of(2017, 12, 23), Precision.DAY), "/tmp/" + index + ".txt",
                        "hash-" + index, text, Grade.parse("C3"), ""));
            }
            return null;
        });
    }
}
