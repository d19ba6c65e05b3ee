package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.GroupEdits;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Verdict;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project made by the version before the typed tables (schema 5: the hand edits of groups one JSON
 * document): the sample with {@link HandEditedSample}'s edits, made with main's jar of 2 December 2026.
 * Opened now, its edits are in their tables and every one of them still applies.
 */
@org.junit.jupiter.api.Tag("h2-file") // a project file made by an older version
class ProjectFromBeforeTypedEditsTest {

    private static final String FIGHTERS = "q:islamic state|fighters|afghanistan";

    @TempDir
    Path folder;

    private Workbench workbench;

    @BeforeEach
    void openTheOldProject() throws Exception {
        try (InputStream old = getClass().getResourceAsStream("/projects/v5-hand-edited.mv.db")) {
            Files.copy(old, folder.resolve("old" + ProjectFile.SUFFIX));
        }
        workbench = Workbench.open(ProjectFile.of(folder.resolve("old")), false);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void everyGroupEditOfTheOldDocumentIsReadFromItsTables() {
        assertThat(workbench.comparison().edits()).isEqualTo(new GroupEdits(
                Map.of(FIGHTERS, "ISIS fighters (hand-named)"), Map.of(FIGHTERS, "a note on the group"),
                Map.of("q:u.s. military|fighters|afghanistan", "q:islamic state|fighters (central asian, russian)|afghanistan"),
                Map.of(13L, FIGHTERS), Set.of(12L), List.of(new GroupEdits.EventLink("e:1", "Linked by hand", Set.of(2L, 3L))),
                List.of(new GroupEdits.VerdictOverride(4, 7, Verdict.CHANGED_OVER_TIME, "years apart")), Set.of("14-15")));
    }

    @Test
    void theRenamedGroupHoldsTheMovedStatementAndTheOverriddenVerdict() {
        ComparisonGroup fighters = group(FIGHTERS).orElseThrow();

        assertThat(fighters.name()).isEqualTo("ISIS fighters (hand-named)");
        assertThat(fighters.note()).isEqualTo("a note on the group");
        assertThat(claimIds(fighters)).contains(13L).doesNotContain(12L);
        PairVerdict overridden = fighters.verdicts().stream().filter(PairVerdict::overridden).findFirst().orElseThrow();
        assertThat(overridden.verdict()).isEqualTo(Verdict.CHANGED_OVER_TIME);
        assertThat(overridden.overrideNote()).isEqualTo("years apart");
        assertThat(Set.of(fighters.statements().get(overridden.a()).claim().id(),
                fighters.statements().get(overridden.b()).claim().id())).isEqualTo(Set.of(4L, 7L));
    }

    @Test
    void theLinkedEventTheMergeAndTheExclusionStillApply() {
        List<ComparisonGroup> groups = workbench.comparison().compare().groups();

        assertThat(group("e:1").map(ProjectFromBeforeTypedEditsTest::claimIds)).contains(Set.of(2L, 3L));
        assertThat(group("q:u.s. military|fighters|afghanistan")).isEmpty();
        assertThat(groups).noneMatch(group -> claimIds(group).contains(12L));
    }

    @Test
    void theAliasAddedByHandIsStillThere() {
        assertThat(workbench.aliases().table().entities())
                .contains(new Entity("Taliban", EntityType.ORGANISATION, List.of("Afghan Taliban"), ""));
    }

    @Test
    void theOldAliasDocumentIsNowRowsOfTheEntityTablesAndIsGone() {
        Optional<List<Entity>> own = workbench.database().inTransaction("read the entities",
                transaction -> new org.crosscheck.store.EntityRepository().load(transaction));
        Optional<String> document = workbench.database().inTransaction("read the old document",
                transaction -> new org.crosscheck.store.SettingsRepository().get(transaction, "aliases"));

        assertThat(own).hasValueSatisfying(entities -> assertThat(entities)
                .contains(new Entity("Taliban", EntityType.ORGANISATION, List.of("Afghan Taliban"), ""))
                .isEqualTo(workbench.aliases().table().entities()));
        assertThat(document).isEmpty();
    }

    @Test
    void anAliasRemovedInTheEditorIsGoneAfterReopeningAndUndoBringsItBack() {
        List<Entity> without = workbench.aliases().table().entities().stream()
                .filter(entity -> !entity.canonical().equals("Taliban")).toList();
        workbench.aliases().save(without);
        workbench.close();
        workbench = Workbench.open(ProjectFile.of(folder.resolve("old")), false);
        assertThat(workbench.aliases().table().entities()).isEqualTo(without);

        List<Entity> with = new java.util.ArrayList<>(without);
        with.add(new Entity("Taliban", EntityType.ORGANISATION, List.of("Afghan Taliban", "the Taliban"), ""));
        workbench.aliases().save(with);
        assertThat(workbench.aliases().table().entities()).isEqualTo(with);
        workbench.history().undo();
        assertThat(workbench.aliases().table().entities()).isEqualTo(without);
    }

    private Optional<ComparisonGroup> group(String id) {
        return workbench.comparison().compare().groups().stream().filter(group -> group.id().equals(id)).findFirst();
    }

    private static Set<Long> claimIds(ComparisonGroup group) {
        return Set.copyOf(group.statements().stream().map(statement -> statement.claim().id()).toList());
    }
}
