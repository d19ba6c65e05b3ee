package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A copy of the project is kept daily when it opens, and restoring one keeps the project it replaces. */
@org.junit.jupiter.api.Tag("h2-file") // the copies kept beside a project file
class BackupsTest {

    @TempDir
    Path folder;

    @Test
    void openingKeepsADailyCopyTakenBeforeAnythingWrites() throws Exception {
        ProjectFile project = ProjectFile.of(folder.resolve("p"));
        Database.open(project).close();
        assertThat(Backups.of(project)).as("a new project has nothing to copy yet").isEmpty();
        byte[] closed = Files.readAllBytes(project.databaseFile());

        Database.open(project).close();

        Path daily = folder.resolve("p.mv.db.bak");
        assertThat(Files.readAllBytes(daily)).isEqualTo(closed);
        assertThat(Backups.of(project)).extracting(org.crosscheck.model.ProjectBackup::file).containsExactly(daily);
    }

    @Test
    void theDailyCopyIsRefreshedOnlyWhenADayOld() throws Exception {
        ProjectFile project = ProjectFile.of(folder.resolve("p"));
        Database.open(project).close();
        Database.open(project).close();
        Path daily = folder.resolve("p.mv.db.bak");
        Files.writeString(daily, "an hour old");
        Files.setLastModifiedTime(daily, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));

        Database.open(project).close();
        assertThat(Files.readString(daily)).isEqualTo("an hour old");

        Files.setLastModifiedTime(daily, FileTime.from(Instant.now().minus(25, ChronoUnit.HOURS)));
        Database.open(project).close();
        assertThat(Files.readAllBytes(daily)).startsWith("H:2".getBytes());
    }

    @Test
    void restoringPutsTheCopyInPlaceAndKeepsTheProjectItReplaces() throws Exception {
        ProjectFile project = ProjectFile.of(folder.resolve("p"));
        Files.writeString(project.databaseFile(), "the damaged project");
        Path copy = Files.writeString(folder.resolve("p.mv.db.bak"), "yesterday's project");

        Path kept = Backups.restore(project, new org.crosscheck.model.ProjectBackup(copy, Instant.now()));

        assertThat(Files.readString(project.databaseFile())).isEqualTo("yesterday's project");
        assertThat(Files.readString(kept)).isEqualTo("the damaged project");
        assertThat(kept.getFileName().toString()).startsWith("p.mv.db.replaced-");
        assertThat(copy).exists();
    }

    @Test
    void theCheckReadsAHealthyProjectWholeAndFindsAClaimOutsideItsArticle() {
        ProjectFile project = ProjectFile.of(folder.resolve("p"));
        try (Database database = Database.open(project)) {
            database.inConnection("add an article and a claim", connection -> {
                connection.createStatement().executeUpdate("INSERT INTO source (id, title, content_hash, body) "
                        + "VALUES (1, 'A', 'h', 'Ten people were hurt.')");
                connection.createStatement().executeUpdate("INSERT INTO claim (source_id, start_offset, end_offset, "
                        + "kind, status, origin) VALUES (1, 0, 3, 'QUANTITY', 'SUGGESTED', 'SUGGESTED')");
                return null;
            });
            IntegrityCheck.Findings healthy = IntegrityCheck.run(database, (done, total) -> { });
            assertThat(healthy.problems()).isEmpty();
            assertThat(healthy.rowsRead()).isGreaterThanOrEqualTo(2);

            database.inConnection("move the claim past the end", connection ->
                    connection.createStatement().executeUpdate("UPDATE claim SET end_offset = 500"));
            assertThat(IntegrityCheck.run(database, (done, total) -> { }).problems())
                    .containsExactly("1 claim points outside the text of its article, or to an article that is gone.");
        }
    }
}
