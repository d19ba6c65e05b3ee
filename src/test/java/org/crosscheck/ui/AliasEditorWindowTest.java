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

    /** The entities as the project reads them now. */
    private List<Entity> own() {
        return window.workbench().aliases().table().entities();
    }
}
