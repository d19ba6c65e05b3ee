package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.ServerProject;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people in one shared project: two {@link Workbench}es, as on two machines, on one PostgreSQL
 * database. What each imports or re-scans at the same moment as the other is all there afterwards,
 * and each sees what the other did (the search too).
 */

class TwoPeopleTest {

    @TempDir
    Path folder;

    @Test
    void importsByTwoPeopleAtOnceLoseNothing() throws Exception {
        ServerProject project = TestProjects.freshOnServer();
        Path ana = articles("ana", 12);
        Path bo = articles("bo", 12);
        try (Workbench first = Workbench.open(project, false); Workbench second = Workbench.open(project, false)) {
            List<ImportReport> reports = atOnce(() -> first.imports().importFiles(List.of(ana), Progress.NONE),
                    () -> second.imports().importFiles(List.of(bo), Progress.NONE));
            assertThat(reports.get(0).imported()).hasSize(12);
            assertThat(reports.get(1).imported()).hasSize(12);
            assertThat(first.library().summaries()).hasSize(24);
            assertThat(second.library().summaries()).hasSize(24);
            assertThat(second.search().find("ana7ville", 10)).isNotEmpty(); // what the other imported is found here too
        }
    }

    @Test
    void theSameFilesImportedByTwoPeopleAtOnceAreThereOnce() throws Exception {
        ServerProject project = TestProjects.freshOnServer();
        Path shared = articles("both", 8);
        try (Workbench first = Workbench.open(project, false); Workbench second = Workbench.open(project, false)) {
            List<ImportReport> reports = atOnce(() -> first.imports().importFiles(List.of(shared), Progress.NONE),
                    () -> second.imports().importFiles(List.of(shared), Progress.NONE));
            List<SourceSummary> all = first.library().summaries();
            assertThat(all).hasSize(8);
            assertThat(reports.get(0).imported().size() + reports.get(1).imported().size()
                    + reports.get(0).duplicates().size() + reports.get(1).duplicates().size()).isEqualTo(16);
        }
    }

    @Test
    void rescansByTwoPeopleAtOnceLeaveEveryArticlesClaims() throws Exception {
        ServerProject project = TestProjects.freshOnServer();
        Path texts = articles("scan", 6);
        try (Workbench first = Workbench.open(project, false); Workbench second = Workbench.open(project, false)) {
            first.imports().importFiles(List.of(texts), Progress.NONE);
            int claimsBefore = first.claims().allClaims().size();
            assertThat(claimsBefore).isPositive();
            atOnce(() -> first.suggestions().rescanAll(Progress.NONE), () -> second.suggestions().rescanAll(Progress.NONE));
            assertThat(second.claims().allClaims()).hasSize(claimsBefore);
        }
    }

    @Test
    void eachSeesThatTheOtherChangedTheProjectButNotTheirOwnEdits() throws Exception {
        ServerProject project = TestProjects.freshOnServer();
        try (Workbench first = Workbench.open(project, false); Workbench second = Workbench.open(project, false)) {
            assertThat(first.isShared()).isTrue();
            assertThat(second.othersChanged()).isFalse();
            assertThat(second.comparison().compare().groups()).isEmpty();
            first.imports().importFiles(List.of(Path.of("seeds")), Progress.NONE); // the sample articles
            assertThat(first.othersChanged()).as("its own import is no news to it").isFalse();
            assertThat(second.othersChanged()).as("the other's import is").isTrue();
            assertThat(second.othersChanged()).as("and only once").isFalse();
            assertThat(second.comparison().compare().groups()).as("compared again, with the other's articles")
                    .isNotEmpty();
            long article = second.library().summaries().get(0).id();
            second.library().rename(article, "Renamed by the second");
            assertThat(first.othersChanged()).isTrue();
            assertThat(first.library().source(article).title()).isEqualTo("Renamed by the second");
        }
    }

    @Test
    void aProjectFileHasNoOthers() throws Exception {
        try (Workbench alone = Workbench.open(org.crosscheck.store.ProjectFile.of(folder.resolve("alone")), true)) {
            assertThat(alone.isShared()).isFalse();
            assertThat(alone.othersChanged()).isFalse();
        }
    }

    private Path articles(String who, int count) throws Exception {
        Path into = Files.createDirectories(folder.resolve(who));
        for (int i = 0; i < count; i++) {
            Files.writeString(into.resolve(who + i + ".txt"), "Flood in " + who + i + "ville\n\n"
                    + "About " + (100 + i) + " residents of " + who + i + "ville were evacuated on Monday, police said. "
                    + "Two people were injured.\n");
        }
        return into;
    }

    @SafeVarargs
    private static <T> List<T> atOnce(Callable<T>... work) throws Exception {
        ExecutorService both = Executors.newFixedThreadPool(work.length);
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> each : work) {
                running.add(both.submit(each));
            }
            List<T> done = new ArrayList<>();
            for (Future<T> each : running) {
                done.add(each.get());
            }
            return done;
        } finally {
            both.shutdownNow();
        }
    }
}
