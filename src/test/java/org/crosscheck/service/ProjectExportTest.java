package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.ProjectRows;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporting a project as JSON and restoring it: cancelling, undoing, and groups named by their story. */
class ProjectExportTest {

    @TempDir
    Path folder;

    @Test
    void aCancelledExportWritesNothingAndKeepsTheFileThatWasThere() throws Exception {
        Path file = Files.writeString(folder.resolve("backup.json"), "the backup of yesterday");
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), true)) {
            Cancellation cancellation = new Cancellation();
            AtomicInteger reports = new AtomicInteger();

            // the third report comes while the articles are written
            assertThatThrownBy(() -> workbench.projectExport().export(file, cancellation.watching((done, total, what) -> {
                if (reports.incrementAndGet() == 2) {
                    cancellation.cancel();
                }
            }))).isInstanceOf(CancelledException.class);

            assertThat(Files.readString(file)).isEqualTo("the backup of yesterday");
            try (var files = Files.list(folder)) {
                assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
            }
            Path fresh = folder.resolve("fresh.json");
            Cancellation atOnce = new Cancellation();
            atOnce.cancel();
            assertThatThrownBy(() -> workbench.projectExport().export(fresh, atOnce.watching(Progress.NONE)))
                    .isInstanceOf(CancelledException.class);
            assertThat(fresh).doesNotExist();
        }
    }

    @Test
    void aRestoreIsOneEditThatUndoesAndRedoesWhole() {
        Path file = folder.resolve("sample.json");
        List<String> original;
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("sample")), true)) {
            workbench.tags().create("kept", "#112233");
            workbench.projectExport().export(file, Progress.NONE);
            original = names(workbench);
        }
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("restored")), false)) {
            workbench.projectImport().restore(file, Progress.NONE);
            List<Long> ids = workbench.claims().allClaims().stream().map(claim -> claim.id()).toList();
            assertThat(names(workbench)).isEqualTo(original);

            assertThat(workbench.history().undo()).contains("Restore sample.json");
            assertThat(workbench.library().summaries()).isEmpty();
            assertThat(workbench.tags().all()).isEmpty();
            assertThat(workbench.comparison().compare().groups()).isEmpty();

            workbench.history().redo();
            assertThat(names(workbench)).isEqualTo(original);
            assertThat(workbench.claims().allClaims().stream().map(claim -> claim.id()).toList()).isEqualTo(ids);
        }
    }

    @Test
    void theRestoredProjectHoldsEveryRowOfTheOriginalButWithOtherIds() {
        Path file = folder.resolve("edited.json");
        ProjectContents original;
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("edited")), true)) {
            HandEditedSample.edit(workbench);
            workbench.projectExport().export(file, Progress.NONE);
            original = workbench.projectExport().contents();
        }
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("restored")), false)) {
            workbench.tags().create("temporary", "#123456");
            workbench.history().undo();
            workbench.projectImport().restore(file, Progress.NONE);
            ProjectContents restored = workbench.projectExport().contents();

            assertThat(restored.tags().get(0).id()).isNotEqualTo(original.tags().get(0).id());
            assertThat(original.groupEdits().events()).isNotEmpty();
            assertThat(original.sources()).anyMatch(ProjectRows.Article::storyByHand);
            assertThat(Ranked.of(restored)).isEqualTo(Ranked.of(original));
        }
    }

    private static List<String> names(Workbench workbench) {
        return workbench.comparison().compare().groups().stream()
                .map(group -> group.name() + " " + group.statements().size()).toList();
    }

    @Test
    void theHandEditsOfAStorysTollGroupFollowTheStoryToItsNewId() throws Exception {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(articles.resolve("report" + i + ".txt"), "Two killed, three hurt in Springfield shooting\n\n"
                    + "Two people were killed and " + (i + 3) + " were injured in a shooting at a bar in Springfield "
                    + "early Saturday, police said. Officer Dana Whitlock said the gunman fled.\n");
        }
        Path file = folder.resolve("tolls.json");
        String before;
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("tolls")), false)) {
            workbench.imports().importFiles(List.of(articles), FuzzyDate.day(java.time.LocalDate.of(2019, 5, 4)),
                    Progress.NONE);
            ComparisonGroup toll = workbench.comparison().compare().groups().stream()
                    .filter(group -> group.key() != null && group.key().isStory()).findFirst().orElseThrow();
            workbench.comparison().rename(toll.id(), "The Springfield injured");
            workbench.comparison().note(toll.id(), "counts differ by report");
            workbench.projectExport().export(file, Progress.NONE);
            before = groups(workbench);
        }
        try (Workbench shifted = Workbench.open(TestProjects.at(folder.resolve("restored")), false)) {
            Path other = Files.writeString(folder.resolve("other.txt"), "Other\n\nFour people were killed in a fire.");
            shifted.imports().importFiles(List.of(other), Progress.NONE);
            shifted.history().undo(); // its story stays behind, so the restored stories get other ids
            shifted.projectImport().restore(file, Progress.NONE);

            assertThat(groups(shifted)).isEqualTo(before).contains("The Springfield injured: counts differ by report");
            assertThat(shifted.stories().all().get(0).story().id()).isNotEqualTo(1);
        }
    }

    private static String groups(Workbench workbench) {
        StringBuilder text = new StringBuilder();
        workbench.comparison().compare().groups().forEach(group -> text.append(group.name()).append(": ")
                .append(group.note()).append(" / ").append(group.statements().size()).append('\n'));
        return text.toString();
    }
}
