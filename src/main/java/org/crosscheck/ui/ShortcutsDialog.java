package org.crosscheck.ui;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/** F1: every shortcut of {@link Shortcut}, keys in one column and what they do in the next. */
final class ShortcutsDialog {

    private ShortcutsDialog() {
    }

    static void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(Texts.get("shortcuts.title"));
        dialog.setHeaderText(Texts.get("shortcuts.title"));
        dialog.getDialogPane().setId("shortcutsDialog");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        ScrollPane scroll = new ScrollPane(grid());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        scroll.setPrefViewportWidth(620);
        dialog.getDialogPane().setContent(scroll);
        dialog.setResizable(true);
        dialog.show();
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setId("shortcutsGrid");
        grid.setHgap(18);
        grid.setVgap(3);
        grid.setPadding(new Insets(4, 8, 4, 8));
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(keys, new ColumnConstraints());
        Label keysHeader = new Label(Texts.get("shortcuts.keys"));
        Label doesHeader = new Label(Texts.get("shortcuts.does"));
        keysHeader.getStyleClass().add("pane-title");
        doesHeader.getStyleClass().add("pane-title");
        grid.addRow(0, keysHeader, doesHeader);
        Shortcut[] all = Shortcut.values();
        for (int i = 0; i < all.length; i++) {
            Label keysLabel = new Label(all[i].keysText());
            keysLabel.getStyleClass().add("shortcut-keys");
            Label does = new Label(all[i].description());
            does.getStyleClass().add("shortcut-does");
            does.setWrapText(true);
            grid.addRow(i + 1, keysLabel, does);
        }
        return grid;
    }
}
