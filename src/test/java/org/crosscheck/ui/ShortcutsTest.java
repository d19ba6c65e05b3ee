package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** F1 lists every shortcut the window binds, from the same table that binds them; the README keeps up. */
class ShortcutsTest extends FxRobot {

    @TempDir
    Path folder;

    private WindowOnSample window;

    @BeforeEach
    void openTheWindow() throws Exception {
        window = WindowOnSample.open(folder);
        Waits.until(() -> lookup("#libraryList").tryQuery().isPresent());
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        window.close();
    }

    @Test
    void f1ListsEveryShortcutOfTheTableWithItsKeysAligned() {
        // the key goes to the focused window: make sure it is this one, whatever ran before
        javafx.scene.Node library = lookup("#libraryList").query();
        interact(() -> {
            ((javafx.stage.Stage) library.getScene().getWindow()).requestFocus();
            library.requestFocus();
        });
        Waits.until(library::isFocused);
        push(KeyCode.F1);
        Waits.until(() -> lookup("#shortcutsGrid").tryQuery().isPresent());
        GridPane grid = lookup("#shortcutsGrid").queryAs(GridPane.class);
        List<String> keys = grid.getChildren().stream().filter(node -> node.getStyleClass().contains("shortcut-keys"))
                .map(node -> ((Label) node).getText()).toList();
        assertThat(keys).containsExactlyElementsOf(Arrays.stream(Shortcut.values()).map(Shortcut::keysText).toList());
        assertThat(keys).contains("Ctrl+L", "Ctrl+Shift+L", "Ctrl+Shift+O", "Ctrl+E", "Ctrl+P", "Ctrl+Q", "Ctrl+=",
                "Ctrl+-", "Ctrl+0", "F1");
        // aligned: every description starts in the same column
        Set<Integer> columns = grid.getChildren().stream().filter(node -> node.getStyleClass().contains("shortcut-does"))
                .map(GridPane::getColumnIndex).collect(Collectors.toSet());
        assertThat(columns).containsExactly(1);
    }

    @Test
    void everyAcceleratorOfTheMenusIsInTheTableAndEveryMenuShortcutOfTheTableIsBound() {
        MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
        List<KeyCombination> inMenus = new ArrayList<>();
        bar.getMenus().forEach(menu -> collect(menu, inMenus));
        assertThat(inMenus).doesNotHaveDuplicates();
        // the scene holds the menus' accelerators, its own (Ctrl+Y) and JavaFX's F10
        Set<KeyCombination> bound = new HashSet<>(bar.getScene().getAccelerators().keySet());
        assertThat(bound).containsAll(inMenus);
        Set<KeyCombination> table = Arrays.stream(Shortcut.values())
                .filter(shortcut -> shortcut.where() != Shortcut.Where.CLAIMS_LIST)
                .map(Shortcut::keys).collect(Collectors.toSet());
        assertThat(bound).isEqualTo(table);
        assertThat(inMenus).containsExactlyInAnyOrderElementsOf(Arrays.stream(Shortcut.values())
                .filter(shortcut -> shortcut.where() == Shortcut.Where.MENU).map(Shortcut::keys).toList());
    }

    @Test
    void theReadmeTableListsEveryShortcut() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("### Keyboard shortcuts"));
        table = table.substring(0, table.indexOf("(On macOS"));
        for (Shortcut shortcut : Shortcut.values()) {
            assertThat(table).as(shortcut.name()).contains(" " + shortcut.keysText());
        }
    }

    private static void collect(Menu menu, List<KeyCombination> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, into);
            } else if (item.getAccelerator() != null) {
                into.add(item.getAccelerator());
            }
        }
    }
}
