package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.crosscheck.model.Source;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crash between saving imported articles and clustering them leaves them in no story; opening mends that. */
class InterruptedImportTest {

    @TempDir
    Path folder;

    @Test
    void articlesSavedButNotYetClusteredAreClusteredWhenTheProjectOpens() throws Exception {
        ProjectLocation project = TestProjects.at(folder.resolve("cut-off"));
        Path bridge = Files.writeString(folder.resolve("bridge.txt"), "Bridge closes\n\nThe Elm Street bridge closed.");
        Path market = Files.writeString(folder.resolve("market.txt"), "Market reopens\n\nThe covered market reopened.");
        try (Workbench workbench = Workbench.open(project, false)) {
            workbench.imports().importFiles(List.of(bridge, market), Progress.NONE);
        }
        // as the import leaves its articles when the process dies before it clusters them
        try (Connection connection = TestProjects.connect(project)) {
            assertThat(connection.createStatement().executeUpdate(
                    "UPDATE source SET story_id = NULL WHERE title = 'Market reopens'")).isEqualTo(1);
        }

        try (Workbench reopened = Workbench.open(project, false)) {
            List<Long> ids = reopened.library().all().stream().map(Source::id).toList();
            assertThat(reopened.stories().all()).flatExtracting(StoryService.StoryEntry::sourceIds)
                    .containsExactlyInAnyOrderElementsOf(ids);
        }
    }
}
