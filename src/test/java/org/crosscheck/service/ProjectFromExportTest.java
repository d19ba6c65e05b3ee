package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JSON project restored as a new project: whole under the name chosen, or nothing there at all. */
@org.junit.jupiter.api.Tag("h2-file") // a JSON export restored as a new project file
class ProjectFromExportTest {

    @TempDir
    Path folder;

    private Path json;

    @BeforeEach
    void exportTheSample() {
        json = folder.resolve("sample.json");
        try (Workbench workbench = Workbench.open(ProjectFile.of(folder.resolve("sample")), true)) {
            workbench.projectExport().export(json, Progress.NONE);
        }
    }

    @Test
    void theNewProjectHoldsTheWholeProjectAndNothingIsLeftBesideIt() throws Exception {
        ProjectFile target = ProjectFile.of(folder.resolve("restored"));

        ProjectImport.Restored restored = ProjectFromExport.restore(json, target, Progress.NONE);

        assertThat(restored.sources()).isEqualTo(5);
        try (Workbench workbench = Workbench.open(target, true)) {
            assertThat(workbench.library().summaries()).hasSize(5);
        }
        assertThat(names()).noneMatch(name -> name.contains("being-restored"));
    }

    @Test
    void anExistingProjectIsNeverRestoredOver() throws Exception {
        ProjectFile sample = ProjectFile.of(folder.resolve("sample"));
        byte[] before = Files.readAllBytes(sample.databaseFile());

        assertThatThrownBy(() -> ProjectFromExport.restore(json, sample, Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exists already");

        assertThat(Files.readAllBytes(sample.databaseFile())).isEqualTo(before);
    }

    @Test
    void aDamagedFileMakesNoProject() throws Exception {
        Path cut = folder.resolve("cut.json");
        String text = Files.readString(json);
        Files.writeString(cut, text.substring(0, text.length() / 2));
        ProjectFile target = ProjectFile.of(folder.resolve("restored"));

        assertThatThrownBy(() -> ProjectFromExport.restore(cut, target, Progress.NONE))
                .isInstanceOf(ProjectFileException.class).hasMessageContaining("cut.json");

        assertThat(names()).noneMatch(name -> name.startsWith("restored") || name.contains("being-restored"));
    }

    @Test
    void aCancelledRestoreMakesNoProject() throws Exception {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();
        ProjectFile target = ProjectFile.of(folder.resolve("restored"));

        assertThatThrownBy(() -> ProjectFromExport.restore(json, target, cancellation.watching(Progress.NONE)))
                .isInstanceOf(CancelledException.class);

        assertThat(names()).noneMatch(name -> name.startsWith("restored") || name.contains("being-restored"));
    }

    private java.util.List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
