package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.Entity;
import org.crosscheck.model.SourceGrade;
import org.crosscheck.model.SourceMetadata;
import org.crosscheck.store.ServerProject;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two people in one shared project on PostgreSQL, two {@link Workbench}es as on two machines: what one
 * changes beyond articles, claims and tags (stories, group edits, aliases, speakers, grades, an
 * article's details, a tag on no claim) is news to the other at the next look (the window looks every
 * few seconds and reloads), and what the other keeps from the project is worked out again with it.
 */
class TwoPeopleSeeEachOthersEditsTest {

    private Workbench ana;
    private Workbench bo;

    @BeforeEach
    void openTheSampleForTwo() {
        ServerProject project = TestProjects.freshOnServer();
        ana = Workbench.open(project, true); // a new project: the sample articles
        bo = Workbench.open(project, true);
        ana.othersChanged(); // what opening did (clustering, first comparisons) is behind them both
        bo.othersChanged();
    }

    @AfterEach
    void close() {
        if (bo != null) {
            bo.close();
        }
        if (ana != null) {
            ana.close();
        }
    }

    @Test
    void aGroupRenamedByOneIsInTheOthersComparisonAtItsNextLook() {
        ComparisonGroup fighters = largest(ana.comparison().compare().groups());
        assertThat(bo.othersChanged()).isFalse();

        bo.comparison().rename(fighters.id(), "Fighters, by Bo");

        assertThat(bo.othersChanged()).as("one's own edit is no news to oneself").isFalse();
        assertThat(ana.othersChanged()).as("the other's group edit is").isTrue();
        assertThat(ana.othersChanged()).as("and only once").isFalse();
        assertThat(group(ana, fighters.id()).name()).as("compared again, with the other's name").isEqualTo("Fighters, by Bo");

        bo.history().undo();
        assertThat(ana.othersChanged()).isTrue();
        assertThat(group(ana, fighters.id()).name()).isEqualTo(fighters.name());
    }

    @Test
    void aStoryRenamedMergedOrMovedByOneIsNewsToTheOther() {
        List<StoryService.StoryEntry> stories = ana.stories().all();
        assertThat(stories).hasSizeGreaterThan(1);
        long first = stories.get(0).story().id();
        long second = stories.get(1).story().id();

        bo.stories().rename(first, "Islamic State in Afghanistan, by Bo");
        assertThat(ana.othersChanged()).isTrue();
        assertThat(ana.stories().all()).anyMatch(entry -> entry.story().name().equals("Islamic State in Afghanistan, by Bo"));

        bo.stories().merge(second, first);
        assertThat(ana.othersChanged()).isTrue();
        assertThat(ana.stories().all()).noneMatch(entry -> entry.story().id() == second);

        long article = ana.stories().all().get(0).sourceIds().get(0);
        bo.stories().split(Set.of(article), "Split off by Bo");
        assertThat(ana.othersChanged()).isTrue();
        assertThat(bo.othersChanged()).isFalse();
    }

    @Test
    void aliasesSavedByOneNameTheSubjectsOfTheOthersNextReading() {
        assertThat(ana.suggestions().extractor().canonicalEntity("Khorasan Caliphate")).isEqualTo("Khorasan Caliphate");
        List<Entity> edited = new ArrayList<>();
        for (Entity entity : bo.aliases().table().entities()) {
            List<String> aliases = new ArrayList<>(entity.aliases());
            if (entity.canonical().equals("Islamic State")) {
                aliases.add("Khorasan Caliphate");
            }
            edited.add(new Entity(entity.canonical(), entity.type(), aliases, entity.within()));
        }

        bo.aliases().save(edited);

        assertThat(ana.othersChanged()).isTrue();
        assertThat(ana.suggestions().extractor().canonicalEntity("Khorasan Caliphate"))
                .as("the extractor is built again from the other's table").isEqualTo("Islamic State");
    }

    @Test
    void speakersGradesArticleDetailsAndATagOnNoClaimChangedByOneAreEachNewsToTheOther() {
        bo.grades().set(SourceGrade.Party.OUTLET, "RT", "C3");
        assertThat(ana.othersChanged()).as("a grade").isTrue();

        long article = ana.library().summaries().get(0).id();
        SourceMetadata details = bo.library().source(article).metadata();
        bo.library().updateMetadata(article, new SourceMetadata(details.title(), details.outlet(), details.author(),
                details.url(), details.published(), details.grade(), "Checked against the wire copy, by Bo"));
        assertThat(ana.othersChanged()).as("an article's notes").isTrue();
        assertThat(ana.library().source(article).notes()).isEqualTo("Checked against the wire copy, by Bo");

        bo.tags().create("to check", "#336699");
        assertThat(ana.othersChanged()).as("a tag on no claim").isTrue();
        assertThat(ana.tags().all()).anyMatch(tag -> tag.name().equals("to check"));

        List<SpeakerIdentityService.Identity> proposals = bo.speakerIdentities().identities();
        assertThat(proposals).as("the sample has a described speaker to answer for").isNotEmpty();
        bo.speakerIdentities().confirm(proposals.get(0));
        assertThat(ana.othersChanged()).as("an answer about speakers").isTrue();
        assertThat(bo.othersChanged()).isFalse();
    }

    @Test
    void whatOneWorksOutForItselfIsNoNewsToTheOther() {
        bo.comparison().compare();
        bo.search().find("fighters", 10);
        bo.speakerIdentities().acrossArticles();

        assertThat(ana.othersChanged()).isFalse();
    }

    @Test
    void theOthersChangeJustBeforeAnEditOfOnesOwnIsStillNews() {
        ComparisonGroup fighters = largest(ana.comparison().compare().groups());
        bo.comparison().rename(fighters.id(), "Fighters, by Bo");
        ana.tags().create("mine", "#aa0000"); // written before Ana looked: its log row comes after Bo's

        assertThat(ana.othersChanged()).isTrue();
        assertThat(group(ana, fighters.id()).name()).isEqualTo("Fighters, by Bo");

        long article = ana.library().summaries().get(0).id();
        long another = ana.library().summaries().get(1).id();
        assertThat(ana.search().find("title:Bo", 10)).isEmpty(); // Ana's index is open, and kept in step from here on
        bo.library().rename(article, "Renamed by Bo");
        ana.library().rename(another, "Renamed by Ana"); // the same in the log of articles

        assertThat(ana.othersChanged()).isTrue();
        assertThat(ana.search().find("title:Bo", 10)).anyMatch(hit -> hit.sourceId() == article);
    }

    private static ComparisonGroup largest(List<ComparisonGroup> groups) {
        return groups.stream().max(java.util.Comparator.comparingInt(group -> group.statements().size())).orElseThrow();
    }

    private static ComparisonGroup group(Workbench workbench, String id) {
        return workbench.comparison().compare().groups().stream().filter(group -> group.id().equals(id)).findFirst()
                .orElseThrow();
    }
}
