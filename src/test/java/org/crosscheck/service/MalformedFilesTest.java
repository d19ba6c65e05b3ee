package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Source;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of {@link MalformedFiles} goes through a real import into one real project, in a
 * bounded time: it becomes an article, or it is refused with a message that names it in plain
 * words. Afterwards the project opens and holds exactly the articles that were good, and what was
 * imported before is as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MalformedFilesTest {

    /** A qualified Java name ("java.nio.file.NoSuchFileException") or an identifier in camel case. */
    private static final Pattern CODE_WORDS = Pattern.compile("\\b(?:[a-z]\\w*\\.){2,}[A-Z]|\\b[A-Za-z]*[a-z][A-Z]\\w*");

    @TempDir
    static Path folder;

    private ProjectLocation project;
    private Workbench workbench;
    private List<Source> sourcesBefore;
    private List<Claim> claimsBefore;
    private final Set<String> importedFrom = new HashSet<>();
    private int caseNumber;

    @BeforeAll
    void importTwoGoodArticles() throws Exception {
        Path good = Files.createDirectories(folder.resolve("good"));
        Path first = Files.writeString(good.resolve("bridge.txt"),
                "Bridge closes after flood\n\nAbout 300 residents were evacuated on Monday, police said.\n");
        Path second = Files.writeString(good.resolve("fire.txt"),
                "Warehouse fire\n\nTwo firefighters were injured and 40 people were displaced.\n");
        project = TestProjects.at(folder.resolve("project"));
        workbench = Workbench.open(project, false);
        assertThat(workbench.imports().importFiles(List.of(first, second), Progress.NONE).imported()).hasSize(2);
        sourcesBefore = workbench.library().all();
        claimsBefore = workbench.claims().allClaims();
        assertThat(claimsBefore).isNotEmpty();
        sourcesBefore.forEach(source -> importedFrom.add(source.importedFrom()));
    }

    @AfterAll
    void close() {
        if (workbench != null) {
            workbench.close();
        }
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> eachMalformedFileImportsOrIsRefusedInPlainWordsInBoundedTime() {
        return MalformedFiles.all().stream().map(malformed -> dynamicTest(malformed.name(), () -> check(malformed)));
    }

    @Test
    @Order(2)
    void theProjectReopensWithExactlyTheGoodFilesAndEverythingImportedBeforeUnchanged() {
        workbench.close();
        workbench = null;
        Workbench reopened = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Workbench.open(project, false));
        workbench = reopened;

        List<Source> sources = reopened.library().all();
        assertThat(sources).extracting(Source::importedFrom).containsExactlyInAnyOrderElementsOf(importedFrom);
        assertThat(sources).containsAll(sourcesBefore);
        Set<Long> earlier = new HashSet<>(sourcesBefore.stream().map(Source::id).toList());
        assertThat(reopened.claims().allClaims()).filteredOn(claim -> earlier.contains(claim.sourceId()))
                .containsExactlyInAnyOrderElementsOf(claimsBefore);
        Map<Long, Integer> counted = new TreeMap<>();
        reopened.library().summaries().forEach(summary -> counted.put(summary.id(), summary.claimCount()));
        Map<Long, Integer> live = new TreeMap<>();
        sources.forEach(source -> live.put(source.id(), (int) reopened.claims().claimsOf(source.id()).stream()
                .filter(claim -> claim.status() != ClaimStatus.REJECTED).count()));
        assertThat(counted).isEqualTo(live);
    }

    /**
     * An article with a figure in every sentence: 2 MB, some 33,000 suggestions (about 10 s here).
     * Its saving shows
     * progress claim by thousand, and a cancel there stops the import with nothing saved.
     */
    @Test
    void anArticleDenseWithFiguresShowsItsSavingAndCanBeCancelledThere(@TempDir Path elsewhere) throws Exception {
        Path dense = Files.writeString(elsewhere.resolve("dense.txt"), MalformedFiles.prose(2 * 1024 * 1024, 1));
        List<String> said = new java.util.ArrayList<>();
        try (Workbench fresh = Workbench.open(TestProjects.at(elsewhere.resolve("dense")), false)) {
            ImportReport report = assertTimeoutPreemptively(Duration.ofSeconds(120),
                    () -> fresh.imports().importFiles(List.of(dense), (done, total, what) -> said.add(what)));
            assertThat(report.imported()).containsExactly(dense);
            assertThat(said).anyMatch(what -> what.contains(": 1000 of ") && what.endsWith(" claims"));
            assertThat(fresh.claims().allClaims()).hasSizeGreaterThan(10_000);
        }
        try (Workbench other = Workbench.open(TestProjects.at(elsewhere.resolve("cancelled")), false)) {
            Cancellation cancellation = new Cancellation();
            Throwable stopped = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> org.assertj.core.api.Assertions
                    .catchThrowable(() -> other.imports().importFiles(List.of(dense), cancellation.watching(
                            (done, total, what) -> {
                                if (what.contains(" of ") && what.endsWith(" claims")) {
                                    cancellation.cancel();
                                }
                            }))));
            assertThat(stopped).isInstanceOf(CancelledException.class);
            assertThat(other.library().summaries()).isEmpty();
            assertThat(other.claims().allClaims()).isEmpty();
        }
    }

    private void check(MalformedFiles.Case malformed) throws Exception {
        Path place = Files.createDirectories(folder.resolve("corpus").resolve(String.valueOf(++caseNumber)));
        Path chosen = malformed.writer().write(place);

        ImportReport report = assertTimeoutPreemptively(malformed.limit(),
                () -> workbench.imports().importFiles(List.of(chosen), Progress.NONE),
                () -> malformed.name() + ": the import did not end within " + malformed.limit().toSeconds() + " s");

        assertThat(report.duplicates()).isEmpty();
        for (ImportReport.Failure failure : report.failures()) {
            assertPlainWords(failure);
            assertThat(failure.file().startsWith(chosen)).as(failure.file() + " is within " + chosen).isTrue();
        }
        switch (malformed.outcome()) {
            case IMPORTED -> assertThat(report.imported()).as(report.failures().toString()).containsExactly(chosen);
            case REFUSED -> assertThat(report.imported()).isEmpty();
            case EITHER -> assertThat(report.imported()).isSubsetOf(List.of(chosen));
            case PARTLY -> assertThat(report.imported()).isNotEmpty().allMatch(file -> file.startsWith(chosen));
        }
        if (malformed.outcome() == MalformedFiles.Outcome.PARTLY) {
            assertThat(report.failures()).isNotEmpty();
        } else {
            assertThat(report.failures().isEmpty()).as("imported without a reason, or refused with one")
                    .isEqualTo(!report.imported().isEmpty());
        }
        List<Source> stored = new ArrayList<>();
        for (Path file : report.imported()) {
            importedFrom.add(file.toString());
            workbench.library().all().stream().filter(source -> source.importedFrom().equals(file.toString()))
                    .forEach(stored::add);
        }
        assertThat(stored).hasSameSizeAs(report.imported()).allSatisfy(source -> {
            assertThat(source.text()).isNotBlank().doesNotContain("\r");
            assertThat(source.title().length()).isLessThanOrEqualTo(301);
        });
    }

    /** Names the file it is about, and reads as words for a researcher, not as a program's insides. */
    private static void assertPlainWords(ImportReport.Failure failure) {
        String reason = failure.reason();
        assertThat(reason).contains(failure.file().getFileName().toString())
                .doesNotContain("Exception", "SQL", "\tat ", "Caused by", "null")
                .doesNotContainPattern(CODE_WORDS);
    }
}
