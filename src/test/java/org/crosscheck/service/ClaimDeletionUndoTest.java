package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.TableEntity;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.EntityLink;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Undoing the deletion of one claim gives it back exactly the entities it was linked to, as undoing an
 * article's deletion does (ArticleDeletionUndoTest): not the links its words would give now, which lose an
 * entity renamed since.
 */
class ClaimDeletionUndoTest {

    private static final long RT_ARTICLE = 3; // "ISIS has over 10,000 fighters in Afghanistan …"
    private static final String RENAMED = "q:daesh khorasan|fighters|afghanistan";

    @TempDir
    Path folder;

    @Test
    void undoingTheDeletionOfAClaimPutsItBackInTheRenamedEntitysGroupThoughItsWordsNoLongerNameIt() {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), true)) {
            workbench.claims().claimsOf(RT_ARTICLE).forEach(claim -> workbench.claims().confirm(claim.id()));
            renameIslamicStateOutright(workbench);
            Set<Long> grouped = claimsOf(group(workbench, RENAMED));
            Claim deleted = workbench.claims().claimsOf(RT_ARTICLE).stream()
                    .filter(claim -> grouped.contains(claim.id())).findFirst().orElseThrow();
            assertThat(deleted.subject()).isEqualTo("Islamic State"); // words the table no longer has
            EntityLink link = links(workbench).get(deleted.id());

            workbench.claims().delete(deleted.id());
            assertThat(claimsOf(group(workbench, RENAMED))).doesNotContain(deleted.id());
            workbench.history().undo();

            assertThat(links(workbench)).containsEntry(deleted.id(), link);
            assertThat(claimsOf(group(workbench, RENAMED))).isEqualTo(grouped);

            // and so for as long as the deletion is redone and undone
            workbench.history().redo();
            assertThat(claimsOf(group(workbench, RENAMED))).doesNotContain(deleted.id());
            workbench.history().undo();
            assertThat(claimsOf(group(workbench, RENAMED))).isEqualTo(grouped);
        }
    }

    /** "Islamic State" renamed in Tags › Entities and aliases…, no name of it kept: still that entity, by its id. */
    static void renameIslamicStateOutright(Workbench workbench) {
        List<TableEntity> rows = new ArrayList<>();
        for (TableEntity row : workbench.aliases().rows()) {
            rows.add(row.entity().canonical().equals("Islamic State") ? new TableEntity(row.id(),
                    new Entity("Daesh Khorasan", EntityType.ORGANISATION, List.of("DK"), "")) : row);
        }
        workbench.aliases().saveRows(rows);
    }

    static Map<Long, EntityLink> links(Workbench workbench) {
        return workbench.database().inTransaction("read the links", transaction -> new ClaimRepository().entityLinks(transaction));
    }

    static ComparisonGroup group(Workbench workbench, String id) {
        return workbench.comparison().compare().groups().stream().filter(group -> group.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + id));
    }

    static Set<Long> claimsOf(ComparisonGroup group) {
        return group.statements().stream().map(statement -> statement.claim().id()).collect(Collectors.toSet());
    }
}
