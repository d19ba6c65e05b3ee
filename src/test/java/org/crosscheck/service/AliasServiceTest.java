package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.crosscheck.store.EntityRepository;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AliasServiceTest {

    @TempDir
    Path folder;

    @Test
    void anEditedAliasTableIsKeptInTheProjectReScansAndIsUndoable() {
        ProjectLocation project = TestProjects.at(folder.resolve("p"));
        try (Workbench workbench = Workbench.open(project, true)) {
            assertThat(subjects(workbench)).contains("Islamic State");
            List<Entity> edited = new ArrayList<>();
            for (Entity entity : workbench.aliases().table().entities()) {
                edited.add(entity.canonical().equals("Islamic State")
                        ? new Entity("ISIS-K", EntityType.ORGANISATION, entity.aliases(), entity.within()) : entity);
            }

            int changed = workbench.aliases().save(edited);

            assertThat(changed).isPositive();
            assertThat(subjects(workbench)).contains("ISIS-K").doesNotContain("Islamic State");
            workbench.history().undo();
            assertThat(subjects(workbench)).contains("Islamic State").doesNotContain("ISIS-K");
            workbench.history().redo();
        }
        try (Workbench reopened = Workbench.open(project, true)) {
            assertThat(reopened.aliases().table().canonical("Daesh")).hasValue("ISIS-K");
        }
    }

    @Test
    void aSavedTableIsRowsOfTheEntityTablesSignedByItsEditorAndUndoGoesBackToTheShippedTable() {
        String userBefore = System.getProperty("crosscheck.user");
        System.setProperty("crosscheck.user", "carol");
        try (Workbench workbench = Workbench.open(ProjectFile.of(folder.resolve("p")), true)) {
            List<Entity> shipped = org.crosscheck.extract.AliasTable.defaults().entities();
            assertThat(own(workbench)).hasValue(shipped); // a new project keeps the shipped table as rows, unsigned
            assertThat(workbench.database().inTransaction("read a signature", transaction -> new EntityRepository()
                    .signatureOf(transaction, "Islamic State")).orElseThrow().by()).isEmpty();
            List<Entity> edited = new ArrayList<>(workbench.aliases().table().entities());
            edited.add(new Entity("Northern Water Authority", EntityType.ORGANISATION, List.of("NWA"), ""));

            workbench.aliases().save(edited);

            assertThat(own(workbench)).hasValue(edited);
            assertThat(workbench.database().inTransaction("read a signature", transaction -> new EntityRepository()
                    .signatureOf(transaction, "Northern Water Authority")).orElseThrow().by()).isEqualTo("carol");
            workbench.history().undo();
            assertThat(own(workbench)).hasValue(shipped);
        } finally {
            if (userBefore == null) {
                System.clearProperty("crosscheck.user");
            } else {
                System.setProperty("crosscheck.user", userBefore);
            }
        }
    }

    @Test
    void aRowRenamedOutrightKeepsItsEntityItsClaimsAndItsGroupBecauseItCarriesItsIdAndUndoGivesTheLinksBack() {
        String fighters = "q:islamic state|fighters|afghanistan";
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), true)) {
            java.util.Set<Long> statements = claimsOf(group(workbench, fighters));
            statements.forEach(claim -> workbench.claims().confirm(claim)); // re-scans leave confirmed claims be
            workbench.comparison().rename(fighters, "ISIS fighters (hand-named)");
            java.util.Map<Long, String> linksBefore = linkedNames(workbench);

            // no name shared with the old row, and a row taken away: its names and place tell nothing
            List<org.crosscheck.model.TableEntity> rows = new ArrayList<>();
            long islamicState = 0;
            for (org.crosscheck.model.TableEntity row : workbench.aliases().rows()) {
                if (row.entity().canonical().equals("Islamic State")) {
                    islamicState = row.id();
                    rows.add(new org.crosscheck.model.TableEntity(row.id(), new Entity("Daesh Khorasan",
                            EntityType.ORGANISATION, List.of("DK"), "")));
                } else if (!row.entity().canonical().equals("Taliban")) {
                    rows.add(row);
                }
            }
            workbench.aliases().saveRows(rows);

            org.crosscheck.model.ComparisonGroup renamed = group(workbench, "q:daesh khorasan|fighters|afghanistan");
            assertThat(renamed.name()).isEqualTo("ISIS fighters (hand-named)");
            assertThat(claimsOf(renamed)).isEqualTo(statements);
            assertThat(workbench.aliases().rows()).filteredOn(row -> row.entity().canonical().equals("Daesh Khorasan"))
                    .extracting(org.crosscheck.model.TableEntity::id).containsExactly(islamicState);

            workbench.history().undo(); // the Taliban come back as a new row, their claims linked to it as before
            assertThat(group(workbench, fighters).name()).isEqualTo("ISIS fighters (hand-named)");
            assertThat(linkedNames(workbench)).isEqualTo(linksBefore);
        }
    }

    @Test
    void theSameEditWithoutIdsAsAPastedTableHasIsANewEntityThatNoClaimIsLinkedTo() {
        String fighters = "q:islamic state|fighters|afghanistan";
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), true)) {
            claimsOf(group(workbench, fighters)).forEach(claim -> workbench.claims().confirm(claim));
            workbench.comparison().rename(fighters, "ISIS fighters (hand-named)");
            List<Entity> pasted = new ArrayList<>();
            for (Entity entity : workbench.aliases().table().entities()) {
                if (entity.canonical().equals("Islamic State")) {
                    pasted.add(new Entity("Daesh Khorasan", EntityType.ORGANISATION, List.of("DK"), ""));
                } else if (!entity.canonical().equals("Taliban")) {
                    pasted.add(entity);
                }
            }
            workbench.aliases().save(pasted);

            // no id and no name shared: a new entity, which no claim is linked to (they are compared by their words)
            assertThat(workbench.comparison().compare().groups()).extracting(org.crosscheck.model.ComparisonGroup::id)
                    .noneMatch(id -> id.startsWith("q:daesh khorasan|"));
        }
    }

    /** Each linked claim's subject and place entity, by name: the links, whatever ids the entities have now. */
    private static java.util.Map<Long, String> linkedNames(Workbench workbench) {
        java.util.Map<Long, Entity> entities = workbench.database().inTransaction("read the entities",
                transaction -> new EntityRepository().byId(transaction));
        java.util.Map<Long, String> names = new java.util.TreeMap<>();
        links(workbench).forEach((claim, link) -> names.put(claim, name(entities, link.subjectEntityId()) + " | "
                + name(entities, link.placeEntityId())));
        return names;
    }

    private static String name(java.util.Map<Long, Entity> entities, long id) {
        return id == 0 ? "-" : entities.get(id).canonical();
    }

    private static java.util.Map<Long, org.crosscheck.store.EntityLink> links(Workbench workbench) {
        return workbench.database().inTransaction("read the links", transaction -> new org.crosscheck.store.ClaimRepository()
                .entityLinks(transaction));
    }

    private static org.crosscheck.model.ComparisonGroup group(Workbench workbench, String id) {
        return workbench.comparison().compare().groups().stream().filter(group -> group.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + id));
    }

    private static java.util.Set<Long> claimsOf(org.crosscheck.model.ComparisonGroup group) {
        return group.statements().stream().map(statement -> statement.claim().id())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    private static java.util.Optional<List<Entity>> own(Workbench workbench) {
        return workbench.database().inTransaction("read the entities", transaction -> new EntityRepository().load(transaction));
    }

    @Test
    void namesTheArticlesDefineAreProposedUntilTheTableKnowsThem() throws Exception {
        Path file = folder.resolve("water.txt");
        java.nio.file.Files.writeString(file, "Water authority to hire\n\nThe Northern Water Authority (NWA) said on "
                + "Tuesday it would hire 300 engineers.");
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("q")), true)) {
            workbench.imports().importFiles(List.of(file), Progress.NONE);

            List<AliasService.Proposal> proposals = workbench.aliases().proposals();
            assertThat(proposals).extracting(proposal -> proposal.entity().canonical()).contains("Northern Water Authority");
            AliasService.Proposal water = proposals.stream()
                    .filter(proposal -> proposal.entity().canonical().equals("Northern Water Authority")).findFirst().orElseThrow();
            assertThat(water.articles()).isEqualTo(1);

            List<Entity> accepted = new ArrayList<>(workbench.aliases().table().entities());
            accepted.add(water.entity());
            workbench.aliases().save(accepted);
            assertThat(workbench.aliases().proposals()).extracting(proposal -> proposal.entity().canonical())
                    .doesNotContain("Northern Water Authority");
        }
    }

    private static List<String> subjects(Workbench workbench) {
        return workbench.claims().allClaims().stream().map(Claim::subject).distinct().toList();
    }
}
