package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.service.ClaimDeletionUndoTest.claimsOf;
import static org.crosscheck.service.ClaimDeletionUndoTest.group;
import static org.crosscheck.service.ClaimDeletionUndoTest.links;
import static org.crosscheck.service.ClaimDeletionUndoTest.renameIslamicStateOutright;

import java.nio.file.Path;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.store.EntityLink;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Undoing an edit of a claim's subject gives it back the entity it was linked to, though its old words no
 * longer name it (an entity renamed since); redoing the edit gives it the link the edit gave.
 */
class ClaimEditUndoLinksTest {

    private static final long RT_ARTICLE = 3; // "ISIS has over 10,000 fighters in Afghanistan …"
    private static final String RENAMED = "q:daesh khorasan|fighters|afghanistan";

    @TempDir
    Path folder;

    @Test
    void undoingAnEditOfTheSubjectPutsTheClaimBackInTheRenamedEntitysGroup() {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), true)) {
            workbench.claims().claimsOf(RT_ARTICLE).forEach(claim -> workbench.claims().confirm(claim.id()));
            renameIslamicStateOutright(workbench);
            Set<Long> grouped = claimsOf(group(workbench, RENAMED));
            Claim claim = workbench.claims().claimsOf(RT_ARTICLE).stream()
                    .filter(each -> grouped.contains(each.id())).findFirst().orElseThrow();
            assertThat(claim.subject()).isEqualTo("Islamic State"); // words the table no longer has
            EntityLink link = links(workbench).get(claim.id());

            workbench.claims().update(withSubject(claim, "Taliban"));
            EntityLink edited = links(workbench).get(claim.id());
            assertThat(edited.subjectEntityId()).isNotEqualTo(link.subjectEntityId()).isNotZero();
            assertThat(claimsOf(group(workbench, RENAMED))).doesNotContain(claim.id());

            workbench.history().undo();
            assertThat(links(workbench)).containsEntry(claim.id(), link);
            assertThat(claimsOf(group(workbench, RENAMED))).isEqualTo(grouped);

            workbench.history().redo();
            assertThat(links(workbench)).containsEntry(claim.id(), edited);
            workbench.history().undo();
            assertThat(claimsOf(group(workbench, RENAMED))).isEqualTo(grouped);
        }
    }

    private static Claim withSubject(Claim claim, String subject) {
        return new Claim(claim.id(), claim.sourceId(), claim.start(), claim.end(), claim.kind(), claim.status(),
                claim.origin(), subject, claim.speaker(), claim.outlet(), claim.place(), claim.refersTo(),
                claim.quantity(), claim.tagIds(), claim.note());
    }
}
