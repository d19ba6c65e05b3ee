package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.service.ProjectPlace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Open Recent keeps a shared project by its URL without the password, beside project files. */
class RecentServerProjectsTest {

    @TempDir
    Path folder;

    @Test
    void aSharedProjectIsKeptWithoutItsPasswordAndAFileStaysAFile() throws Exception {
        Path file = folder.resolve("settings.properties");
        Settings settings = Settings.in(file);
        Path project = Files.writeString(folder.resolve("mine.mv.db"), "");
        settings.addRecentProject(project);
        settings.addRecentServerProject(ProjectPlace.parse("postgresql://ana:s3cret@db.uni.example/newsroom"));

        assertThat(settings.recentPlaces()).containsExactly("postgresql://ana@db.uni.example:5432/newsroom",
                project.toAbsolutePath().toString());
        assertThat(settings.recentProjects()).containsExactly(project.toAbsolutePath());
        settings.flush();
        assertThat(Files.readString(file)).doesNotContain("s3cret");
        assertThat(Settings.in(file).recentPlaces()).hasSize(2);
        assertThat(ProjectPlace.parse(settings.recentPlaces().get(0)).needsPassword())
                .as("opened from the list, the form asks for the password (none in PGPASSWORD or ~/.pgpass here)")
                .isEqualTo(System.getenv("PGPASSWORD") == null
                        && !Files.exists(Path.of(System.getProperty("user.home"), ".pgpass")));
    }
}
