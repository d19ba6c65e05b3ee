package org.crosscheck.ui;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.crosscheck.model.ClaimKind;

/** The menu bar and its keyboard shortcuts. */
final class MainMenu {

    private static final Shortcut[] KIND_KEYS = {Shortcut.TAG_QUANTITY, Shortcut.TAG_EVENT, Shortcut.TAG_QUOTE,
        Shortcut.TAG_OTHER};

    private final MainWindow window;
    private final MainViewModel model;

    MainMenu(MainWindow window, MainViewModel model) {
        this.window = window;
        this.model = model;
    }

    MenuBar createMenuBar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu(), claimMenu(), sourceMenu(), tagsMenu(),
                helpMenu());
        bar.setId("menuBar");
        return bar;
    }

    /** Shortcuts with no menu item of their own: Ctrl+Y as a second Redo. */
    void installExtraShortcuts(Scene scene) {
        scene.getAccelerators().put(Shortcut.REDO_AGAIN.keys(), model::redo);
    }

    private Menu fileMenu() {
        MenuItem importFiles = item("menuImport", Texts.get("menu.file.import"), Shortcut.IMPORT,
                window::chooseFilesToImport);
        MenuItem quit = item("menuQuit", Texts.get("menu.file.quit"), Shortcut.QUIT, window::quit);
        MenuItem export = item("menuExportReport", Texts.get("menu.file.exportReport"), Shortcut.EXPORT_REPORT,
                window::exportReport);
        Menu exports = ExportMenu.create(window.exportDialogs()); // reads only, so on in a read-only window too
        MenuItem print = item("menuPrintReport", Texts.get("menu.file.printReport"), Shortcut.PRINT_REPORT,
                window::printReport);
        MenuItem newProject = item("menuNewProject", Texts.get("menu.file.newProject"), Shortcut.NEW_PROJECT,
                window::newProject);
        MenuItem openProject = item("menuOpenProject", Texts.get("menu.file.openProject"), Shortcut.OPEN_PROJECT,
                () -> window.openProject(false));
        MenuItem openServerProject = new MenuItem(Texts.get("menu.file.openServerProject"));
        openServerProject.setId("menuOpenServerProject");
        openServerProject.setOnAction(event -> window.openServerProject(null));
        Menu recent = new Menu(Texts.get("menu.file.openRecent"));
        recent.setId("menuOpenRecent");
        recent.getItems().add(new MenuItem()); // filled each time it opens, so it lists the projects as they are then
        recent.setOnShowing(event -> window.fillRecentProjects(recent));
        MenuItem openReadOnly = new MenuItem(Texts.get("menu.file.openProjectReadOnly"));
        openReadOnly.setId("menuOpenProjectReadOnly");
        openReadOnly.setOnAction(event -> window.openProject(true));
        MenuItem restoreProject = new MenuItem(Texts.get("menu.file.restoreProject"));
        restoreProject.setId("menuRestoreProject");
        restoreProject.setOnAction(event -> window.restoreProjectFromJson()); // makes a new project: on when read-only too
        editing(importFiles);
        return new Menu(Texts.get("menu.file"), null, newProject, openProject, openServerProject, recent, openReadOnly,
                restoreProject,
                new SeparatorMenuItem(),
                importFiles,
                new SeparatorMenuItem(), export, print, exports, new SeparatorMenuItem(), quit);
    }

    private Menu editMenu() {
        MenuItem undo = item("menuUndo", Texts.get("menu.edit.undo"), Shortcut.UNDO, model::undo);
        undo.textProperty().bind(model.nextUndoProperty().map(next -> MainWindow.menuText("menu.edit.undo", next)));
        undo.disableProperty().bind(model.nextUndoProperty().map(next -> next.isEmpty() || model.isReadOnly()));
        MenuItem redo = new MenuItem();
        redo.setId("menuRedo");
        redo.setAccelerator(Shortcut.REDO.keys());
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
        MenuItem confirm = item("menuConfirm", Texts.get("menu.claim.confirm"), Shortcut.CONFIRM,
                model::confirmSelectedClaim);
        MenuItem reject = item("menuReject", Texts.get("menu.claim.reject"), Shortcut.REJECT, model::rejectSelectedClaim);
        MenuItem next = item("menuNextSuggestion", Texts.get("menu.claim.nextSuggestion"), Shortcut.NEXT_SUGGESTION,
                () -> model.selectSuggestion(true));
        MenuItem previous = item("menuPreviousSuggestion", Texts.get("menu.claim.previousSuggestion"),
                Shortcut.PREVIOUS_SUGGESTION, () -> model.selectSuggestion(false));
        MenuItem acceptAll = item("menuAcceptAll", Texts.get("menu.claim.acceptAll"), Shortcut.ACCEPT_ALL,
                model::acceptAllInArticle);
        MenuItem mark = item("menuMarkForLink", Texts.get("menu.claim.markForLink"), Shortcut.MARK_FOR_LINK,
                model::markSelectedForLink);
        MenuItem link = item("menuLinkMarked", Texts.get("menu.claim.linkMarked"), Shortcut.LINK_MARKED,
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
        MenuItem details = item("menuSourceDetails", Texts.get("menu.source.details"), Shortcut.SOURCE_DETAILS,
                window::editSourceDetails);
        MenuItem search = item("menuSearch", Texts.get("menu.source.searchProject"), Shortcut.SEARCH_PROJECT,
                window::searchProject);
        MenuItem nextHit = item("menuNextHit", Texts.get("menu.source.nextHit"), Shortcut.NEXT_HIT,
                () -> window.stepSearchHit(true));
        MenuItem previousHit = item("menuPreviousHit", Texts.get("menu.source.previousHit"), Shortcut.PREVIOUS_HIT,
                () -> window.stepSearchHit(false));
        editing(details);
        return new Menu(Texts.get("menu.source"), null, details, search, nextHit, previousHit);
    }

    private Menu tagsMenu() {
        MenuItem aliases = new MenuItem(Texts.get("menu.tags.aliases"));
        aliases.setId("menuAliases");
        aliases.setOnAction(event -> window.editAliases());
        MenuItem manage = item("menuManageTags", Texts.get("menu.tags.manage"), Shortcut.MANAGE_TAGS,
                window::manageTags);
        // read-only projects may still look at the list; its buttons are off there
        MenuItem identities = item("menuSpeakerIdentities", Texts.get("menu.tags.identities"),
                Shortcut.SPEAKER_IDENTITIES, window::reviewSpeakerIdentities);
        editing(manage);
        editing(aliases);
        return new Menu(Texts.get("menu.tags"), null, manage, aliases, identities);
    }

    private Menu helpMenu() {
        MenuItem shortcuts = item("menuShortcuts", Texts.get("menu.help.shortcuts"), Shortcut.SHORTCUTS,
                window::showShortcuts);
        MenuItem check = new MenuItem(Texts.get("menu.help.checkProject"));
        check.setId("menuCheckProject");
        check.setOnAction(event -> window.checkProject());
        MenuItem about = new MenuItem(Texts.get("menu.help.about"));
        about.setId("menuAbout");
        about.setOnAction(event -> window.showAbout());
        return new Menu(Texts.get("menu.help"), null, shortcuts, check, new SeparatorMenuItem(), about);
    }

    /** View › Zoom in, Zoom out, Actual size: the size of the text, remembered. */
    private Menu viewMenu() {
        MenuItem zoomIn = item("menuZoomIn", Texts.get("menu.view.zoomIn"), Shortcut.ZOOM_IN, () -> window.zoom(1));
        MenuItem zoomOut = item("menuZoomOut", Texts.get("menu.view.zoomOut"), Shortcut.ZOOM_OUT, () -> window.zoom(-1));
        MenuItem actual = item("menuActualSize", Texts.get("menu.view.actualSize"), Shortcut.ACTUAL_SIZE,
                () -> window.zoom(0));
        // a plain item that says what it will do: a check item's accelerator would not tick it
        javafx.beans.property.BooleanProperty maximized = window.tabsMaximizedProperty();
        MenuItem maximize = item("menuMaximizeTabs", Texts.get("menu.view.maximizeTabs"), Shortcut.MAXIMIZE_TABS,
                () -> maximized.set(!maximized.get()));
        maximize.textProperty().bind(javafx.beans.binding.Bindings.when(maximized)
                .then(Texts.get("menu.view.showArticle")).otherwise(Texts.get("menu.view.maximizeTabs")));
        return new Menu(Texts.get("menu.view"), null, zoomIn, zoomOut, actual, new SeparatorMenuItem(), maximize);
    }

    /** An item that changes the project: off while the project is open read-only. */
    private void editing(MenuItem item) {
        if (model.isReadOnly()) {
            item.setDisable(true);
        }
    }

    private static MenuItem item(String id, String text, Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(shortcut.keys());
        item.setOnAction(event -> action.run());
        return item;
    }
}
