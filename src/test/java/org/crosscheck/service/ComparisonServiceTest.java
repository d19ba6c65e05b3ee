package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.crosscheck.compare.ComparisonGroup;
import org.crosscheck.compare.GroupEdits;
import org.crosscheck.compare.Verdict;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Source;
import org.crosscheck.store.ProjectFile;
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
        workbench = Workbench.open(ProjectFile.of(folder.resolve("project")), true);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void handTaggedFiguresAboutTheSameThingAreComparedAcrossArticles() {
        Claim over = figure("ISIS has over 10,000", "over 10,000 loyal fighters", 10_000.0, null, "over");
        Claim roughly = figure("ISIS in Afghanistan threatened", "roughly 3,000 fighters", 2550.0, 3450.0, "roughly");

        ComparisonGroup group = workbench.comparison().compare().groups().get(0);

        assertThat(group.name()).isEqualTo("Islamic State · fighters · Afghanistan");
        assertThat(group.statements()).extracting(statement -> statement.claim().id())
                .containsExactly(roughly.id(), over.id());
        assertThat(group.verdicts()).singleElement().satisfies(verdict ->
                assertThat(verdict.verdict()).isEqualTo(Verdict.CONTRADICTS));
    }

    @Test
    void handEditsOfGroupsAreSavedInTheProjectAndUndoable() {
        Claim over = figure("ISIS has over 10,000", "over 10,000 loyal fighters", 10_000.0, null, "over");
        Claim roughly = figure("ISIS in Afghanistan threatened", "roughly 3,000 fighters", 2550.0, 3450.0, "roughly");
        String groupId = workbench.comparison().compare().groups().get(0).id();

        workbench.comparison().rename(groupId, "ISIS fighters");
        workbench.comparison().override(over.id(), roughly.id(), Verdict.CHANGED_OVER_TIME, "different years");

        ComparisonGroup group = workbench.comparison().compare().groups().get(0);
        assertThat(group.name()).isEqualTo("ISIS fighters");
        assertThat(group.verdicts().get(0).overridden()).isTrue();
        assertThat(group.verdicts().get(0).overrideNote()).isEqualTo("different years");

        workbench.history().undo();
        assertThat(workbench.comparison().compare().groups().get(0).verdicts().get(0).overridden()).isFalse();
        workbench.history().undo();
        assertThat(workbench.comparison().compare().groups().get(0).name())
                .isEqualTo("Islamic State · fighters · Afghanistan");
    }

    @Test
    void groupEditsSurviveAWriteAndReadAsJson() {
        GroupEdits edits = GroupEdits.NONE.rename("q:a|b|c", "Name").note("q:a|b|c", "Note").merge("q:x", "q:a|b|c")
                .move(4, "q:a|b|c").exclude(5).linkEvent("Event", Set.of(1L, 2L))
                .override(1, 2, Verdict.TENSION, "why");

        assertThat(ComparisonService.parse(ComparisonService.write(edits))).isEqualTo(edits);
    }

    private Claim figure(String titleStart, String phrase, Double low, Double high, String qualifier) {
        Source source = workbench.library().all().stream().filter(s -> s.title().startsWith(titleStart))
                .findFirst().orElseThrow();
        int start = source.text().indexOf(phrase);
        Claim claim = workbench.claims().tag(source.id(), start, start + phrase.length(), ClaimKind.QUANTITY);
        return workbench.claims().update(new Claim(claim.id(), claim.sourceId(), claim.start(), claim.end(),
                claim.kind(), claim.status(), claim.origin(), "Islamic State", "", "", "Afghanistan",
                claim.refersTo(), new Quantity(low, high, qualifier, "fighters", "fighters"), Set.of(), ""));
    }
}
