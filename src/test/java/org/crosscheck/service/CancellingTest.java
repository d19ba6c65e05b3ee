package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long work cancelled part-way changes nothing: no article, no suggestion, no half-written report. */
class CancellingTest {

    @TempDir
    Path folder;

    @org.junit.jupiter.api.BeforeAll
    static void startJavaFx() {
        try {
            javafx.application.Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test of this run started it already; reports draw their charts with it
        }
    }

    @Test
    void anImportCancelledWhileReadingOrFindingClaimsImportsNothing() throws Exception {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        for (int i = 0; i < 20; i++) {
            Files.writeString(articles.resolve("a" + i + ".txt"), "Report " + i + "\n\nAt least " + (i + 3)
                    + " people were injured in a fire in Springfield on Sunday, police said.\n");
        }
        // the 5th report while reading the files, the 25th while finding their claims
        for (int stopAt : new int[] {5, 25}) {
            try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p" + stopAt)), true)) {
                int before = workbench.library().summaries().size();
                var undoBefore = workbench.history().nextUndo();
                Cancellation cancellation = new Cancellation();
                AtomicInteger reports = new AtomicInteger();

                assertThatThrownBy(() -> workbench.imports().importFiles(List.of(articles),
                        cancellation.watching((done, total, what) -> {
                            if (reports.incrementAndGet() == stopAt) {
                                cancellation.cancel();
                            }
                        }))).isInstanceOf(CancelledException.class);

                assertThat(workbench.library().summaries()).hasSize(before);
                assertThat(workbench.history().nextUndo()).isEqualTo(undoBefore);
            }
        }
    }

    @Test
    void anImportCancelledWhileSavingAnArticlesThousandsOfClaimsSavesNone() throws Exception {
        StringBuilder text = new StringBuilder("A long list\n\n");
        for (int i = 0; i < 1_500; i++) {
            text.append("In district ").append(i).append(", ").append(i % 90 + 2).append(" people were injured.\n");
        }
        Path article = Files.writeString(folder.resolve("long.txt"), text);
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), false)) {
            Cancellation cancellation = new Cancellation();
            List<String> said = new java.util.ArrayList<>();

            Throwable stopped = org.assertj.core.api.Assertions.catchThrowable(() -> workbench.imports().importFiles(
                    List.of(article), cancellation.watching((done, total, what) -> {
                        said.add(what);
                        if (what.contains(" of ") && what.endsWith(" claims")) {
                            cancellation.cancel();
                        }
                    })));

            assertThat(stopped).as("what the import said: %s", said).isInstanceOf(CancelledException.class);
            assertThat(said).anyMatch(what -> what.startsWith("Saving A long list: 1000 of "));
            assertThat(workbench.library().summaries()).isEmpty();
            assertThat(workbench.claims().allClaims()).isEmpty();
            assertThat(workbench.history().nextUndo()).isEmpty();
        }
    }

    @Test
    void aCancelledRescanChangesNoSuggestion() {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), true)) {
            long id = workbench.library().summaries().get(0).id();
            var claim = workbench.claims().claimsOf(id).get(0);
            workbench.claims().delete(claim.id());
            String undoBefore = workbench.history().nextUndo().orElseThrow();
            Cancellation cancellation = new Cancellation();

            assertThatThrownBy(() -> workbench.suggestions().rescanAll(cancellation.watching((done, total, what) -> {
                if (done == 2) {
                    cancellation.cancel();
                }
            }))).isInstanceOf(CancelledException.class);

            assertThat(workbench.claims().claimsOf(id)).doesNotContain(claim);
            assertThat(workbench.history().nextUndo()).contains(undoBefore);
        }
    }

    @Test
    void aCancelledExportLeavesTheEarlierReportAndNoPartOfTheNewOne() throws Exception {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), true)) {
            Path report = folder.resolve("report.html");
            Files.writeString(report, "the report of yesterday");
            Cancellation cancellation = new Cancellation();
            cancellation.cancel();

            assertThatThrownBy(() -> workbench.reports().export(ReportScope.allGroups(), report,
                    cancellation.watching(Progress.NONE))).isInstanceOf(CancelledException.class);

            assertThat(Files.readString(report)).isEqualTo("the report of yesterday");
            try (var files = Files.list(folder)) {
                assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.endsWith(".part"));
            }
            workbench.reports().export(ReportScope.allGroups(), report, Progress.NONE);
            assertThat(Files.readString(report)).contains("<html");
        }
    }
}
