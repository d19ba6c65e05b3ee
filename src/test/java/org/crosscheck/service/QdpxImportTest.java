package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Source;
import org.crosscheck.model.Tag;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a .qdpx written by hand to the standard, as another QDA tool would write it. */
class QdpxImportTest {

    @TempDir
    Path folder;

    @Test
    void theHandWrittenFixtureIsValidAgainstTheStandardsSchema() {
        new QdpxContents(QdpxFixtures.handwritten(folder)).assertValid();
    }

    @Test
    void itsTextsBecomeArticlesWithTheirDetailsAndTheirLineEndsMadeCrosschecks() {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), false)) {
            workbench.qdpxImport().importFile(QdpxFixtures.handwritten(folder), Progress.NONE);

            Map<String, Source> sources = sources(workbench);
            assertThat(sources).containsOnlyKeys("Interview A", "Interview B");
            Source interviewA = sources.get("Interview A");
            assertThat(interviewA.text()).doesNotContain("\r").contains("work these days? \uD83D\uDE00\nA: I lost");
            assertThat(interviewA.outlet()).isEqualTo("Radio Free");
            assertThat(sources.get("Interview B").text()).startsWith("Interview B\n\nThe price of bread");
        }
    }

    @Test
    void itsCodebookBecomesTagsWithTheirNestingAndColoursAndASecondNameTwiceIsToldApart() {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), false)) {
            workbench.qdpxImport().importFile(QdpxFixtures.handwritten(folder), Progress.NONE);

            Map<String, Tag> tags = workbench.tags().all().stream().collect(Collectors.toMap(Tag::name, tag -> tag));
            assertThat(tags).containsOnlyKeys("Economy", "Jobs", "Prices", "Health", "Prices (Health)", "Emotion");
            assertThat(tags.get("Jobs").parentId()).isEqualTo(tags.get("Economy").id());
            assertThat(tags.get("Prices").parentId()).isEqualTo(tags.get("Economy").id());
            assertThat(tags.get("Prices (Health)").parentId()).isEqualTo(tags.get("Health").id());
            assertThat(tags.get("Emotion").parentId()).isNull();
            assertThat(tags.get("Economy").color()).isEqualTo("#0000ff");
            assertThat(tags.get("Jobs").color()).isEqualTo("#ff8800");
        }
    }

    @Test
    void itsCodingsBecomeConfirmedClaimsAtTheCharactersTheyCountWithTheirTagsAndNotes() {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), false)) {
            workbench.qdpxImport().importFile(QdpxFixtures.handwritten(folder), Progress.NONE);

            Map<Long, String> tagNames = workbench.tags().all().stream().collect(Collectors.toMap(Tag::id, Tag::name));
            Map<String, Claim> byQuote = quotes(workbench);
            assertThat(byQuote).containsOnlyKeys("I lost my job in March", "prices keep rising",
                    "The price of bread has doubled");
            assertThat(byQuote.values()).allSatisfy(claim -> {
                assertThat(claim.status()).isEqualTo(ClaimStatus.CONFIRMED);
                assertThat(claim.origin()).isEqualTo(ClaimOrigin.MANUAL);
                assertThat(claim.kind()).isEqualTo(ClaimKind.OTHER);
            });
            Claim jobLoss = byQuote.get("I lost my job in March");
            assertThat(jobLoss.tagIds().stream().map(tagNames::get)).containsExactlyInAnyOrder("Jobs", "Emotion");
            assertThat(jobLoss.note()).isEqualTo("She was laid off with two weeks' notice.");
            assertThat(byQuote.get("prices keep rising").tagIds().stream().map(tagNames::get)).containsExactly("Prices");
            assertThat(byQuote.get("The price of bread has doubled").tagIds().stream().map(tagNames::get))
                    .containsExactly("Prices (Health)");
        }
    }

    @Test
    void whatCrosscheckCannotRepresentIsNamedWithItsCount() {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), false)) {
            QdpxImported imported = workbench.qdpxImport().importFile(QdpxFixtures.handwritten(folder), Progress.NONE);

            assertThat(imported.summary()).startsWith("Imported 2 articles, 6 tags and 3 coded passages from interviews.qdpx.")
                    .contains("Not imported (Crosscheck cannot represent them): ")
                    .contains("1 picture source", "1 case", "1 set", "1 note not on a source or a coded passage",
                            "1 description of a code", "1 value of the variable Gender");
            assertThat(imported.notImported().counts()).containsEntry("picture sources", 1);
        }
    }

    @Test
    void intoAProjectWithArticlesAndTagsItAddsJoiningTagsOfTheSameNameAndSkipsTextsItHolds() {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("sample")), true)) {
            Tag emotion = workbench.tags().create("emotion", "#123456");
            int claimsBefore = workbench.claims().allClaims().size();

            QdpxImported first = workbench.qdpxImport().importFile(QdpxFixtures.handwritten(folder), Progress.NONE);

            assertThat(workbench.library().summaries()).hasSize(7);
            assertThat(first.tags()).isEqualTo(5);
            assertThat(first.tagsReused()).isEqualTo(1);
            assertThat(workbench.claims().allClaims()).hasSize(claimsBefore + 3);
            assertThat(quotes(workbench).get("I lost my job in March").tagIds()).contains(emotion.id());

            QdpxImported again = workbench.qdpxImport().importFile(QdpxFixtures.handwritten(folder), Progress.NONE);

            assertThat(again.sources()).isZero();
            assertThat(again.duplicates()).isEqualTo(2);
            assertThat(again.tags()).isZero();
            assertThat(again.summary()).contains("2 articles were in the project already, and left out with their codings");
            assertThat(workbench.claims().allClaims()).hasSize(claimsBefore + 3);
        }
    }

    @Test
    void anImportIsOneEditThatUndoesAndRedoesWhole() {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), false)) {
            workbench.qdpxImport().importFile(QdpxFixtures.handwritten(folder), Progress.NONE);
            Map<String, Claim> imported = quotes(workbench);

            assertThat(workbench.history().undo()).contains("Import interviews.qdpx");
            assertThat(workbench.library().summaries()).isEmpty();
            assertThat(workbench.tags().all()).isEmpty();
            assertThat(workbench.claims().allClaims()).isEmpty();

            workbench.history().redo();
            assertThat(quotes(workbench)).isEqualTo(imported);
            assertThat(workbench.tags().all()).hasSize(6);
        }
    }

    @Test
    void aCancelledImportSavesNothing() {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), false)) {
            Cancellation cancellation = new Cancellation();
            int[] reports = {0};
            assertThatThrownBy(() -> workbench.qdpxImport().importFile(QdpxFixtures.handwritten(folder),
                    cancellation.watching((done, total, what) -> {
                        if (++reports[0] == 3) {
                            cancellation.cancel(); // while the second interview is saved
                        }
                    }))).isInstanceOf(CancelledException.class);

            assertThat(workbench.library().summaries()).isEmpty();
            assertThat(workbench.tags().all()).isEmpty();
            assertThat(workbench.history().nextUndo()).isEmpty();
        }
    }

    private static Map<String, Source> sources(Workbench workbench) {
        return workbench.library().summaries().stream().map(summary -> workbench.library().source(summary.id()))
                .collect(Collectors.toMap(Source::title, Function.identity()));
    }

    /** Each claim by the words it quotes (the first of two that quote the same). */
    static Map<String, Claim> quotes(Workbench workbench) {
        Map<Long, Source> sources = workbench.library().summaries().stream()
                .map(summary -> workbench.library().source(summary.id()))
                .collect(Collectors.toMap(Source::id, Function.identity()));
        return workbench.claims().allClaims().stream().collect(Collectors.toMap(claim -> claim.textIn(sources.get(claim.sourceId()).text()), claim -> claim,
                        (first, second) -> first));
    }
}
