package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.Claim;
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
            assertThat(own(workbench)).isEmpty(); // a new project uses the table Crosscheck ships
            List<Entity> edited = new ArrayList<>(workbench.aliases().table().entities());
            edited.add(new Entity("Northern Water Authority", EntityType.ORGANISATION, List.of("NWA"), ""));

            workbench.aliases().save(edited);

            assertThat(own(workbench)).hasValue(edited);
            assertThat(workbench.database().inTransaction("read a signature", transaction -> new EntityRepository()
                    .signatureOf(transaction, "Northern Water Authority")).orElseThrow().by()).isEqualTo("carol");
            workbench.history().undo();
            assertThat(own(workbench)).isEmpty();
        } finally {
            if (userBefore == null) {
                System.clearProperty("crosscheck.user");
            } else {
                System.setProperty("crosscheck.user", userBefore);
            }
        }
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
