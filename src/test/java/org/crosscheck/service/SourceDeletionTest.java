package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.SourceSummary;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source deleted from the library goes with its claims, and undo gives back exactly what there was. */
class SourceDeletionTest {

    @TempDir
    Path folder;

    @Test
    void deletingASourceTakesItsClaimsAndStatementsAndUndoPutsBackTheSameRows() {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), true)) {
            SourceSummary doomed = workbench.library().summaries().get(0);
            long tag = workbench.tags().create("checked", "#336699").id();
            Claim first = workbench.claims().claimsOf(doomed.id()).get(0);
            workbench.claims().update(first.withStatus(ClaimStatus.CONFIRMED).withTags(Set.of(tag)));
            List<Claim> claimsBefore = workbench.claims().claimsOf(doomed.id());
            long statementsOfIt = workbench.comparison().compare().statements().stream()
                    .filter(statement -> statement.claim().sourceId() == doomed.id()).count();
            assertThat(statementsOfIt).isPositive();
            var storiesBefore = workbench.stories().all();

            int claimsDeleted = workbench.library().delete(doomed.id());

            assertThat(claimsDeleted).isEqualTo(claimsBefore.size());
            assertThat(workbench.library().summaries()).hasSize(4).noneMatch(summary -> summary.id() == doomed.id());
            assertThat(workbench.claims().allClaims()).noneMatch(claim -> claim.sourceId() == doomed.id());
            assertThat(workbench.comparison().compare().statements())
                    .noneMatch(statement -> statement.claim().sourceId() == doomed.id());
            assertThat(workbench.history().nextUndo()).hasValue("Delete source");

            workbench.history().undo();
            assertThat(workbench.library().summaries()).hasSize(5).anyMatch(summary -> summary.equals(doomed));
            assertThat(workbench.claims().claimsOf(doomed.id())).isEqualTo(claimsBefore);
            assertThat(workbench.comparison().compare().statements().stream()
                    .filter(statement -> statement.claim().sourceId() == doomed.id()).count()).isEqualTo(statementsOfIt);
            assertThat(workbench.stories().all()).isEqualTo(storiesBefore);

            workbench.history().redo();
            assertThat(workbench.library().summaries()).hasSize(4);
        }
    }

    @Test
    void renamingASourceIsAnUndoableEditOfItsTitle() {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), true)) {
            SourceSummary source = workbench.library().summaries().get(0);
            workbench.library().rename(source.id(), "  A better title ");
            assertThat(workbench.library().source(source.id()).title()).isEqualTo("A better title");
            workbench.history().undo();
            assertThat(workbench.library().source(source.id()).title()).isEqualTo(source.title());
        }
    }

    @Test
    void rescanningOneSourceGivesBackASuggestionDeletedThereAndOnlyThere() {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), true)) {
            SourceSummary source = workbench.library().summaries().get(0);
            Claim suggestion = workbench.claims().claimsOf(source.id()).stream()
                    .filter(claim -> claim.status() == ClaimStatus.SUGGESTED).findFirst().orElseThrow();
            workbench.claims().delete(suggestion.id());
            int others = workbench.claims().allClaims().size();

            int changed = workbench.suggestions().rescan(source.id(), Progress.NONE);

            assertThat(changed).isEqualTo(1);
            assertThat(workbench.claims().allClaims()).hasSize(others + 1);
            assertThat(workbench.history().nextUndo()).hasValueSatisfying(what -> what.startsWith("Re-scan"));
        }
    }
}
