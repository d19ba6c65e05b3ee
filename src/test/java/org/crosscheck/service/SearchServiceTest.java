package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.SearchHit;
import org.crosscheck.model.Source;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search follows every edit the researcher makes, and every undo and redo of it, at once. */
class SearchServiceTest {

    @TempDir
    Path folder;

    private Workbench workbench;
    private Source article;

    @BeforeEach
    void openSampleProject() {
        workbench = Workbench.open(TestProjects.at(folder.resolve("project")), true);
        workbench.search().prepare();
        article = workbench.library().all().stream()
                .filter(source -> source.title().startsWith("ISIS has over 10,000")).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private List<SearchHit> find(String query) {
        return workbench.search().find(query, 100);
    }

    @Test
    void aClaimTaggedEditedAndUndoneIsFoundAsItIsNow() {
        String phrase = "over 10,000 loyal fighters";
        int start = article.text().indexOf(phrase);
        Claim claim = workbench.claims().tag(article.id(), start, start + phrase.length(), ClaimKind.QUANTITY);
        Claim edited = new Claim(claim.id(), claim.sourceId(), claim.start(), claim.end(), claim.kind(), claim.status(),
                claim.origin(), claim.subject(), "Zamir Kabulov", claim.outlet(), claim.place(), claim.refersTo(),
                claim.quantity(), claim.tagIds(), "a Russian estimate, never sourced");
        workbench.claims().update(edited);
        assertThat(find("note:\"never sourced\"")).singleElement()
                .satisfies(hit -> assertThat(article.text().substring(hit.start(), hit.end())).isEqualTo(phrase));

        workbench.history().undo();
        assertThat(find("note:sourced")).isEmpty();
        workbench.history().redo();
        assertThat(find("note:sourced")).hasSize(1);
    }

    @Test
    void anImportIsFoundAndItsUndoForgetsIt() throws Exception {
        Path file = Files.writeString(folder.resolve("new.txt"), "Quarantined walruses\n"
                + "The walruses of Svalbard were counted again this spring by the Norwegian Polar Institute.");
        workbench.imports().importFiles(List.of(file), Progress.NONE);
        assertThat(find("walrus*")).extracting(SearchHit::title).containsOnly("Quarantined walruses");
        workbench.history().undo();
        assertThat(find("walrus*")).isEmpty();
        workbench.history().redo();
        assertThat(find("svalbard")).hasSize(1);
    }

    @Test
    void theIndexKeptAcrossReopeningAnswersAtOnceAndStaysCurrent() throws Exception {
        workbench.close();
        assertThat(Files.isDirectory(TestProjects.at(folder.resolve("project")).searchFolder())).isTrue();
        workbench = Workbench.open(TestProjects.at(folder.resolve("project")), true);
        assertThat(find("kabulov")).hasSizeGreaterThanOrEqualTo(3);
    }
}
