package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.GroupEdits;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Verdict;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonServiceTest {

    @TempDir
    Path folder;

    private Workbench workbench;

    @BeforeEach
    void open() {
        workbench = Workbench.open(TestProjects.at(folder.resolve("project")), true);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private ComparisonGroup fighters() {
        return workbench.comparison().compare().groups().stream()
                .filter(group -> group.name().equals("Islamic State · fighters · Afghanistan")).findFirst()
                .orElseThrow();
    }

    @Test
    void callersAskingWhileTheComparisonIsComputedGetThatComparisonAndTheComparisonAheadIsKept() throws Exception {
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Comparison>> answers = new java.util.ArrayList<>();
            for (int caller = 0; caller < 3; caller++) {
                answers.add(callers.submit(() -> {
                    start.await();
                    return workbench.comparison().compare();
                }));
            }
            start.countDown();
            Comparison first = answers.get(0).get();
            for (var answer : answers) {
                assertThat(answer.get()).isSameAs(first);
            }
        } finally {
            callers.shutdownNow();
        }

        workbench.comparison().rename(fighters().id(), "ISIS fighters");
        workbench.comparison().computeAhead();
        Comparison ahead = workbench.comparison().compare();
        assertThat(ahead.groups()).extracting(ComparisonGroup::name).contains("ISIS fighters");
        assertThat(workbench.comparison().compare()).isSameAs(ahead);
    }

    @Test
    void theSampleFiguresForIslamicStateFightersInAfghanistanFormTheMostContestedGroup() {
        ComparisonGroup group = workbench.comparison().compare().groups().get(0);

        assertThat(group.name()).isEqualTo("Islamic State · fighters · Afghanistan");
        assertThat(group.sources()).isEqualTo(5);
        assertThat(group.contradictions()).isPositive();
        assertThat(group.statements()).extracting(Statement::quote).contains("about 2,000 to 3,000 militants",
                "nearly 3,500 ISIS-linked jihadists", "roughly 3,000 fighters", "over 10,000 loyal fighters",
                "at least 5,000 fighters");
    }

    @Test
    void handEditsOfGroupsAreSavedInTheProjectAndUndoable() {
        ComparisonGroup group = fighters();
        PairVerdict first = group.verdicts().get(0);
        long a = group.statements().get(first.a()).claim().id();
        long b = group.statements().get(first.b()).claim().id();

        workbench.comparison().rename(group.id(), "ISIS fighters");
        workbench.comparison().override(a, b, Verdict.CHANGED_OVER_TIME, "different years");

        ComparisonGroup edited = workbench.comparison().compare().groups().stream()
                .filter(g -> g.id().equals(group.id())).findFirst().orElseThrow();
        assertThat(edited.name()).isEqualTo("ISIS fighters");
        assertThat(edited.verdicts()).filteredOn(PairVerdict::overridden).singleElement().satisfies(v -> {
            assertThat(v.verdict()).isEqualTo(Verdict.CHANGED_OVER_TIME);
            assertThat(v.overrideNote()).isEqualTo("different years");
        });

        workbench.history().undo();
        workbench.history().undo();
        assertThat(fighters().verdicts()).noneMatch(PairVerdict::overridden);
    }

    @Test
    void handEditsSurviveARescan() {
        ComparisonGroup group = fighters();
        workbench.comparison().rename(group.id(), "ISIS fighters");
        long left = group.statements().get(0).claim().id();
        workbench.comparison().exclude(left);

        workbench.suggestions().rescanAll(Progress.NONE);

        ComparisonGroup after = workbench.comparison().compare().groups().stream()
                .filter(g -> g.id().equals(group.id())).findFirst().orElseThrow();
        assertThat(after.name()).isEqualTo("ISIS fighters");
        assertThat(after.statements()).noneMatch(s -> s.claim().id() == left);
    }

    @Test
    void aClaimTaggedByHandJoinsTheGroupOfTheSameThingWhenItsSubjectAndCountedNounAreGiven() {
        org.crosscheck.model.Source source = workbench.library().all().stream()
                .filter(s -> s.title().startsWith("Russia is cooperating")).findFirst().orElseThrow();
        String words = "Islamic State";
        int start = source.text().indexOf(words);
        org.crosscheck.model.Claim tagged = workbench.claims().tag(source.id(), start, start + words.length(),
                org.crosscheck.model.ClaimKind.QUANTITY);
        org.crosscheck.model.Claim typed = new org.crosscheck.model.Claim(tagged.id(), tagged.sourceId(),
                tagged.start(), tagged.end(), tagged.kind(), tagged.status(), tagged.origin(), "ISIS", "", "",
                "Afghanistan", tagged.refersTo(),
                new org.crosscheck.model.Quantity(4000.0, 4000.0, "", "loyal militants", ""), Set.of(), "");

        workbench.claims().update(workbench.suggestions().asExtractorReads(typed, tagged));

        assertThat(fighters().statements()).anyMatch(statement -> statement.claim().id() == tagged.id());
    }

    @Test
    void everyKindOfGroupEditIsKeptInItsTablesAndReadBackAsMade() {
        ComparisonGroup group = fighters();
        String id = group.id();
        List<Long> claims = group.statements().stream().map(statement -> statement.claim().id()).toList();
        ComparisonService comparison = workbench.comparison();

        comparison.rename(id, "Name");
        comparison.note(id, "Note");
        comparison.merge("q:elsewhere", id);
        comparison.move(claims.get(0), id);
        comparison.exclude(claims.get(1));
        comparison.linkEvent("Event", Set.of(claims.get(2), claims.get(3)));
        comparison.override(claims.get(2), claims.get(3), Verdict.TENSION, "why");
        comparison.dismiss(claims.get(3), claims.get(2));

        assertThat(comparison.edits()).isEqualTo(GroupEdits.NONE.rename(id, "Name").note(id, "Note")
                .merge("q:elsewhere", id).move(claims.get(0), id).exclude(claims.get(1))
                .linkEvent("Event", Set.of(claims.get(2), claims.get(3)))
                .override(claims.get(2), claims.get(3), Verdict.TENSION, "why").dismiss(claims.get(3), claims.get(2)));
    }

    @Test
    void deletingAClaimTakesItsGroupEditsAlongAndUndoBringsThemBack() {
        ComparisonGroup group = fighters();
        long claim = group.statements().get(0).claim().id();
        long other = group.statements().get(1).claim().id();
        workbench.comparison().override(claim, other, Verdict.AGREES, "same figure");

        workbench.claims().delete(claim);
        assertThat(workbench.comparison().edits().overrides()).isEmpty();

        workbench.history().undo();
        assertThat(workbench.comparison().edits().overrides())
                .containsExactly(new GroupEdits.VerdictOverride(claim, other, Verdict.AGREES, "same figure"));
    }

    @Test
    void aClaimWhoseWordsAreChangedIsComparedWithItsNewWords() {
        org.crosscheck.model.Statement first = fighters().statements().get(0);
        org.crosscheck.model.Claim claim = first.claim();
        String text = workbench.library().source(claim.sourceId()).text();
        assertThat(first.quote()).isEqualTo(text.substring(claim.start(), claim.end()));

        // one word less at the start: the words the comparison kept of the claim must follow
        int start = text.indexOf(' ', claim.start()) + 1;
        workbench.claims().update(new org.crosscheck.model.Claim(claim.id(), claim.sourceId(), start, claim.end(),
                claim.kind(), claim.status(), claim.origin(), claim.subject(), claim.speaker(), claim.outlet(),
                claim.place(), claim.refersTo(), claim.quantity(), claim.tagIds(), claim.note()));

        org.crosscheck.model.Statement after = workbench.comparison().statements().stream()
                .filter(statement -> statement.claim().id() == claim.id()).findFirst().orElseThrow();
        assertThat(after.quote()).isEqualTo(text.substring(start, claim.end())).isNotEqualTo(first.quote());
    }

    @Test
    void theComparisonIsKeptUntilTheProjectChanges() {
        Comparison first = workbench.comparison().compare();

        assertThat(workbench.comparison().compare()).as("asked again, nothing changed").isSameAs(first);
        assertThat(workbench.timeline().statements()).as("the timeline starts from the same comparison")
                .isEqualTo(first.statements());

        ComparisonGroup fighters = fighters();
        workbench.comparison().rename(fighters.id(), "Fighters, by source");
        Comparison renamed = workbench.comparison().compare();
        assertThat(renamed).isNotSameAs(first);
        assertThat(renamed.groups()).extracting(ComparisonGroup::name).contains("Fighters, by source");

        workbench.history().undo();
        assertThat(workbench.comparison().compare().groups()).extracting(ComparisonGroup::name)
                .doesNotContain("Fighters, by source");

        Comparison beforeClustering = workbench.comparison().compare();
        workbench.stories().recluster();
        assertThat(workbench.comparison().compare()).as("the stories were clustered again").isNotSameAs(beforeClustering);
    }
}
