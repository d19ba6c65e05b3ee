package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.model.Grade;
import org.crosscheck.model.SourceGrade;
import org.crosscheck.service.Workbench;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project whose last session was ended by SIGTERM keeps what it held and every edit made after:
 * H2 2.5 opening such a file straight without a write delay lost them all on the next open.
 * {@code killed-mid-session.mv.db} is such a file, as the window left it (the sample, Zamir
 * Kabulov graded C3).
 */
@Tag("h2-file")
class KilledSessionEditsTest {

    @TempDir
    Path folder;

    @Test
    void anEditAfterAKilledSessionIsThereWhenTheProjectIsOpenedAgain() throws Exception {
        ProjectFile project = ProjectFile.of(folder.resolve("killed"));
        try (InputStream killed = getClass().getResourceAsStream("/projects/killed-mid-session.mv.db")) {
            Files.copy(killed, project.databaseFile());
        }
        try (Workbench workbench = Workbench.open(project, false)) {
            assertThat(workbench.grades().all()).extracting(SourceGrade::grade).containsExactly(Grade.parse("C3"));
            workbench.grades().set(SourceGrade.Party.OUTLET, "RT", "B2");
            workbench.library().rename(workbench.library().all().get(0).id(), "Renamed after the kill");
        }

        try (Workbench reopened = Workbench.open(project, false)) {
            assertThat(reopened.grades().all()).extracting(SourceGrade::name).containsExactlyInAnyOrder("Zamir Kabulov", "RT");
            assertThat(reopened.library().all()).hasSize(5)
                    .anyMatch(source -> source.title().equals("Renamed after the kill"));
        }
    }
}
