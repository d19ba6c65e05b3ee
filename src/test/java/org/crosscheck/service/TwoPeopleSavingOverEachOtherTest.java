package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.GroupEdits;
import org.crosscheck.model.SourceMetadata;
import org.crosscheck.model.TableEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people on one project (each with services and an undo history of their own): a fresh save of an
 * article's details, of a group edit or of the alias table made on what one's window showed, after the
 * other person changed it, saves nothing and asks "Changed by bob at 14:02 since you opened it" — as a
 * claim's save does. Overwrite saves one's own over theirs, and undo brings theirs back.
 */
class TwoPeopleSavingOverEachOtherTest {

    private static final String FIGHTERS = "q:islamic state|fighters|afghanistan";
    private static final String CHANGED_BY_BOB = "Changed by bob at \\d\\d:\\d\\d since you opened it\\.";

    @TempDir
    Path folder;

    private Workbench workbench;
    private UndoHistory theirHistory;

    @BeforeEach
    void openOneProjectForTwo() {
        workbench = Workbench.open(org.crosscheck.store.TestProjects.at(folder.resolve("shared")), true);
        theirHistory = new UndoHistory(workbench.database());
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void articleDetailsSavedOverTheOtherPersonsChangeAskAndOverwriteSavesMineWhichUndoTakesBack() {
        LibraryService theirs = new LibraryService(workbench.database(), theirHistory, workbench.suggestions(),
                workbench.stories(), () -> "bob");
        long article = workbench.library().summaries().get(0).id();
        SourceMetadata seen = workbench.library().source(article).metadata(); // my dialog opens
        theirs.updateMetadata(article, withNotes(seen, "bob's note"));

        assertThatThrownBy(() -> workbench.library().updateMetadata(article, seen, withNotes(seen, "my note")))
                .isInstanceOf(ConflictingEditException.class).hasMessageMatching(CHANGED_BY_BOB);
        assertThat(notes(article)).isEqualTo("bob's note");
        assertThat(workbench.history().nextUndo()).hasValue("Import 5 files"); // nothing of mine was saved

        overwrite(() -> workbench.library().updateMetadata(article, seen, withNotes(seen, "my note")));
        assertThat(notes(article)).isEqualTo("my note");
        workbench.history().undo();
        assertThat(notes(article)).isEqualTo("bob's note");
    }

    @Test
    void myOwnEditsAndUndosSinceTheComparisonWasLoadedAreNoOneElsesChange() {
        ComparisonService mine = workbench.comparison();
        GroupEdits seen = mine.edits(); // my comparison is loaded; at 10,000 articles it reloads for seconds

        mine.rename(FIGHTERS, "My name", seen);
        mine.note(FIGHTERS, "my note", seen); // before the window has read my rename back
        workbench.history().undo();
        mine.note(FIGHTERS, "my second note", seen);

        assertThat(mine.edits().names()).containsEntry(FIGHTERS, "My name");
        assertThat(mine.edits().notes()).containsEntry(FIGHTERS, "my second note");
    }

    @Test
    void aGroupEditMadeOnGroupEditsTheOtherPersonChangedSinceAsksAndOverwriteSavesItOverTheirs() {
        ComparisonService theirs = new ComparisonService(workbench.database(), theirHistory,
                workbench.suggestions()::extractor).signedBy(() -> "bob");
        ComparisonService mine = workbench.comparison();
        GroupEdits seen = mine.edits(); // my comparison is loaded
        theirs.note(FIGHTERS, "bob's note");

        assertThatThrownBy(() -> mine.rename(FIGHTERS, "My name", seen))
                .isInstanceOf(ConflictingEditException.class).hasMessageMatching(CHANGED_BY_BOB);
        assertThat(mine.edits().names()).doesNotContainKey(FIGHTERS);

        overwrite(() -> mine.rename(FIGHTERS, "My name", seen)); // made on what the project holds now
        assertThat(mine.edits().names()).containsEntry(FIGHTERS, "My name");
        assertThat(mine.edits().notes()).containsEntry(FIGHTERS, "bob's note");
        workbench.history().undo();
        assertThat(mine.edits().names()).doesNotContainKey(FIGHTERS);
        assertThat(mine.edits().notes()).containsEntry(FIGHTERS, "bob's note");

        GroupEdits reloaded = mine.edits(); // my window took in bob's change: the next edit is saved at once
        mine.rename(FIGHTERS, "My name", reloaded);
        assertThat(mine.edits().names()).containsEntry(FIGHTERS, "My name");
    }

    @Test
    void anAliasTableSavedOverTheOtherPersonsTableAsksAndOverwriteSavesMineWhichUndoTakesBack() {
        AliasService theirs = new AliasService(workbench.database(), theirHistory, workbench.suggestions());
        AliasService mine = workbench.aliases();
        List<TableEntity> seen = mine.rows(); // my editor opens
        as("bob", () -> theirs.saveRows(added(seen, "Northern Water Authority")));

        assertThatThrownBy(() -> mine.saveRows(seen, added(seen, "Southern Gas Board")))
                .isInstanceOf(ConflictingEditException.class).hasMessageMatching(CHANGED_BY_BOB);
        assertThat(names(mine)).contains("Northern Water Authority").doesNotContain("Southern Gas Board");

        overwrite(() -> mine.saveRows(seen, added(seen, "Southern Gas Board")));
        assertThat(names(mine)).contains("Southern Gas Board").doesNotContain("Northern Water Authority");
        workbench.history().undo();
        assertThat(names(mine)).contains("Northern Water Authority").doesNotContain("Southern Gas Board");
    }

    /** Makes the save, which must ask, and answers Overwrite. */
    private static void overwrite(Runnable save) {
        try {
            save.run();
        } catch (ConflictingEditException conflict) {
            conflict.overwrite();
            return;
        }
        throw new AssertionError("the save did not ask");
    }

    private static List<TableEntity> added(List<TableEntity> rows, String organisation) {
        List<TableEntity> more = new ArrayList<>(rows);
        more.add(TableEntity.unsaved(new Entity(organisation, EntityType.ORGANISATION, List.of())));
        return more;
    }

    private static List<String> names(AliasService aliases) {
        return aliases.rows().stream().map(row -> row.entity().canonical()).toList();
    }

    private static void as(String user, Runnable work) {
        String before = System.getProperty("crosscheck.user");
        System.setProperty("crosscheck.user", user);
        try {
            work.run();
        } finally {
            if (before == null) {
                System.clearProperty("crosscheck.user");
            } else {
                System.setProperty("crosscheck.user", before);
            }
        }
    }

    private String notes(long article) {
        return workbench.library().source(article).metadata().notes();
    }

    private static SourceMetadata withNotes(SourceMetadata metadata, String notes) {
        return new SourceMetadata(metadata.title(), metadata.outlet(), metadata.author(), metadata.url(),
                metadata.published(), metadata.grade(), notes);
    }
}
