package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchTest {

    @TempDir
    Path folder;

    @Test
    void aNewProjectStartsWithTheFiveSampleArticlesAndTheirMetadata() {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("sample")), true)) {
            assertThat(workbench.library().summaries())
                    .extracting(SourceSummary::outlet)
                    .hasSize(5)
                    .contains("Breitbart News", "RT");
            assertThat(workbench.library().summaries())
                    .extracting(summary -> summary.published().display())
                    .containsExactly("2015-10-08", "2015-12-23", "2017-06-19", "2017-12-23", "2018-05");
        }
    }

    @Test
    void reopeningAProjectDoesNotAddTheSampleAgain() {
        ProjectLocation project = TestProjects.at(folder.resolve("again"));
        try (Workbench first = Workbench.open(project, true)) {
            assertThat(first.library().summaries()).hasSize(5);
        }
        try (Workbench second = Workbench.open(project, true)) {
            assertThat(second.library().summaries()).hasSize(5);
        }
    }
}
