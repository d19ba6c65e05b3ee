package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.GroupAtAGlance;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A comparison summarises each of its groups once, however often the window draws it. */
class GlancesTest {

    @TempDir
    Path folder;

    @Test
    void aGroupIsSummarisedOnceAndAsItsStatementsSay() {
        try (Workbench workbench = Workbench.open(ProjectFile.of(folder.resolve("sample")), true)) {
            Comparison comparison = workbench.comparison().compare();
            ComparisonGroup fighters = comparison.groups().stream()
                    .filter(group -> group.id().equals("q:islamic state|fighters|afghanistan")).findFirst().orElseThrow();

            GroupAtAGlance glance = comparison.glance(fighters);

            assertThat(comparison.glance(fighters)).isSameAs(glance);
            assertThat(glance.counts()).isEqualTo("10 statements · 5 articles · 4 independent origins · "
                    + "3 pairs contradict (C\u00a0×\u00a0D, C\u00a0×\u00a0E, D\u00a0×\u00a0E)");
        }
    }
}
