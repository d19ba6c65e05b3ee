package org.crosscheck.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.crosscheck.model.ClaimKind;

/** The menu bar and its keyboard shortcuts. */
final class MainMenu {

    private static final KeyCode[] KIND_KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};

    private final MainWindow window;
    private final MainViewModel model;

    MainMenu(MainWindow window, MainViewModel model) {
        this.window = window;
        this.model = model;
    }

    MenuBar createMenuBar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), claimMenu(), sourceMenu(), tagsMenu(), helpMenu());
        bar.setId("menuBar");
        return bar;
    }

    /** Shortcuts with no menu item of their own: Ctrl+Y as a second Redo. */
    void installExtraShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), model::redo);
    }

    private Menu fileMenu() {
        MenuItem importFiles = item("menuImport", Texts.get("menu.file.import"), KeyCode.O, window::chooseFilesToImport);
        MenuItem quit = item("menuQuit", Texts.get("menu.file.quit"), KeyCode.Q, Platform::exit);
        MenuItem export = item("menuExportReport", Texts.get("menu.file.exportReport"), KeyCode.E,
                window::exportReport);
        Menu exports = ExportMenu.create(window.exportDialogs()); // reads only, so on in a read-only window too
        MenuItem print = item("menuPrintReport", Texts.get("menu.file.printReport"), KeyCode.P, window::printReport);
        MenuItem newProject = new MenuItem(Texts.get("menu.file.newProject"));
        newProject.setId("menuNewProject");
        newProject.setOnAction(event -> window.newProject());
        MenuItem openProject = shortcut(new MenuItem(Texts.get("menu.file.openProject")), "menuOpenProject",
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> window.openProject(false));
        MenuItem openReadOnly = new MenuItem(Texts.get("menu.file.openProjectReadOnly"));
        openReadOnly.setId("menuOpenProjectReadOnly");
        openReadOnly.setOnAction(event -> window.openProject(true));
        MenuItem restoreProject = new MenuItem(Texts.get("menu.file.restoreProject"));
        restoreProject.setId("menuRestoreProject");
        restoreProject.setOnAction(event -> window.restoreProjectFromJson()); // makes a new project: on when read-only too
        editing(importFiles);
        return new Menu(Texts.get("menu.file"), null, newProject, openProject, openReadOnly, restoreProject,
                new SeparatorMenuItem(),
                importFiles,
                new SeparatorMenuItem(), export, print, exports, new SeparatorMenuItem(), quit);
    }

    private Menu editMenu() {
        MenuItem undo = item("menuUndo", Texts.get("menu.edit.undo"), KeyCode.Z, model::undo);
        undo.textProperty().bind(model.nextUndoProperty().map(next -> MainWindow.menuText("menu.edit.undo", next)));
        undo.disableProperty().bind(model.nextUndoProperty().map(next -> next.isEmpty() || model.isReadOnly()));
        MenuItem redo = new MenuItem();
        redo.setId("menuRedo");
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        redo.setOnAction(event -> model.redo());
        redo.textProperty().bind(model.nextRedoProperty().map(next -> MainWindow.menuText("menu.edit.redo", next)));
        redo.disableProperty().bind(model.nextRedoProperty().map(next -> next.isEmpty() || model.isReadOnly()));
        MenuItem delete = new MenuItem(Texts.get("menu.edit.deleteClaim"));
        delete.setId("menuDeleteClaim");
        delete.setOnAction(event -> model.deleteSelectedClaim());
        delete.disableProperty().bind(model.article().selectedClaimProperty().isNull().or(
                new javafx.beans.property.SimpleBooleanProperty(model.isReadOnly())));
        return new Menu(Texts.get("menu.edit"), null, undo, redo, new SeparatorMenuItem(), delete);
    }

    private Menu claimMenu() {
        Menu menu = new Menu(Texts.get("menu.claim"));
        ClaimKind[] kinds = ClaimKind.values();
        for (int i = 0; i < kinds.length; i++) {
            ClaimKind kind = kinds[i];
            menu.getItems().add(item("menuTag-" + kind.key(),
                    Texts.get("menu.claim.tagAs", Texts.get("kind." + kind.key())), KIND_KEYS[i],
                    () -> window.tagSelection(kind)));
        }
        MenuItem confirm = shortcut(new MenuItem(Texts.get("menu.claim.confirm")), "menuConfirm",
                new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), model::confirmSelectedClaim);
        MenuItem reject = shortcut(new MenuItem(Texts.get("menu.claim.reject")), "menuReject",
                new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN), model::rejectSelectedClaim);
        MenuItem next = shortcut(new MenuItem(Texts.get("menu.claim.nextSuggestion")), "menuNextSuggestion",
                new KeyCodeCombination(KeyCode.F8), () -> model.selectSuggestion(true));
        MenuItem previous = shortcut(new MenuItem(Texts.get("menu.claim.previousSuggestion")),
                "menuPreviousSuggestion", new KeyCodeCombination(KeyCode.F8, KeyCombination.SHIFT_DOWN),
                () -> model.selectSuggestion(false));
        MenuItem acceptAll = shortcut(new MenuItem(Texts.get("menu.claim.acceptAll")), "menuAcceptAll",
                new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                model::acceptAllInArticle);
        MenuItem mark = shortcut(new MenuItem(Texts.get("menu.claim.markForLink")), "menuMarkForLink",
                new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), model::markSelectedForLink);
        MenuItem link = shortcut(new MenuItem(Texts.get("menu.claim.linkMarked")), "menuLinkMarked",
                new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                window::linkMarkedStatements);
        MenuItem rescan = new MenuItem(Texts.get("menu.claim.rescan"));
        rescan.setId("menuRescan");
        rescan.setOnAction(event -> model.rescanAll());
        menu.getItems().addAll(new SeparatorMenuItem(), confirm, reject, next, previous, acceptAll,
                new SeparatorMenuItem(), mark, link, new SeparatorMenuItem(), rescan);
        // moving between suggestions reads; everything else here changes the project
        menu.getItems().stream().filter(item -> item != next && item != previous).forEach(this::editing);
        return menu;
    }

    private Menu sourceMenu() {
        MenuItem details = item("menuSourceDetails", Texts.get("menu.source.details"), KeyCode.I,
                window::editSourceDetails);
        MenuItem search = item("menuSearch", Texts.get("menu.source.searchProject"), KeyCode.F, window::searchProject);
        MenuItem nextHit = item("menuNextHit", Texts.get("menu.source.nextHit"), KeyCode.G, () -> window.stepSearchHit(true));
        MenuItem previousHit = shortcut(new MenuItem(Texts.get("menu.source.previousHit")), "menuPreviousHit",
                new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> window.stepSearchHit(false));
        editing(details);
        return new Menu(Texts.get("menu.source"), null, details, search, nextHit, previousHit);
    }

    private Menu tagsMenu() {
        MenuItem aliases = new MenuItem(Texts.get("menu.tags.aliases"));
        aliases.setId("menuAliases");
        aliases.setOnAction(event -> window.editAliases());
        MenuItem manage = item("menuManageTags", Texts.get("menu.tags.manage"), KeyCode.T, window::manageTags);
        editing(manage);
        editing(aliases);
        return new Menu(Texts.get("menu.tags"), null, manage, aliases);
    }

    private Menu helpMenu() {
        MenuItem shortcuts = new MenuItem(Texts.get("menu.help.shortcuts"));
        shortcuts.setId("menuShortcuts");
        shortcuts.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        shortcuts.setOnAction(event -> window.showShortcuts());
        MenuItem check = new MenuItem(Texts.get("menu.help.checkProject"));
        check.setId("menuCheckProject");
        check.setOnAction(event -> window.checkProject());
        return new Menu(Texts.get("menu.help"), null, shortcuts, check);
    }

    /** An item that changes the project: off while the project is open read-only. */
    private void editing(MenuItem item) {
        if (model.isReadOnly()) {
            item.setDisable(true);
        }
    }

    private static MenuItem shortcut(MenuItem item, String id, KeyCodeCombination keys, Runnable action) {
        item.setId(id);
        item.setAccelerator(keys);
        item.setOnAction(event -> action.run());
        return item;
    }

    private static MenuItem item(String id, String text, KeyCode key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
        item.setOnAction(event -> action.run());
        return item;
    }
}
