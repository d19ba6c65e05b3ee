package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.Entity;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claims refer to their subject and place by id (issue 18): a statement groups under the entity its words
 * named when it was saved, so renaming the entity or giving it another alias leaves the group as it was,
 * with the statements the researcher confirmed (which re-scans leave as they are) beside the suggestions
 * a re-scan spells anew.
 */
class ClaimEntityLinksTest {

    private static final String FIGHTERS = "q:islamic state|fighters|afghanistan";
    private static final String RENAMED = "q:islamic state khorasan province|fighters|afghanistan";
    private static final String NAME = "ISIS fighters in Afghanistan";

    @TempDir
    Path folder;

    @Test
    void renamingTheEntityKeepsConfirmedAndSuggestedStatementsInOneGroupWithItsName() {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), true)) {
            Set<Long> fighters = claimsOf(group(workbench, FIGHTERS));
            List<Long> confirmed = fighters.stream().sorted().limit(3).toList();
            confirmed.forEach(workbench.claims()::confirm);
            workbench.comparison().rename(FIGHTERS, NAME);

            // the new name only: "Islamic State", the words of the confirmed claims, names no entity now
            editEntity(workbench, "Islamic State", entity -> new Entity("Islamic State Khorasan Province",
                    entity.type(), entity.aliases().stream().filter(alias -> !alias.equals("Islamic State Khorasan Province"))
                    .toList(), entity.within()));

            ComparisonGroup renamed = group(workbench, RENAMED);
            assertThat(claimsOf(renamed)).containsAll(confirmed).hasSameSizeAs(fighters);
            assertThat(renamed.name()).isEqualTo(NAME);
            assertThat(workbench.claims().allClaims()).filteredOn(claim -> confirmed.contains(claim.id()))
                    .extracting(Claim::subject).containsOnly("Islamic State"); // the words stay as written

            // and once more, now that the project has a table of its own
            editEntity(workbench, "Islamic State Khorasan Province", entity -> new Entity("ISKP", entity.type(),
                    entity.aliases().stream().filter(alias -> !alias.equals("ISKP")).toList(), entity.within()));
            ComparisonGroup again = group(workbench, "q:iskp|fighters|afghanistan");
            assertThat(claimsOf(again)).containsAll(confirmed).hasSameSizeAs(fighters);
            assertThat(again.name()).isEqualTo(NAME);

            workbench.history().undo();
            workbench.history().undo();
            assertThat(claimsOf(group(workbench, FIGHTERS))).isEqualTo(fighters);
        }
    }

    @Test
    void addingAnAliasKeepsTheGroupAndAStatementWrittenWithAnAliasJoinsItsEntity() {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), true)) {
            Set<Long> fighters = claimsOf(group(workbench, FIGHTERS));
            long byHand = fighters.stream().sorted().findFirst().orElseThrow();
            workbench.comparison().rename(FIGHTERS, NAME);
            editEntity(workbench, "Islamic State", entity -> withAlias(entity, "Khorasan branch"));
            assertThat(claimsOf(group(workbench, FIGHTERS))).isEqualTo(fighters);
            assertThat(group(workbench, FIGHTERS).name()).isEqualTo(NAME);

            // the researcher writes the subject as an alias: still the same entity
            Claim claim = claim(workbench, byHand);
            workbench.claims().update(withSubject(claim, "Khorasan branch").withStatus(ClaimStatus.CONFIRMED));
            assertThat(claimsOf(group(workbench, FIGHTERS))).isEqualTo(fighters);

            // and another entity's name takes it out of the group
            workbench.claims().update(withSubject(claim(workbench, byHand), "U.S. military"));
            assertThat(claimsOf(group(workbench, FIGHTERS))).doesNotContain(byHand);
            assertThat(claimsOf(group(workbench, "q:u.s. military|fighters|afghanistan"))).contains(byHand);
        }
    }

    @Test
    void aPlaceTheTableKnowsGroupsWithTheCountryItLiesInThoughItsWordsNameNoCountry() {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), true)) {
            Set<Long> fighters = claimsOf(group(workbench, FIGHTERS));
            long inNangarhar = fighters.stream().sorted().findFirst().orElseThrow();
            editEntity(workbench, "Islamic State", entity -> withAlias(entity, "Khorasan branch"));

            workbench.claims().update(withPlace(claim(workbench, inNangarhar), "Nangarhar"));

            assertThat(claimsOf(group(workbench, FIGHTERS))).isEqualTo(fighters);
            assertThat(group(workbench, FIGHTERS).statements()).filteredOn(s -> s.claim().id() == inNangarhar)
                    .singleElement().satisfies(statement -> {
                        assertThat(statement.basePlace()).isEqualTo("Afghanistan");
                        assertThat(statement.placeIsPart()).isTrue();
                    });
        }
    }

    @Test
    @org.junit.jupiter.api.Tag("h2-file") // restored as a new project file
    void theExportsAndARestoredJsonProjectGroupTheRenamedEntitysStatementsAsTheWindowDoes() throws Exception {
        Path json = folder.resolve("project.json");
        Path csv = folder.resolve("claims.csv");
        Set<Long> fighters;
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), true)) {
            fighters = claimsOf(group(workbench, FIGHTERS));
            fighters.stream().sorted().limit(3).forEach(workbench.claims()::confirm);
            workbench.comparison().rename(FIGHTERS, NAME);
            editEntity(workbench, "Islamic State", entity -> new Entity("Islamic State Khorasan Province",
                    entity.type(), entity.aliases().stream().filter(alias -> !alias.equals("Islamic State Khorasan Province"))
                    .toList(), entity.within()));
            workbench.exports().claimsCsv(csv, Progress.NONE);
            workbench.projectExport().export(json, Progress.NONE);
        }
        assertThat(java.nio.file.Files.readAllLines(csv)).filteredOn(line -> line.contains(NAME)).hasSameSizeAs(fighters);
        assertThat(java.nio.file.Files.readString(json)).containsPattern("\"subjectEntity\": ?\"Islamic State Khorasan Province\"");

        org.crosscheck.store.ProjectFile restored = org.crosscheck.store.ProjectFile.of(folder.resolve("restored"));
        ProjectFromExport.restore(json, restored, Progress.NONE);
        try (Workbench workbench = Workbench.open(restored, false)) {
            ComparisonGroup group = group(workbench, RENAMED);
            assertThat(group.statements()).hasSameSizeAs(fighters);
            assertThat(group.name()).isEqualTo(NAME);
        }
    }

    private static void editEntity(Workbench workbench, String canonical, UnaryOperator<Entity> how) {
        List<Entity> edited = new ArrayList<>();
        for (Entity entity : workbench.aliases().table().entities()) {
            edited.add(entity.canonical().equals(canonical) ? how.apply(entity) : entity);
        }
        workbench.aliases().save(edited);
    }

    private static Entity withAlias(Entity entity, String alias) {
        List<String> aliases = new ArrayList<>(entity.aliases());
        aliases.add(alias);
        return new Entity(entity.canonical(), entity.type(), aliases, entity.within());
    }

    private static Claim claim(Workbench workbench, long id) {
        return workbench.claims().allClaims().stream().filter(claim -> claim.id() == id).findFirst().orElseThrow();
    }

    private static Claim withSubject(Claim claim, String subject) {
        return new Claim(claim.id(), claim.sourceId(), claim.start(), claim.end(), claim.kind(), claim.status(),
                claim.origin(), subject, claim.speaker(), claim.outlet(), claim.place(), claim.refersTo(),
                claim.quantity(), claim.tagIds(), claim.note());
    }

    private static Claim withPlace(Claim claim, String place) {
        return new Claim(claim.id(), claim.sourceId(), claim.start(), claim.end(), claim.kind(), claim.status(),
                claim.origin(), claim.subject(), claim.speaker(), claim.outlet(), place, claim.refersTo(),
                claim.quantity(), claim.tagIds(), claim.note());
    }

    private static ComparisonGroup group(Workbench workbench, String id) {
        return workbench.comparison().compare().groups().stream().filter(group -> group.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + id + " among " + workbench.comparison().compare()
                        .groups().stream().map(ComparisonGroup::id).toList()));
    }

    private static Set<Long> claimsOf(ComparisonGroup group) {
        return group.statements().stream().map(statement -> statement.claim().id()).collect(Collectors.toSet());
    }
}
