package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people on one project, each with the claim services and the undo history of their own: an undo
 * takes back only what its own edit left, and refuses, changing nothing, when the other changed it since.
 */
class TwoPeopleEditingTest {

    @TempDir
    Path folder;

    private Workbench workbench;
    private ClaimService mine;
    private UndoHistory myHistory;
    private ClaimService theirs;
    private UndoHistory theirHistory;

    @BeforeEach
    void openOneProjectForTwo() {
        workbench = Workbench.open(org.crosscheck.store.TestProjects.at(folder.resolve("shared")), true);
        mine = workbench.claims();
        myHistory = workbench.history();
        theirHistory = new UndoHistory(workbench.database());
        theirs = new ClaimService(workbench.database(), theirHistory, () -> "bob");
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void anUndoRefusesToOverwriteWhatTheOtherPersonChangedSince() {
        Claim claim = mine.allClaims().get(0);
        mine.update(noted(claim, "mine"));
        theirs.update(noted(current(claim), "theirs"));

        assertThatThrownBy(myHistory::undo).isInstanceOf(ChangedSinceException.class)
                .hasMessageMatching("bob \\(at \\d\\d:\\d\\d\\) changed this claim since you last saw it; undoing now "
                        + "would overwrite that change, so nothing was changed.")
                .satisfies(refused -> assertThat(((ChangedSinceException) refused).change().orElseThrow().version())
                        .isEqualTo(3));
        assertThat(current(claim).note()).isEqualTo("theirs");

        theirHistory.undo();
        assertThat(current(claim).note()).isEqualTo("mine");
        myHistory.undo(); // now the claim is as my edit left it, so my undo may take it back
        assertThat(current(claim)).isEqualTo(claim);
    }

    @Test
    void anUndoOfAnEditNobodyTouchedSinceTakesItBack() {
        Claim claim = mine.allClaims().get(0);
        mine.update(claim.withStatus(ClaimStatus.REJECTED));
        theirs.update(noted(mine.allClaims().get(1), "another claim"));

        myHistory.undo();

        assertThat(current(claim)).isEqualTo(claim);
    }

    @Test
    void aSaveOfWhatIOpenedBeforeTheirChangeIsRefusedAndSaysWhoChangedItAndWhen() {
        Claim claim = mine.allClaims().get(0);
        SeenClaim opened = mine.seenClaimsOf(claim.sourceId()).of(claim);
        theirs.update(noted(current(claim), "theirs"));

        assertThatThrownBy(() -> mine.update(opened, noted(claim, "mine")))
                .isInstanceOfSatisfying(ClaimConflictException.class, conflict -> {
                    assertThat(conflict).hasMessageMatching("Changed by bob at \\d\\d:\\d\\d since you opened it.");
                    assertThat(conflict.by()).isEqualTo("bob");
                    assertThat(conflict.theirs().orElseThrow().claim().note()).isEqualTo("theirs");
                });
        assertThat(current(claim).note()).isEqualTo("theirs");
        assertThat(myHistory.nextUndo()).isNotEqualTo(java.util.Optional.of("Edit claim"));
    }

    @Test
    void overwritingKeepsMineAndItsUndoBringsTheirsBack() {
        Claim claim = mine.allClaims().get(0);
        SeenClaim opened = mine.seenClaimsOf(claim.sourceId()).of(claim);
        theirs.update(noted(current(claim), "theirs"));
        ClaimConflictException conflict = catchConflict(() -> mine.update(opened, noted(claim, "mine")));

        mine.overwrite(conflict.theirs().orElseThrow(),
                noted(claim, "mine"));
        assertThat(current(claim).note()).isEqualTo("mine");

        myHistory.undo();
        assertThat(current(claim).note()).isEqualTo("theirs");
        myHistory.redo();
        assertThat(current(claim).note()).isEqualTo("mine");
    }

    @Test
    void takingTheirsWritesNothingAndItsUndoSavesMineAfterAll() {
        Claim claim = mine.allClaims().get(0);
        SeenClaim opened = mine.seenClaimsOf(claim.sourceId()).of(claim);
        theirs.update(noted(current(claim), "theirs"));
        ClaimConflictException conflict = catchConflict(() -> mine.update(opened, noted(claim, "mine")));

        mine.takeTheirs(conflict.theirs().orElseThrow(),
                noted(claim, "mine"));
        assertThat(current(claim).note()).isEqualTo("theirs");

        myHistory.undo();
        assertThat(current(claim).note()).isEqualTo("mine");
        myHistory.redo();
        assertThat(current(claim).note()).isEqualTo("theirs");
    }

    @Test
    void anOverwriteRefusesWhenTheyChangedItYetAgain() {
        Claim claim = mine.allClaims().get(0);
        SeenClaim opened = mine.seenClaimsOf(claim.sourceId()).of(claim);
        theirs.update(noted(current(claim), "theirs"));
        ClaimConflictException conflict = catchConflict(() -> mine.update(opened, noted(claim, "mine")));
        theirs.update(noted(current(claim), "theirs again"));

        assertThatThrownBy(() -> mine.overwrite(conflict.theirs().orElseThrow(), noted(claim, "mine")))
                .isInstanceOf(ClaimConflictException.class).hasMessageContaining("Changed by bob");
        assertThat(current(claim).note()).isEqualTo("theirs again");
    }

    private static ClaimConflictException catchConflict(Runnable save) {
        try {
            save.run();
        } catch (ClaimConflictException conflict) {
            return conflict;
        }
        throw new AssertionError("the save met no conflict");
    }

    private Claim current(Claim claim) {
        return mine.allClaims().stream().filter(found -> found.id() == claim.id()).findFirst().orElseThrow();
    }

    private static Claim noted(Claim claim, String note) {
        return new Claim(claim.id(), claim.sourceId(), claim.start(), claim.end(), claim.kind(), claim.status(),
                claim.origin(), claim.subject(), claim.speaker(), claim.outlet(), claim.place(), claim.refersTo(),
                claim.quantity(), claim.tagIds(), note);
    }
}
