package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimOrigin;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Statement;
import org.crosscheck.store.GroupEditsRepository;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A group's hand edits follow the group when its key changes: the researcher renames the entity of
 * its subject, or a re-scan spells its subject anew (issue 18).
 */
class GroupIdentityTest {

    private static final String FIGHTERS = "q:islamic state|fighters|afghanistan";
    private static final String RENAMED = "q:isis-k|fighters|afghanistan";
    private static final String NAME = "ISIS fighters in Afghanistan";
    private static final String NOTE = "Kabulov's figures run highest";

    @TempDir
    Path folder;

    @Test
    void aNamedAndNotedGroupKeepsItsNameAndNoteWhenItsEntityIsRenamedAndUndoBringsTheOldKeyBack() throws Exception {
        ProjectLocation project = TestProjects.at(folder.resolve("p"));
        try (Workbench workbench = Workbench.open(project, true)) {
            Set<Long> claims = claimsOf(group(workbench, FIGHTERS));
            workbench.comparison().signedBy(() -> "carol").rename(FIGHTERS, NAME);
            workbench.comparison().note(FIGHTERS, NOTE);

            renameEntity(workbench, "Islamic State", "ISIS-K");

            ComparisonGroup renamed = group(workbench, RENAMED);
            assertThat(renamed.name()).isEqualTo(NAME);
            assertThat(renamed.note()).isEqualTo(NOTE);
            assertThat(claimsOf(renamed)).isEqualTo(claims);
            assertThat(named(workbench, NAME)).containsExactly(RENAMED); // no other group took the edits too
            Path csv = folder.resolve("claims.csv"); // the exports group as the comparison does
            workbench.exports().claimsCsv(csv, Progress.NONE);
            assertThat(java.nio.file.Files.readString(csv)).contains(NAME);

            workbench.history().undo();
            assertThat(group(workbench, FIGHTERS).name()).isEqualTo(NAME);
            assertThat(group(workbench, FIGHTERS).note()).isEqualTo(NOTE);
            assertThat(named(workbench, NAME)).containsExactly(FIGHTERS);

            workbench.history().redo();
            assertThat(group(workbench, RENAMED).note()).isEqualTo(NOTE);

            // the next edit of groups saves the group under its new key, as the same row, signed as before
            String otherGroup = workbench.comparison().compare().groups().stream().map(ComparisonGroup::id)
                    .filter(id -> id.startsWith("q:") && !id.equals(RENAMED)).findFirst().orElseThrow();
            workbench.comparison().signedBy(() -> "dave").note(otherGroup, "not this one");
            assertThat(workbench.comparison().edits().names()).containsEntry(RENAMED, NAME).doesNotContainKey(FIGHTERS);
            assertThat(workbench.database().inTransaction("read the signature", tx -> new GroupEditsRepository()
                    .signatureOfGroup(tx, RENAMED)).orElseThrow().by()).isEqualTo("carol");

            workbench.history().undo(); // dave's note: the group goes back under the key it was stored by
            assertThat(workbench.comparison().edits().names()).containsEntry(FIGHTERS, NAME);
            assertThat(group(workbench, RENAMED).name()).isEqualTo(NAME);
            workbench.history().redo();
        }
        try (Workbench reopened = Workbench.open(project, true)) {
            assertThat(group(reopened, RENAMED).name()).isEqualTo(NAME);
            assertThat(group(reopened, RENAMED).note()).isEqualTo(NOTE);
        }
    }

