package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a project says what it is doing while that takes long: an older project's schema migrations
 * step by step (half a minute at 10,000 articles), and a new project's sample import. The splash shows it.
 */
@org.junit.jupiter.api.Tag("h2-file") // a project file made by an older version
class OpeningProgressTest {

    @TempDir
    Path folder;

    private record Told(long done, long total, String message) {
    }

    @Test
    void anOlderProjectTellsEachMigrationStepAsItBegins() throws Exception {
        try (InputStream old = getClass().getResourceAsStream("/projects/v5-hand-edited.mv.db")) {
            Files.copy(old, folder.resolve("old" + ProjectFile.SUFFIX));
        }
        List<Told> told = new ArrayList<>();

        Workbench.open(ProjectFile.of(folder.resolve("old")), false,
                (done, total, message) -> told.add(new Told(done, total, message))).close();

        List<Told> steps = told.stream().filter(t -> t.message().startsWith("Bringing the project up to this version"))
                .toList();
        assertThat(steps).as("schema 5 to today is many migrations").hasSizeGreaterThan(5);
        long total = steps.get(0).total();
        assertThat(steps).allMatch(step -> step.total() == total);
        assertThat(steps).extracting(Told::done).containsExactlyElementsOf(
                java.util.stream.LongStream.range(0, total).boxed().toList());
        assertThat(steps.get(0).message()).isEqualTo("Bringing the project up to this version: step 1 of " + total
                + " (citation chains)…");
        assertThat(steps.get(steps.size() - 1).message()).startsWith("Bringing the project up to this version: step "
                + total + " of " + total + " (");
    }

    @Test
    void aProjectAlreadyCurrentOpensWithoutMigrationSteps() throws Exception {
        ProjectFile project = ProjectFile.of(folder.resolve("current"));
        Workbench.open(project, false).close();
        List<String> told = new ArrayList<>();

        Workbench.open(project, false, (done, total, message) -> told.add(message)).close();

        assertThat(told).noneMatch(message -> message.startsWith("Bringing the project up"));
    }

    @Test
    void aNewProjectTellsHowFarTheSampleImportIs() {
        List<Told> told = new ArrayList<>();

        Workbench.open(ProjectFile.of(folder.resolve("new")), true,
                (done, total, message) -> told.add(new Told(done, total, message))).close();

        assertThat(told).isNotEmpty();
        assertThat(told).anyMatch(t -> t.total() == 5); // the sample's five articles
    }
}
