package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Tags › Entities and aliases… in the real window: an entity removed there is saved (into the project's
 * entity tables, which {@code AliasServiceTest} looks at), and Undo takes the project back to the table
 * Crosscheck ships.
 */
class AliasEditorWindowTest extends FxRobot {

    @TempDir
    Path folder;

    private WindowOnSample window;

    @BeforeEach
    void open() throws Exception {
        window = WindowOnSample.open(folder);
        Waits.until(() -> lookup("#libraryList").queryAs(javafx.scene.control.ListView.class).getItems().size() == 5);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void anEntityRemovedInTheEditorIsGoneFromTheEntityTablesAndUndoBringsBackTheDefaultTable() {
        List<Entity> shipped = own();

        // as Tags › Entities and aliases… does (MainWindow.editAliases)
        javafx.stage.Window stage = listTargetWindows().get(0);
        interact(() -> window.model().editAliases((entities, proposals) ->
                new AliasEditorDialog(stage, entities, proposals).showAndWait()));
        Waits.until(() -> lookup("#aliasTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Object> table = lookup("#aliasTable").queryAs(TableView.class);
        interact(() -> table.getSelectionModel().select(0));
        clickOn("#aliasRemove");
        clickOn(lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(button -> button.getText().equals("Save and re-scan")).findFirst().orElseThrow());

        Waits.until(() -> own().equals(shipped.subList(1, shipped.size())));

        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Waits.until(() -> own().equals(shipped));
    }

    @Test
    void anEntityRenamedOutrightInTheEditorKeepsItsClaimsAndItsGroupsNameAsTheRowCarriesItsEntity() {
        String fighters = "q:islamic state|fighters|afghanistan";
        var workbench = window.workbench();
        org.crosscheck.model.ComparisonGroup before = group(fighters);
        before.statements().forEach(statement -> workbench.claims().confirm(statement.claim().id()));
        workbench.comparison().rename(fighters, "ISIS fighters (hand-named)");

        javafx.stage.Window stage = listTargetWindows().get(0);
        interact(() -> window.model().editAliases((entities, proposals) ->
                new AliasEditorDialog(stage, entities, proposals).showAndWait()));
        Waits.until(() -> lookup("#aliasTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<AliasEditorDialog.Row> table = lookup("#aliasTable").queryAs(TableView.class);
        int islamicState = rowNamed(table, "Islamic State");
        typeInto(table, islamicState, 1, "Daesh Khorasan");
        typeInto(table, islamicState, 2, "DK"); // no name left that the old row had
        interact(() -> table.getSelectionModel().clearAndSelect(rowNamed(table, "Taliban")));
        clickOn("#aliasRemove"); // and a row fewer: the place in the list tells nothing either
        clickOn(lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(button -> button.getText().equals("Save and re-scan")).findFirst().orElseThrow());

        Waits.until(() -> own().stream().anyMatch(entity -> entity.canonical().equals("Daesh Khorasan")));
        org.crosscheck.model.ComparisonGroup renamed = group("q:daesh khorasan|fighters|afghanistan");
        assertThat(renamed.name()).isEqualTo("ISIS fighters (hand-named)");
        assertThat(renamed.statements()).extracting(statement -> statement.claim().id())
                .containsExactlyInAnyOrderElementsOf(before.statements().stream().map(statement -> statement.claim().id()).toList());
    }

    private static int rowNamed(TableView<AliasEditorDialog.Row> table, String name) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).name.get().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row " + name);
    }

    /** Edits a row's cell as committing its editor does: into the row's property. */
    private void typeInto(TableView<AliasEditorDialog.Row> table, int row, int column, String text) {
        interact(() -> {
            AliasEditorDialog.Row edited = table.getItems().get(row);
            (column == 1 ? edited.name : edited.aliases).set(text);
        });
    }

    private org.crosscheck.model.ComparisonGroup group(String id) {
        return window.workbench().comparison().compare().groups().stream().filter(group -> group.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no group " + id));
    }

    /** The entities as the project reads them now. */
    private List<Entity> own() {
        return window.workbench().aliases().table().entities();
    }
}
