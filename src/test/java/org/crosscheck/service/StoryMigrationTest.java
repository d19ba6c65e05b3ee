package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.crosscheck.store.ProjectFile;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project made before stories existed opens with its articles in stories and its claims intact. */
@org.junit.jupiter.api.Tag("h2-file") // an H2 project file of an older schema
class StoryMigrationTest {

    @TempDir
    Path folder;

    @Test
    void aProjectOfTheSchemaBeforeStoriesIsMigratedAndClustered() throws Exception {
        ProjectFile project = ProjectFile.of(folder.resolve("old"));
        String url = "jdbc:h2:file:" + project.databaseFile().toString().replaceAll("\\.mv\\.db$", "");
        Flyway.configure().dataSource(url, "sa", "").locations(org.crosscheck.store.Migrations.H2).target("2").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             PreparedStatement source = connection.prepareStatement("INSERT INTO source (id, title, content_hash, body) "
                     + "VALUES (1, 'Two hurt in Maplewood crash', 'h1', 'Two hurt in Maplewood crash\n\nTwo people were "
                     + "injured on Delancey Avenue in Maplewood.')");
             PreparedStatement claim = connection.prepareStatement("INSERT INTO claim (source_id, start_offset, "
                     + "end_offset, kind, status, origin, low_value, high_value, counted, normalized) VALUES "
                     + "(1, 29, 39, 'QUANTITY', 'CONFIRMED', 'MANUAL', 2, 2, 'people', 'people')")) {
            source.executeUpdate();
            claim.executeUpdate();
        }

        try (Workbench workbench = Workbench.open(project, true)) {
            assertThat(workbench.library().all()).hasSize(1);
            assertThat(workbench.stories().all()).singleElement()
                    .satisfies(story -> assertThat(story.sourceIds()).containsExactly(1L));
            assertThat(workbench.claims().allClaims()).singleElement()
                    .satisfies(kept -> assertThat(kept.quantity().role()).isEmpty());
        }
    }
}
