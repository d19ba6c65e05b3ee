package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Grade;
import org.crosscheck.model.Precision;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceMetadata;
import org.crosscheck.model.Tag;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The use cases behind the window, on a real project file: every edit saved, undone and redone. */
class EditingServicesTest {

    @TempDir
    Path folder;

    private Workbench workbench;
    private Source article;

    @BeforeEach
    void openSampleProject() {
        workbench = Workbench.open(TestProjects.at(folder.resolve("project")), true);
        article = workbench.library().all().stream()
                .filter(source -> source.title().startsWith("ISIS has over 10,000")).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void taggingTrimsTheSelectionToItsWords() {
        String phrase = "over 10,000 loyal fighters";
        int start = article.text().indexOf(phrase);

        Claim claim = workbench.claims().tag(article.id(), start - 1, start + phrase.length() + 1, ClaimKind.QUANTITY);

        assertThat(claim.textIn(article.text())).isEqualTo(phrase);
    }

    @Test
    void aSelectionThatCutsAWordTakesTheWholeWord() {
        String phrase = "over 10,000 loyal fighters";
        int start = article.text().indexOf(phrase);

        Claim claim = workbench.claims().tag(article.id(), start + 2, start + phrase.length() - 3, ClaimKind.QUANTITY);

        assertThat(claim.textIn(article.text())).isEqualTo(phrase);
    }

    @Test
    void undoRemovesANewClaimAndRedoBringsItBackWithTheSameId() {
        List<Claim> suggested = workbench.claims().claimsOf(article.id());
        Claim claim = workbench.claims().tag(article.id(), 10, 20, ClaimKind.EVENT);

        assertThat(workbench.history().undo()).hasValueSatisfying(what -> assertThat(what).contains("event"));
        assertThat(workbench.claims().claimsOf(article.id())).isEqualTo(suggested);

        workbench.history().redo();
        assertThat(workbench.claims().claimsOf(article.id())).extracting(Claim::id).contains(claim.id())
                .hasSize(suggested.size() + 1);
    }

    @Test
    void editsOfAClaimAreUndoneOneByOne() {
        Claim claim = workbench.claims().tag(article.id(), 10, 20, ClaimKind.QUANTITY);
        Claim withFigure = workbench.claims().update(new Claim(claim.id(), claim.sourceId(), claim.start(), claim.end(),
                claim.kind(), claim.status(), claim.origin(), "Islamic State", "Zamir Kabulov", "RIA Novosti",
                "Afghanistan", claim.refersTo(), new Quantity(10_000.0, null, "over", "fighters", "fighters"),
                Set.of(), "headline figure"));

        assertThat(stored(claim.id())).isEqualTo(withFigure);
        workbench.history().undo();
        assertThat(stored(claim.id())).isEqualTo(claim);
        workbench.history().redo();
        assertThat(stored(claim.id())).isEqualTo(withFigure);
    }

    @Test
    void deletingATagTakesItOffItsClaimsAndUndoPutsItBack() {
        Tag tag = workbench.tags().create("disputed", "#d33682");
        Claim claim = workbench.claims().tag(article.id(), 10, 20, ClaimKind.QUANTITY);
        workbench.claims().update(claim.withTags(Set.of(tag.id())));

        workbench.tags().delete(tag.id());
        assertThat(workbench.tags().all()).isEmpty();
        assertThat(stored(claim.id()).tagIds()).isEmpty();

        workbench.history().undo();
        assertThat(workbench.tags().all()).extracting(Tag::name).containsExactly("disputed");
        assertThat(stored(claim.id()).tagIds()).containsExactly(tag.id());
    }

    private Claim stored(long claimId) {
        return workbench.claims().claimsOf(article.id()).stream().filter(c -> c.id() == claimId).findFirst()
                .orElseThrow();
    }

    @Test
    void aNewProjectHasSuggestionsThatCanBeConfirmedRejectedAndAcceptedAllAtOnce() {
        List<Claim> suggested = workbench.claims().claimsOf(article.id());
        assertThat(suggested).isNotEmpty().allMatch(c -> c.status() == org.crosscheck.model.ClaimStatus.SUGGESTED);

        workbench.claims().confirm(suggested.get(0).id());
        workbench.claims().reject(suggested.get(1).id());
        int accepted = workbench.claims().acceptAll(article.id());

        assertThat(accepted).isEqualTo(suggested.size() - 2);
        assertThat(stored(suggested.get(1).id()).status()).isEqualTo(org.crosscheck.model.ClaimStatus.REJECTED);
        workbench.history().undo();
        assertThat(workbench.claims().claimsOf(article.id()))
                .filteredOn(c -> c.status() == org.crosscheck.model.ClaimStatus.SUGGESTED)
                .hasSize(suggested.size() - 2);
    }

    @Test
    void aRejectedSuggestionStaysRejectedAfterARescan() {
        Claim first = workbench.claims().claimsOf(article.id()).get(0);
        workbench.claims().reject(first.id());

        workbench.suggestions().rescanAll(Progress.NONE);

        assertThat(stored(first.id()).status()).isEqualTo(org.crosscheck.model.ClaimStatus.REJECTED);
        assertThat(workbench.claims().claimsOf(article.id()))
                .filteredOn(c -> c.start() == first.start() && c.end() == first.end()).hasSize(1);
    }

    @Test
    void anewPublicationDateReresolvesRelativeDatesInSuggestions() {
        Source withRelativeDates = workbench.library().all().stream()
                .filter(s -> s.text().contains("Last month")).findFirst().orElseThrow();
        SourceMetadata moved = new SourceMetadata(withRelativeDates.title(), withRelativeDates.outlet(),
                withRelativeDates.author(), withRelativeDates.url(),
                FuzzyDate.day(LocalDate.of(2019, 3, 10)), withRelativeDates.grade(), withRelativeDates.notes());

        workbench.library().updateMetadata(withRelativeDates.id(), moved);

        assertThat(workbench.claims().claimsOf(withRelativeDates.id()))
                .anyMatch(c -> c.refersTo().date().display().equals("2019-02"));
        workbench.history().undo();
        assertThat(workbench.claims().claimsOf(withRelativeDates.id()))
                .anyMatch(c -> c.refersTo().date().display().equals("2018-04"));
    }

    @Test
    void tagNamesAreUniqueWhateverTheirCase() {
        workbench.tags().create("Disputed", "#d33682");

        assertThatThrownBy(() -> workbench.tags().create("disputed", "#268bd2"))
                .hasMessageContaining("disputed");
    }

    @Test
    void aTagNestsUnderAnotherButNeverWithinItselfAndTheNestingIsUndoable() {
        Tag parent = workbench.tags().create("Militant strength", "#aa3300");
        Tag child = workbench.tags().create("Estimates", "#0033aa");

        workbench.tags().nest(child.id(), parent.id());

        assertThat(workbench.tags().all()).filteredOn(tag -> tag.id() == child.id()).singleElement()
                .extracting(Tag::parentId).isEqualTo(parent.id());
        assertThatThrownBy(() -> workbench.tags().nest(parent.id(), child.id()))
                .hasMessageContaining("within itself");
        workbench.history().undo();
        assertThat(workbench.tags().all()).allMatch(tag -> tag.parentId() == null);
    }

    @Test
    void sourceMetadataIsSavedAndUndoable() {
        SourceMetadata edited = new SourceMetadata("Edited title", "RT", "Staff", "https://www.rt.com/news/",
                FuzzyDate.of(LocalDate.of(2017, 12, 1), Precision.MONTH), Grade.parse("B2"), "checked");

        workbench.library().updateMetadata(article.id(), edited);
        Source saved = workbench.library().source(article.id());
        assertThat(saved.title()).isEqualTo("Edited title");
        assertThat(saved.published().display()).isEqualTo("2017-12");
        assertThat(Grade.codeOf(saved.grade())).isEqualTo("B2");

        workbench.history().undo();
        assertThat(workbench.library().source(article.id()).title()).startsWith("ISIS has over 10,000");
    }

    @Test
    void importingTheSameTextTwiceAddsItOnce() throws Exception {
        Path file = Files.writeString(folder.resolve("new.txt"), "A new article\n\nSome 40 fighters arrived.");
        Path copy = Files.write(folder.resolve("copy.txt"),
                "A new article\r\n\r\nSome 40 fighters arrived.".getBytes(StandardCharsets.UTF_16));

        ImportReport first = workbench.imports().importFiles(List.of(file, copy), Progress.NONE);
        ImportReport again = workbench.imports().importFiles(List.of(file), Progress.NONE);

        assertThat(first.imported()).containsExactly(file);
        assertThat(first.duplicates()).containsExactly(copy);
        assertThat(again.imported()).isEmpty();
        assertThat(workbench.library().summaries()).hasSize(6)
                .anyMatch(summary -> summary.title().equals("A new article"));
    }

    @Test
    void aFileThatCannotBeReadIsReportedAndTheOthersStillImport() throws Exception {
        Path good = Files.writeString(folder.resolve("good.txt"), "Good article\n\nText.");
        Path empty = Files.writeString(folder.resolve("empty.txt"), "");
        Path binary = Files.write(folder.resolve("scan.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', 0, 1});

        ImportReport report = workbench.imports().importFiles(List.of(empty, good, binary), Progress.NONE);

        assertThat(report.imported()).containsExactly(good);
        assertThat(report.failures()).extracting(failure -> failure.reason().replaceAll(" \\(.*", ""))
                .containsExactly("empty.txt is empty: it holds no text to import.",
                        "scan.pdf is a damaged PDF that cannot be read");
        assertThat(report.summary()).contains("1", "2");
    }

    @Test
    void oneImportIsOneUndoableEdit() throws Exception {
        Path a = Files.writeString(folder.resolve("a.txt"), "First\n\nA.");
        Path b = Files.writeString(folder.resolve("b.txt"), "Second\n\nB.");
        workbench.imports().importFiles(List.of(a, b), Progress.NONE);
        assertThat(workbench.library().summaries()).hasSize(7);

        workbench.history().undo();
        assertThat(workbench.library().summaries()).hasSize(5);
        workbench.history().redo();
        assertThat(workbench.library().summaries()).hasSize(7);
    }
}
