package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.model.ColourSlots;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each source keeps one colour for the life of its project, kept in the project file. */
class SourceColoursTest {

    @TempDir
    Path folder;

    @Test
    void theSampleSourcesGetFiveDifferentColoursThatTheProjectKeeps() {
        ProjectLocation file = TestProjects.at(folder.resolve("sample"));
        Map<Long, Integer> first;
        try (Workbench workbench = Workbench.open(file, true)) {
            ColourSlots slots = workbench.sourceColours().slots();
            List<Long> ids = workbench.library().summaries().stream().map(SourceSummary::id).toList();
            first = ids.stream().collect(Collectors.toMap(id -> id, slots::of));
            assertThat(first.values()).hasSize(5).doesNotHaveDuplicates();
        }
        try (Workbench reading = Workbench.openForReading(file)) {
            ColourSlots again = reading.sourceColours().slots();
            first.forEach((id, slot) -> assertThat(again.of(id)).as("source " + id).isEqualTo(slot));
            assertThat(again.slots()).as("kept in the project, not worked out again").containsAllEntriesOf(first);
        }
    }
}
