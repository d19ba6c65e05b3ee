package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Precision;
import org.crosscheck.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project file that is mostly space H2 no longer uses is rewritten whole when it closes, losing nothing. */
@org.junit.jupiter.api.Tag("h2-file") // H2 compacts its file on closing
class CompactOnCloseTest {

    private final SourceRepository sources = new SourceRepository();

    @TempDir
    Path folder;

    @Test
    void aFileMostlyOfGarbageShrinksOnClosingAndKeepsItsData() throws Exception {
        ProjectFile project = ProjectFile.of(folder.resolve("research"));
        String page = "Ten people were injured in the attack, officials said. ".repeat(5_000); // about 270 kB
        long beforeClosing;
        try (Database database = Database.open(project)) {
            for (int round = 0; round < 30; round++) {
                int n = round;
                // an article kept between three that are deleted, each its own commit: live data is
                // spread all over a file mostly of chunks nobody uses, as after a large import
                database.inConnection("keep", connection -> sources.insert(connection, article("kept-" + n, n + page)));
                for (int gone = 0; gone < 3; gone++) {
                    String hash = "gone-" + n + "-" + gone;
                    long id = database.inConnection("add", connection -> sources.insert(connection,
                            article(hash, hash + page)).id());
                    database.inConnection("remove", connection -> {
                        sources.delete(connection, id);
                        return null;
                    });
                }
            }
            beforeClosing = Files.size(project.databaseFile());
        }
        long afterClosing = Files.size(project.databaseFile());

        assertThat(beforeClosing).as("file before closing").isGreaterThan(16L << 20);
        // H2's own compaction on closing leaves some 8 MB here; the full one keeps the live data only
        assertThat(afterClosing).as("file after closing").isLessThan(2L << 20);
        try (Database reopened = Database.open(project)) {
            assertThat(reopened.<Integer>inTransaction("count", transaction -> sources.count(transaction))).isEqualTo(30);
            assertThat(reopened.inConnection("read", connection -> sources.all(connection)).get(29).text())
                    .isEqualTo(29 + page);
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".tempFile"));
        }
    }

    @Test
    void aSmallProjectClosesAsItIs() throws Exception {
        ProjectFile project = ProjectFile.of(folder.resolve("small"));
        try (Database database = Database.open(project)) {
            database.inConnection("add", connection -> sources.insert(connection, article("a", "A short one.")));
        }
        try (Database reopened = Database.open(project)) {
            assertThat(reopened.<Integer>inTransaction("count", transaction -> sources.count(transaction))).isEqualTo(1);
        }
    }

    private static Source article(String hash, String text) {
        return new Source(0, "Title " + hash, "Outlet", "", "", new FuzzyDate(LocalDate.of(2017, 1, 1), Precision.DAY),
                "/tmp/" + hash + ".txt", hash, text, null, "");
    }
}
