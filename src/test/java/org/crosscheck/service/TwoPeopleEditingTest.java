package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.store.ProjectFile;
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
        workbench = Workbench.open(ProjectFile.of(folder.resolve("shared")), true);
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

    private Claim current(Claim claim) {
        return mine.allClaims().stream().filter(found -> found.id() == claim.id()).findFirst().orElseThrow();
    }

    private static Claim noted(Claim claim, String note) {
        return new Claim(claim.id(), claim.sourceId(), claim.start(), claim.end(), claim.kind(), claim.status(),
                claim.origin(), claim.subject(), claim.speaker(), claim.outlet(), claim.place(), claim.refersTo(),
                claim.quantity(), claim.tagIds(), note);
    }
}
