package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.crosscheck.model.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people on one project, each with the tag and library services and the undo history of their own:
 * undoing or redoing a change of a tag or of an article's details refuses, changing nothing and saying who changed it and when, when the
 * other person changed the tag since; an undo nobody got in the way of goes ahead.
 */
class TwoPeopleEditingBeyondClaimsTest {

    @TempDir
    Path folder;

    private Workbench workbench;
    private TagService mine;
    private UndoHistory myHistory;
    private TagService theirs;
    private UndoHistory theirHistory;

    @BeforeEach
    void openOneProjectForTwo() {
        workbench = Workbench.open(org.crosscheck.store.TestProjects.at(folder.resolve("shared")), true);
        mine = workbench.tags();
        myHistory = workbench.history();
        theirHistory = new UndoHistory(workbench.database());
        theirs = new TagService(workbench.database(), theirHistory, () -> "bob");
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void anUndoOfARenameRefusesToOverwriteTheOtherPersonsLaterRename() {
        Tag tag = mine.create("casualties", "#cc0000");
        mine.rename(tag.id(), "deaths");
        theirs.rename(tag.id(), "fatalities");

        assertThatThrownBy(myHistory::undo).isInstanceOf(ChangedSinceException.class)
                .hasMessageMatching("bob \\(at \\d\\d:\\d\\d\\) changed this tag since you last saw it; undoing now "
                        + "would overwrite that change, so nothing was changed.");
        assertThat(current(tag).name()).isEqualTo("fatalities");
        assertThat(myHistory.nextUndo()).contains("Rename tag casualties"); // still there to try again

        theirHistory.undo();
        myHistory.undo(); // the tag is as my rename left it again, so my undo may take it back
        assertThat(current(tag).name()).isEqualTo("casualties");
    }

    @Test
    void aRedoRefusesWhenTheOtherPersonRecolouredTheTagMeanwhile() {
        Tag tag = mine.create("casualties", "#cc0000");
        mine.recolor(tag.id(), "#00cc00");
        myHistory.undo();
        theirs.recolor(tag.id(), "#0000cc");

        assertThatThrownBy(myHistory::redo).isInstanceOf(ChangedSinceException.class)
                .hasMessageStartingWith("bob (at ").hasMessageContaining("redoing now would overwrite");
        assertThat(current(tag).color()).isEqualTo("#0000cc");
    }

    @Test
    void anUndoOfAChangeNobodyTouchedSinceTakesItBack() {
        Tag tag = mine.create("casualties", "#cc0000");
        Tag other = mine.create("places", "#cccc00");
        mine.rename(tag.id(), "deaths");
        theirs.rename(other.id(), "locations");

        myHistory.undo();

        assertThat(current(tag).name()).isEqualTo("casualties");
        assertThat(current(other).name()).isEqualTo("locations");
    }

    @Test
    void anUndoOfAnArticlesNewTitleRefusesToOverwriteTheOtherPersonsLaterTitle() {
        LibraryService theirLibrary = new LibraryService(workbench.database(), theirHistory, workbench.suggestions(),
                workbench.stories(), () -> "bob");
        long article = workbench.library().summaries().get(0).id();
        String original = title(article);
        workbench.library().rename(article, "My title");
        theirLibrary.rename(article, "Their title");

        assertThatThrownBy(myHistory::undo).isInstanceOf(ChangedSinceException.class)
                .hasMessageMatching("bob \\(at \\d\\d:\\d\\d\\) changed this article since you last saw it; "
                        + "undoing now would overwrite that change, so nothing was changed.");
        assertThat(title(article)).isEqualTo("Their title");

        theirHistory.undo();
        myHistory.undo();
        assertThat(title(article)).isEqualTo(original);
    }

    @Test
    void anUndoOfARenamedGroupRefusesToOverwriteTheOtherPersonsLaterNoteOnIt() {
        ComparisonService theirComparison = new ComparisonService(workbench.database(), theirHistory,
                workbench.suggestions()::extractor).signedBy(() -> "bob");
        String group = workbench.comparison().compare().groups().get(0).id();
        workbench.comparison().rename(group, "My name");
        theirComparison.note(group, "Their note");

        assertThatThrownBy(myHistory::undo).isInstanceOf(ChangedSinceException.class)
                .hasMessageMatching("bob \\(at \\d\\d:\\d\\d\\) changed this grouping since you last saw it; "
                        + "undoing now would overwrite that change, so nothing was changed.");
        assertThat(workbench.comparison().edits().names()).containsEntry(group, "My name");
        assertThat(workbench.comparison().edits().notes()).containsEntry(group, "Their note");

        theirHistory.undo();
        myHistory.undo();
        assertThat(workbench.comparison().edits().names()).doesNotContainKey(group);
        myHistory.redo();
        assertThat(workbench.comparison().edits().names()).containsEntry(group, "My name");
    }

    @Test
    void anUndoOfAnAliasEditRefusesToOverwriteTheOtherPersonsLaterOne() {
        AliasService theirAliases = new AliasService(workbench.database(), theirHistory, workbench.suggestions());
        java.util.List<org.crosscheck.model.Entity> original = workbench.aliases().table().entities();
        java.util.List<org.crosscheck.model.Entity> mineAdded = new java.util.ArrayList<>(original);
        mineAdded.add(new org.crosscheck.model.Entity("Northern Water Authority",
                org.crosscheck.model.EntityType.ORGANISATION, java.util.List.of("NWA"), ""));
        workbench.aliases().save(mineAdded);
        java.util.List<org.crosscheck.model.Entity> theirsAdded = new java.util.ArrayList<>(mineAdded);
        theirsAdded.add(new org.crosscheck.model.Entity("Southern Rail Board",
                org.crosscheck.model.EntityType.ORGANISATION, java.util.List.of("SRB"), ""));
        theirAliases.save(theirsAdded);

        assertThatThrownBy(myHistory::undo).isInstanceOf(ChangedSinceException.class)
                .hasMessageContaining("changed this alias table since you last saw it; undoing now would overwrite");
        assertThat(workbench.aliases().table().entities()).isEqualTo(theirsAdded);

        theirHistory.undo();
        myHistory.undo();
        assertThat(workbench.aliases().table().entities()).isEqualTo(original);
    }

    private String title(long article) {
        return workbench.library().summaries().stream().filter(found -> found.id() == article).findFirst()
                .orElseThrow().title();
    }

    private Tag current(Tag tag) {
        return mine.all().stream().filter(found -> found.id() == tag.id()).findFirst().orElseThrow();
    }
}
