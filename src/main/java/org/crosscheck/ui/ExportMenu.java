package org.crosscheck.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * File › Export: an item per format, each asking where to save and then writing off the JavaFX
 * thread. Exports only read, so every item stays on in a read-only window. A new format is one more
 * {@link #item} line here and a method in {@link ExportDialogs}.
 */
final class ExportMenu {

    private ExportMenu() {
    }

    static Menu create(ExportDialogs dialogs) {
        Menu menu = new Menu(Texts.get("menu.file.export"));
        menu.setId("menuExport");
        menu.getItems().addAll(
                item("menuExportClaims", "menu.file.exportClaims", dialogs::claims),
                item("menuExportVerdicts", "menu.file.exportVerdicts", dialogs::verdicts),
                item("menuExportProject", "menu.file.exportProject", dialogs::project),
                item("menuExportClaimReview", "menu.file.exportClaimReview", dialogs::claimReview),
                item("menuExportQdpx", "menu.file.exportQdpx", dialogs::qdpx));
        return menu;
    }

    private static MenuItem item(String id, String textKey, Runnable action) {
        MenuItem item = new MenuItem(Texts.get(textKey));
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }
}
