package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Source;
import org.crosscheck.model.Statement;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories on import, the researcher's edits of them, and the toll groups they make. */
class StoryServiceTest {

    @TempDir
    Path folder;

    private Workbench workbench;

    @BeforeEach
    void open() throws IOException {
        workbench = Workbench.open(TestProjects.at(folder.resolve("project")), false);
        Path reports = Files.createDirectories(folder.resolve("reports"));
        write(reports, "maple-1.txt", "Two killed, five hurt in Maplewood bar shooting\n\n"
                + "Two people were killed and five were injured when a gunman opened fire inside the Blue Heron Tavern "
                + "on Delancey Avenue in Maplewood late Saturday, police said. Detective Ramona Okafor said the "
                + "gunman, Dorian Petrakis, fled in a grey pickup.");
        write(reports, "maple-2.txt", "Maplewood tavern gunman Dorian Petrakis arrested\n\n"
                + "Police arrested Dorian Petrakis on Monday, two days after the shooting at the Blue Heron Tavern on "
                + "Delancey Avenue that left two people dead. Five people were injured, Detective Ramona Okafor said.");
        write(reports, "harbor.txt", "Fire at Harbor Point warehouse injures three firefighters\n\n"
                + "Three firefighters were injured on Sunday as flames tore through the Quayside Cold Storage "
                + "warehouse at Harbor Point, Fire Chief Lionel Abernathy said. The blaze began near the loading docks.");
        ImportReport imported = workbench.imports().importFiles(List.of(reports),
                FuzzyDate.day(java.time.LocalDate.of(2016, 3, 14)), Progress.NONE);
        assertThat(imported.imported()).hasSize(3);
    }

    private static void write(Path folder, String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private long sourceId(String file) {
        return workbench.library().all().stream().filter(source -> source.importedFrom().endsWith(file))
                .mapToLong(Source::id).findFirst().orElseThrow();
    }

    private Optional<StoryService.StoryEntry> storyOf(String file) {
        long id = sourceId(file);
        return workbench.stories().all().stream().filter(entry -> entry.sourceIds().contains(id)).findFirst();
    }

    @Test
    void reportsOfOneIncidentFormOneStoryAndAnotherIncidentItsOwn() {
        assertThat(storyOf("maple-1.txt").orElseThrow().sourceIds())
                .containsExactlyInAnyOrder(sourceId("maple-1.txt"), sourceId("maple-2.txt"));
        assertThat(storyOf("harbor.txt").orElseThrow().sourceIds()).containsExactly(sourceId("harbor.txt"));
    }

    @Test
    void theSameTollInTwoReportsOfTheStoryIsOneGroupThatAgrees() {
        ComparisonGroup injured = workbench.comparison().compare().groups().stream()
                .filter(group -> group.key() != null && group.key().counted().equals("people shot or injured")
                        && group.sources() == 2)
                .findFirst().orElseThrow();
        assertThat(injured.statements()).extracting(Statement::file).contains("maple-1.txt", "maple-2.txt")
                .containsOnly("maple-1.txt", "maple-2.txt"); // the headline of the first states it too
        assertThat(injured.story()).isPresent();
        assertThat(injured.contradictions()).isZero();
    }

    @Test
    void renamingMergingSplittingAndMovingAreUndoableAndSurviveReclustering() {
        long maple = storyOf("maple-1.txt").orElseThrow().story().id();
        long harbor = storyOf("harbor.txt").orElseThrow().story().id();

        workbench.stories().rename(maple, "Blue Heron Tavern shooting");
        workbench.stories().recluster();
        assertThat(storyOf("maple-2.txt").orElseThrow().story().name()).isEqualTo("Blue Heron Tavern shooting");

        workbench.stories().move(Set.of(sourceId("harbor.txt")), maple);
        workbench.stories().recluster();
        assertThat(storyOf("harbor.txt").orElseThrow().story().id()).isEqualTo(maple);

        workbench.history().undo();
        assertThat(storyOf("harbor.txt").orElseThrow().story().id()).isEqualTo(harbor);
        workbench.history().redo();
        assertThat(storyOf("harbor.txt").orElseThrow().story().id()).isEqualTo(maple);

        long split = workbench.stories().split(Set.of(sourceId("maple-2.txt")), "The arrest");
        workbench.stories().recluster();
        assertThat(storyOf("maple-2.txt").orElseThrow().story().id()).isEqualTo(split);
        assertThat(storyOf("maple-1.txt").orElseThrow().story().id()).isEqualTo(maple);

        workbench.stories().merge(split, maple);
        assertThat(storyOf("maple-2.txt").orElseThrow().story().id()).isEqualTo(maple);
        workbench.history().undo();
        assertThat(storyOf("maple-2.txt").orElseThrow().story()).satisfies(story -> {
            assertThat(story.id()).isEqualTo(split);
            assertThat(story.name()).isEqualTo("The arrest");
        });
        workbench.history().undo();
        assertThat(storyOf("maple-2.txt").orElseThrow().story().id()).isEqualTo(maple);
    }

    @Test
    void anArticleWhoseDateChangesIsReadAgainAndTheUndoReadsItBack() {
        long second = sourceId("maple-2.txt");
        org.crosscheck.model.Source source = workbench.library().source(second);
        assertThat(workbench.stories().storedTerms(second)).hasValueSatisfying(terms -> assertThat(terms).contains("2016-03-14"));
        workbench.library().updateMetadata(second, new org.crosscheck.model.SourceMetadata(source.title(), source.outlet(),
                source.author(), source.url(), FuzzyDate.day(java.time.LocalDate.of(2019, 9, 1)), source.grade(),
                source.notes()));
        assertThat(workbench.stories().storedTerms(second)).hasValueSatisfying(terms -> assertThat(terms)
                .contains("2019-09-01").doesNotContain("2016-03-14"));

        workbench.history().undo();
        assertThat(workbench.stories().storedTerms(second)).hasValueSatisfying(terms -> assertThat(terms).contains("2016-03-14"));
        assertThat(storyOf("maple-1.txt").orElseThrow().sourceIds()).contains(second);
    }

    @Test
    void storiesAreKeptInTheProjectFile() {
        long maple = storyOf("maple-1.txt").orElseThrow().story().id();
        workbench.stories().rename(maple, "Blue Heron Tavern shooting");
        workbench.close();
        workbench = Workbench.open(TestProjects.at(folder.resolve("project")), false);

        assertThat(storyOf("maple-1.txt").orElseThrow().story().name()).isEqualTo("Blue Heron Tavern shooting");
    }

    @Test
    void theHeadlineThatIsAlsoTheTitleCountsOnceInTheStoryTerms() {
        assertThat(StoryService.withoutHeadline("Title\n\nBody", "Title")).isEqualTo("\n\nBody");
        assertThat(StoryService.withoutHeadline("Another first line\n\nBody", "Title"))
                .isEqualTo("Another first line\n\nBody");
    }
}
