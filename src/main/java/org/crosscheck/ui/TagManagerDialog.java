package org.crosscheck.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.crosscheck.model.Tag;

/** Creates, renames, recolours and deletes tags. Each change is saved (and undoable) at once. */
final class TagManagerDialog {

    /** Colours new tags cycle through, chosen to stay readable as highlights. */
    private static final String[] PALETTE = {"#d33682", "#268bd2", "#2aa198", "#b58900", "#6c71c4", "#cb4b16"};

    private final MainViewModel model;
    private final Dialog<Void> dialog = new Dialog<>();
    private final ListView<Tag> list = new ListView<>();
    private final ColorPicker color = new ColorPicker();

    TagManagerDialog(Window owner, MainViewModel model) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get("tags.title"));
        dialog.setHeaderText(Texts.get("tags.header"));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(createView());
        dialog.getDialogPane().setId("tagManager");
    }

    void showAndWait() {
        dialog.showAndWait();
    }

    private VBox createView() {
        list.setId("tagList");
        list.setItems(model.tags());
        list.setCellFactory(view -> new ClaimPanelView.TagCell(""));
        list.setPrefHeight(220);
        Button create = new Button(Texts.get("tags.new"));
        create.setId("tagNew");
        create.setOnAction(event -> ask(Texts.get("tags.newPrompt"), "").ifPresent(name ->
                model.createTag(name, PALETTE[model.tags().size() % PALETTE.length])));
        Button rename = new Button(Texts.get("tags.rename"));
        rename.setId("tagRename");
        rename.setOnAction(event -> {
            Tag tag = list.getSelectionModel().getSelectedItem();
            ask(Texts.get("tags.renamePrompt"), tag.name()).ifPresent(name -> model.renameTag(tag.id(), name));
        });
        Button delete = new Button(Texts.get("tags.delete"));
        delete.setId("tagDelete");
        delete.setOnAction(event -> model.deleteTag(list.getSelectionModel().getSelectedItem().id()));
        color.setId("tagColor");
        color.setOnAction(event -> {
            Tag tag = list.getSelectionModel().getSelectedItem();
            if (tag != null) {
                model.recolorTag(tag.id(), TagSwatch.toWeb(color.getValue()));
            }
        });
        var nothingSelected = list.getSelectionModel().selectedItemProperty().isNull();
        rename.disableProperty().bind(nothingSelected);
        delete.disableProperty().bind(nothingSelected);
        color.disableProperty().bind(nothingSelected);
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, tag) -> {
            if (tag != null) {
                color.setValue(TagSwatch.parse(tag.color()));
            }
        });
        VBox box = new VBox(8, list, new HBox(6, create, rename, delete, color));
        box.setPadding(new Insets(4));
        return box;
    }

    private java.util.Optional<String> ask(String prompt, String initial) {
        TextInputDialog input = new TextInputDialog(initial);
        input.initOwner(dialog.getDialogPane().getScene().getWindow());
        input.setTitle(Texts.get("tags.title"));
        input.setHeaderText(prompt);
        input.setContentText(Texts.get("tags.name"));
        return input.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
    }
}
