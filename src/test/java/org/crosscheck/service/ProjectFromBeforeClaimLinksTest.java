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
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.Entity;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.EntityLink;
import org.crosscheck.store.EntityRepository;
import org.crosscheck.store.ProjectFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project made by the version before claims had links to their entities (schema 12), with an alias
 * table of its own: the sample, its table saved with a place added (Achin, in Afghanistan), claims 4 and
 * 7 confirmed, claim 5's subject written "ISIS", claim 6's place "Nangarhar, Afghanistan", and the
 * fighters group named "ISIS fighters (hand-named)" — made with main's jar of 3 December 2026 through
 * its services. Opened now, migration 13.1 links its claims to the entities their words name.
 */
@org.junit.jupiter.api.Tag("h2-file") // a project file made by an older version
class ProjectFromBeforeClaimLinksTest {

    private static final String FIGHTERS = "q:islamic state|fighters|afghanistan";
    private static final String NAME = "ISIS fighters (hand-named)";

    @TempDir
    Path folder;

    private Workbench workbench;

    @BeforeEach
    void openTheOldProject() throws Exception {
        try (InputStream old = getClass().getResourceAsStream("/projects/v12-own-aliases.mv.db")) {
            Files.copy(old, folder.resolve("old" + ProjectFile.SUFFIX));
        }
        workbench = Workbench.open(ProjectFile.of(folder.resolve("old")), false);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void everyClaimWhoseWordsNameAnEntityOfTheTableIsLinkedToIt() {
        Map<Long, EntityLink> links = workbench.database().inTransaction("read the links",
                transaction -> new ClaimRepository().entityLinks(transaction));
        Map<Long, Entity> entities = workbench.database().inTransaction("read the entities",
                transaction -> new EntityRepository().byId(transaction));

        assertThat(entities.get(links.get(5L).subjectEntityId()).canonical()).isEqualTo("Islamic State"); // "ISIS"
        assertThat(entities.get(links.get(4L).subjectEntityId()).canonical()).isEqualTo("Islamic State");
        assertThat(entities.get(links.get(14L).subjectEntityId()).canonical()).isEqualTo("U.S. military");
        assertThat(entities.get(links.get(6L).placeEntityId()).canonical()).isEqualTo("Nangarhar");
        assertThat(entities.get(links.get(10L).placeEntityId()).canonical()).isEqualTo("Afghanistan"); // "northern Afghanistan"
        assertThat(entities.get(links.get(2L).placeEntityId()).canonical()).isEqualTo("Syria");
    }

    @Test
    void theStatementWrittenWithAnAliasJoinsItsEntitysGroupWhichKeepsItsName() {
        ComparisonGroup fighters = group(FIGHTERS);

        assertThat(fighters.name()).isEqualTo(NAME);
        assertThat(claimsOf(fighters)).contains(4L, 5L, 6L, 7L);
        assertThat(workbench.comparison().compare().groups()).noneMatch(group -> group.id().startsWith("q:isis|"));
    }

    @Test
    void renamingTheEntityKeepsTheGroupWithItsConfirmedStatementsAndItsName() {
        Set<Long> before = claimsOf(group(FIGHTERS));
        List<Entity> edited = new ArrayList<>();
        for (Entity entity : workbench.aliases().table().entities()) {
            edited.add(entity.canonical().equals("Islamic State") ? new Entity("Wilayat Khorasan", entity.type(),
                    entity.aliases().stream().filter(alias -> !alias.equals("Wilayat Khorasan")).toList(), entity.within())
                    : entity);
        }
        workbench.aliases().save(edited);

        ComparisonGroup renamed = group("q:wilayat khorasan|fighters|afghanistan");
        assertThat(claimsOf(renamed)).isEqualTo(before);
        assertThat(renamed.name()).isEqualTo(NAME);
    }

    private ComparisonGroup group(String id) {
        return workbench.comparison().compare().groups().stream().filter(group -> group.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + id));
    }

    private static Set<Long> claimsOf(ComparisonGroup group) {
        return group.statements().stream().map(statement -> statement.claim().id()).collect(Collectors.toSet());
    }
}
