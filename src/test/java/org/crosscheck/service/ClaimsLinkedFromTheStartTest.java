package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.extract.AliasTable;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.Entity;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.EntityLink;
import org.crosscheck.store.EntityRepository;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project on the alias table shipped with Crosscheck has that table as entity rows of its own from its
 * first opening, so its claims are linked to their entities at once — not only once the researcher first
 * saves Tags › Entities and aliases… — and renaming an entity keeps its groups and their hand edits.
 */
class ClaimsLinkedFromTheStartTest {

    private static final String FIGHTERS = "q:islamic state|fighters|afghanistan";
    private static final String RENAMED = "q:daesh khorasan|fighters|afghanistan";

    @TempDir
    Path folder;

    @Test
    void aNewProjectOnTheSampleHasItsClaimsLinkedToTheShippedTablesEntitiesBeforeAnyAliasIsSaved() {
        try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("new")), true)) {
            assertThat(workbench.aliases().table().entities()).isEqualTo(AliasTable.defaults().entities());
            assertThat(subjectsLinkedTo(workbench, "Islamic State")).isNotEmpty()
                    .isEqualTo(claimsWithSubject(workbench, "Islamic State"));
            assertThat(placesLinkedTo(workbench, "Afghanistan")).isNotEmpty();

            workbench.comparison().rename(FIGHTERS, "ISIS fighters (hand-named)");
            Set<Long> fighters = claimsOf(group(workbench, FIGHTERS));
            renameIslamicState(workbench);

            ComparisonGroup renamed = group(workbench, RENAMED);
            assertThat(renamed.name()).isEqualTo("ISIS fighters (hand-named)");
            assertThat(claimsOf(renamed)).isEqualTo(fighters);
        }
    }

    @Test
    @org.junit.jupiter.api.Tag("h2-file") // a project file made by the previous version
    void aProjectMadeByThePreviousVersionOnTheShippedTableHasItsClaimsLinkedWhenOpenedAndARenameKeepsItsGroup()
            throws Exception {
        // made by main's jar of 3 December 2026 (schema 13.2) through its services: the sample, no alias
        // table of its own (so no entity rows, no claim linked), the fighters group named and noted by hand
        Path file = folder.resolve("old" + ProjectFile.SUFFIX);
        try (InputStream old = getClass().getResourceAsStream("/projects/v13-shipped-aliases.mv.db")) {
            Files.copy(old, file);
        }
        try (Workbench workbench = Workbench.open(ProjectFile.of(folder.resolve("old")), false)) {
            assertThat(subjectsLinkedTo(workbench, "Islamic State")).isNotEmpty()
                    .isEqualTo(claimsWithSubject(workbench, "Islamic State"));
            assertThat(group(workbench, FIGHTERS).name()).isEqualTo("ISIS fighters (hand-named)");
            Set<Long> fighters = claimsOf(group(workbench, FIGHTERS));

            renameIslamicState(workbench);

            ComparisonGroup renamed = group(workbench, RENAMED);
            assertThat(renamed.name()).isEqualTo("ISIS fighters (hand-named)");
            assertThat(renamed.note()).isEqualTo("named on the shipped table");
            assertThat(claimsOf(renamed)).isEqualTo(fighters);
        }
    }

    @Test
    void aProjectWhoseOwnTableWasEmptiedStaysEmptyWhenOpenedAgain() {
        var project = TestProjects.at(folder.resolve("emptied"));
        try (Workbench workbench = Workbench.open(project, true)) {
            workbench.aliases().save(List.of());
        }
        try (Workbench reopened = Workbench.open(project, true)) {
            assertThat(reopened.aliases().table().entities()).isEmpty();
            assertThat(links(reopened)).isEmpty();
        }
    }

    /** "Islamic State" renamed in place, its aliases kept: the researcher's rename of the shipped entity. */
    private static void renameIslamicState(Workbench workbench) {
        List<Entity> edited = new ArrayList<>();
        for (Entity entity : workbench.aliases().table().entities()) {
            edited.add(entity.canonical().equals("Islamic State")
                    ? new Entity("Daesh Khorasan", entity.type(), entity.aliases(), entity.within()) : entity);
        }
        workbench.aliases().save(edited);
    }

    private static Set<Long> subjectsLinkedTo(Workbench workbench, String canonical) {
        Map<Long, EntityLink> links = links(workbench);
        Map<Long, Entity> entities = entities(workbench);
        return links.entrySet().stream().filter(link -> entities.containsKey(link.getValue().subjectEntityId())
                        && entities.get(link.getValue().subjectEntityId()).canonical().equals(canonical))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static Set<Long> placesLinkedTo(Workbench workbench, String canonical) {
        Map<Long, EntityLink> links = links(workbench);
        Map<Long, Entity> entities = entities(workbench);
        return links.entrySet().stream().filter(link -> entities.containsKey(link.getValue().placeEntityId())
                        && entities.get(link.getValue().placeEntityId()).canonical().equals(canonical))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static Set<Long> claimsWithSubject(Workbench workbench, String subject) {
        return workbench.claims().allClaims().stream().filter(claim -> claim.subject().equals(subject))
                .map(Claim::id).collect(Collectors.toSet());
    }

    private static Map<Long, EntityLink> links(Workbench workbench) {
        return workbench.database().inTransaction("read the links", transaction -> new ClaimRepository().entityLinks(transaction));
    }

    private static Map<Long, Entity> entities(Workbench workbench) {
        return workbench.database().inTransaction("read the entities", transaction -> new EntityRepository().byId(transaction));
    }

    private static ComparisonGroup group(Workbench workbench, String id) {
        return workbench.comparison().compare().groups().stream().filter(group -> group.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + id));
    }

    private static Set<Long> claimsOf(ComparisonGroup group) {
        return group.statements().stream().map(statement -> statement.claim().id()).collect(Collectors.toSet());
    }
}