    @Test
    @org.junit.jupiter.api.Tag("h2-file") // restored as a new project file
    void aJsonExportAfterTheEntityIsRenamedNamesTheGroupByItsNewKeySoARestoredProjectKeepsItsEdits() {
        Path json = folder.resolve("project.json");
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), true)) {
            workbench.comparison().rename(FIGHTERS, NAME);
            workbench.comparison().note(FIGHTERS, NOTE);
            renameEntity(workbench, "Islamic State", "ISIS-K");
            workbench.projectExport().export(json, Progress.NONE);
        }
        org.crosscheck.store.ProjectFile restored = org.crosscheck.store.ProjectFile.of(folder.resolve("restored"));
        ProjectFromExport.restore(json, restored, Progress.NONE);
        try (Workbench workbench = Workbench.open(restored, false)) {
            assertThat(group(workbench, RENAMED).name()).isEqualTo(NAME);
            assertThat(group(workbench, RENAMED).note()).isEqualTo(NOTE);
        }
    }

    @Test
    void aGroupKeepsItsEditsWhenReScansSpellItsSubjectAnewAndASplitLeavesThemWithTheLargerPart() {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), true)) {
            // as an older reading spelled them: the fighters' suggestions about "IS-K"
            List<Claim> suggestions = group(workbench, FIGHTERS).statements().stream().map(Statement::claim)
                    .filter(claim -> claim.status() == ClaimStatus.SUGGESTED && claim.origin() == ClaimOrigin.EXTRACTED)
                    .toList();
            assertThat(suggestions).hasSizeGreaterThanOrEqualTo(3);
            for (Claim claim : suggestions) {
                workbench.claims().update(withSubject(claim, "IS-K"));
            }
            String spelled = "q:is-k|fighters|afghanistan";
            assertThat(claimsOf(group(workbench, spelled))).isEqualTo(ids(suggestions));
            workbench.comparison().rename(spelled, NAME);
            workbench.comparison().note(spelled, NOTE);

            // re-scanning the article with the fewest of them splits the group: the larger part keeps the edits
            Map<Long, List<Long>> bySource = suggestions.stream().collect(Collectors.groupingBy(Claim::sourceId,
                    Collectors.mapping(Claim::id, Collectors.toList())));
            long smallest = bySource.entrySet().stream().min(Map.Entry.comparingByValue(
                    java.util.Comparator.comparingInt(List::size))).orElseThrow().getKey();
            assertThat(bySource.get(smallest).size() * 2).isLessThan(suggestions.size());
            workbench.suggestions().rescan(smallest, Progress.NONE);
            assertThat(named(workbench, NAME)).containsExactly(spelled);
            assertThat(group(workbench, spelled).note()).isEqualTo(NOTE);
            assertThat(group(workbench, FIGHTERS).name()).isNotEqualTo(NAME);
            assertThat(claimsOf(group(workbench, FIGHTERS))).containsAll(bySource.get(smallest));

            // the other articles re-scanned one by one: the group follows its statements to their new key
            for (long source : new TreeSet<>(bySource.keySet())) {
                if (source != smallest) {
                    workbench.suggestions().rescan(source, Progress.NONE);
                }
            }
            assertThat(named(workbench, NAME)).containsExactly(FIGHTERS);
            assertThat(group(workbench, FIGHTERS).note()).isEqualTo(NOTE);
            assertThat(claimsOf(group(workbench, FIGHTERS))).containsAll(ids(suggestions));

            // undoing the re-scans brings the old spelling back, and the edits with it
            for (int rescans = 0; rescans < bySource.size(); rescans++) {
                workbench.history().undo();
            }
            assertThat(named(workbench, NAME)).containsExactly(spelled);
            assertThat(group(workbench, spelled).note()).isEqualTo(NOTE);
        }
    }

    @Test
    void whenAnAliasEditMakesTwoEditedGroupsOneTheGroupThatKeptItsKeyKeepsItsEditsAndUndoGivesBothBack() {
        String military = "q:u.s. military|fighters|afghanistan";
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), true)) {
            Set<Long> militarys = claimsOf(group(workbench, military));
            workbench.comparison().rename(FIGHTERS, NAME);
            workbench.comparison().rename(military, "American fighters");
            workbench.comparison().note(military, "two figures only");

            // "U.S. military" made one entity with "Islamic State": its two statements join the fighters
            List<Entity> edited = new ArrayList<>();
            Entity gone = null;
            for (Entity entity : workbench.aliases().table().entities()) {
                if (entity.canonical().equals("U.S. military")) {
                    gone = entity;
                } else {
                    edited.add(entity);
                }
            }
            List<String> joined = new ArrayList<>(gone.aliases());
            joined.add(gone.canonical());
            for (int i = 0; i < edited.size(); i++) {
                Entity entity = edited.get(i);
                if (entity.canonical().equals("Islamic State")) {
                    List<String> aliases = new ArrayList<>(entity.aliases());
                    aliases.addAll(joined);
                    edited.set(i, new Entity(entity.canonical(), entity.type(), aliases, entity.within()));
                }
            }
            workbench.aliases().save(edited);

            ComparisonGroup fighters = group(workbench, FIGHTERS);
            assertThat(claimsOf(fighters)).containsAll(militarys);
            assertThat(fighters.name()).isEqualTo(NAME);
            assertThat(fighters.note()).isEmpty();
            assertThat(named(workbench, "American fighters")).isEmpty();

            workbench.history().undo();
            assertThat(named(workbench, NAME)).containsExactly(FIGHTERS);
            assertThat(named(workbench, "American fighters")).containsExactly(military);
            assertThat(group(workbench, military).note()).isEqualTo("two figures only");
        }
    }

    private static void renameEntity(Workbench workbench, String from, String to) {
        List<Entity> edited = new ArrayList<>();
        for (Entity entity : workbench.aliases().table().entities()) {
            edited.add(entity.canonical().equals(from)
                    ? new Entity(to, entity.type(), entity.aliases(), entity.within()) : entity);
        }
        assertThat(workbench.aliases().save(edited)).isPositive();
    }

    private static Claim withSubject(Claim claim, String subject) {
        return new Claim(claim.id(), claim.sourceId(), claim.start(), claim.end(), claim.kind(), claim.status(),
                claim.origin(), subject, claim.speaker(), claim.outlet(), claim.place(), claim.refersTo(),
                claim.quantity(), claim.tagIds(), claim.note());
    }

    private static ComparisonGroup group(Workbench workbench, String id) {
        return workbench.comparison().compare().groups().stream().filter(group -> group.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + id));
    }

    private static List<String> named(Workbench workbench, String name) {
        return workbench.comparison().compare().groups().stream().filter(group -> group.name().equals(name))
                .map(ComparisonGroup::id).toList();
    }

    private static Set<Long> claimsOf(ComparisonGroup group) {
        return group.statements().stream().map(statement -> statement.claim().id()).collect(Collectors.toSet());
    }

    private static Set<Long> ids(List<Claim> claims) {
        return claims.stream().map(Claim::id).collect(Collectors.toSet());
    }
}
