package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.crosscheck.store.StoreException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import that fills the disk fails in plain words and leaves the project as it was: it
 * can be read at once, and once there is room again it opens with the articles it had. Needs a small file system, named by
 * {@code CROSSCHECK_SMALL_DISK} (.ci/run mounts one); skipped, saying so, without. Of a project file
 * only: a project on a server does not live on that disk.
 */
@org.junit.jupiter.api.Tag("h2-file")
class DiskFullTest {

    @TempDir
    Path articles;

    @Test
    void anImportThatFillsTheDiskFailsInPlainWordsAndLosesNothing() throws Exception {
        String disk = System.getenv("CROSSCHECK_SMALL_DISK");
        Assumptions.assumeTrue(disk != null && Files.isDirectory(Path.of(disk)),
                "no small disk to fill: set CROSSCHECK_SMALL_DISK to a folder on a file system of a few MB");
        Path folder = Files.createTempDirectory(Path.of(disk), "full");
        ProjectLocation project = TestProjects.at(folder.resolve("p"));
        Path ballast = Files.write(folder.resolve("ballast"), new byte[3_000_000]); // what the researcher deletes to make room
        Random random = new Random(7);
        for (int i = 0; i < 250; i++) {
            StringBuilder text = new StringBuilder("Report " + i + "\n\n");
            while (text.length() < 60_000) {
                text.append(random.nextInt(1000)).append(" people were hurt in Dallas on Sunday, police said. ");
            }
            Files.writeString(articles.resolve("a" + i + ".txt"), text);
        }
        try {
            try (Workbench workbench = Workbench.open(project, true)) {
                assertThatThrownBy(() -> workbench.imports().importFiles(List.of(articles), Progress.NONE))
                        .isInstanceOf(StoreException.class)
                        .hasMessageContaining("Check that the disk is not full")
                        .hasMessageNotContaining("Exception").hasMessageNotContaining("SQL");
            }
            try (Workbench readOnly = Workbench.openForReading(project)) {
                assertThat(readOnly.library().summaries()).as("read on the full disk").hasSize(5);
            }
            Files.delete(ballast);
            try (Workbench reopened = Workbench.open(project, false)) {
                assertThat(reopened.library().summaries()).hasSize(5);
                assertThat(reopened.check().run(Progress.NONE).problems()).isEmpty();
            }
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
