package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project check reads everything, and notices an article whose text changed behind Crosscheck's back. */
class ProjectCheckTest {

    @TempDir
    Path folder;

    @Test
    void aHealthySampleReadsWholeAndAnAlteredTextIsFound() throws Exception {
        ProjectLocation project = TestProjects.at(folder.resolve("p"));
        try (Workbench workbench = Workbench.open(project, true)) {
            ProjectCheck.Result healthy = workbench.check().run(Progress.NONE);
            assertThat(healthy.isHealthy()).isTrue();
            assertThat(healthy.articles()).isEqualTo(5);
            assertThat(healthy.rowsRead()).isGreaterThan(5 + 19);
        }
        try (Connection connection = TestProjects.connect(project)) {
            connection.createStatement().executeUpdate("UPDATE source SET body = body || ' (altered)' WHERE id = "
                    + "(SELECT MIN(id) FROM source)");
        }
        try (Workbench workbench = Workbench.open(project, false)) {
            ProjectCheck.Result damaged = workbench.check().run(Progress.NONE);
            assertThat(damaged.problems()).containsExactly("1 article's text no longer matches the fingerprint "
                    + "taken when it was imported: the text was damaged.");
            if (project instanceof org.crosscheck.store.ProjectFile) {
                assertThat(damaged.backups()).isNotEmpty(); // a shared project's backups are the server's
            } else {
                assertThat(damaged.backups()).isEmpty();
            }
        }
    }
}
