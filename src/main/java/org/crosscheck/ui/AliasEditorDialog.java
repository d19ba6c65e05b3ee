package org.crosscheck.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.TableEntity;
import org.crosscheck.service.AliasService;

/**
 * Edits the project's entities and their aliases: one row per entity, its other names separated
 * by "|". The whole table is saved at once (and re-scans the suggestions) when the researcher
 * presses Save. Each row keeps the id of the entity it was opened with, whatever is typed into it,
 * so that an entity renamed outright keeps its claims and their groups; added rows have none.
 */
final class AliasEditorDialog {

    /** One editable row. */
    static final class Row {
        /** The entity this row was opened with; {@link TableEntity#UNSAVED} for a row added here. */
        final long entityId;
        final ObjectProperty<EntityType> type = new SimpleObjectProperty<>(EntityType.ORGANISATION);
        final StringProperty name = new SimpleStringProperty("");
        final StringProperty aliases = new SimpleStringProperty("");
        final StringProperty within = new SimpleStringProperty("");

        Row() {
            this(TableEntity.UNSAVED);
        }

        private Row(long entityId) {
            this.entityId = entityId;
        }

        static Row of(TableEntity stored) {
            return of(stored.id(), stored.entity());
        }

        /** A row for an entity the project does not have yet (a proposal taken in). */
        static Row of(Entity entity) {
            return of(TableEntity.UNSAVED, entity);
        }

        private static Row of(long entityId, Entity entity) {
            Row row = new Row(entityId);
            row.type.set(entity.type());
            row.name.set(entity.canonical());
            row.aliases.set(String.join(" | ", entity.aliases()));
            row.within.set(entity.within());
            return row;
        }

        Optional<TableEntity> toEntity() {
            if (name.get().isBlank()) {
                return Optional.empty();
            }
            List<String> names = Arrays.stream(aliases.get().split("\\|")).map(String::strip)
                    .filter(alias -> !alias.isEmpty()).toList();
            return Optional.of(new TableEntity(entityId, new Entity(name.get(), type.get(), names, within.get())));
        }
    }

    private final Dialog<List<TableEntity>> dialog = new Dialog<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final TableView<Row> table = new TableView<>(rows);
    private final TextField filter = new TextField();

    private final ObservableList<AliasService.Proposal> proposals = FXCollections.observableArrayList();

    AliasEditorDialog(Window owner, List<TableEntity> entities, List<AliasService.Proposal> proposed) {
        entities.forEach(entity -> rows.add(Row.of(entity)));
        proposals.setAll(proposed);
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get("aliases.title"));
        dialog.setHeaderText(Texts.get("aliases.header"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("aliasEditor");
        dialog.getDialogPane().setContent(createView());
        ButtonType save = new ButtonType(Texts.get("aliases.save"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == save
                ? rows.stream().map(Row::toEntity).flatMap(Optional::stream).toList() : null);
    }

    Optional<List<TableEntity>> showAndWait() {
        return dialog.showAndWait();
    }

    private VBox createView() {
        table.setId("aliasTable");
        table.setEditable(true);
        table.setPrefSize(860, 320);
        TableColumn<Row, EntityType> type = new TableColumn<>(Texts.get("aliases.type"));
        type.setCellValueFactory(cell -> cell.getValue().type);
        type.setCellFactory(ChoiceBoxTableCell.forTableColumn(EntityType.values()));
        type.setPrefWidth(130);
        table.getColumns().add(type);
        table.getColumns().add(textColumn("aliases.name", row -> row.name, 200));
        table.getColumns().add(textColumn("aliases.aliases", row -> row.aliases, 380));
        table.getColumns().add(textColumn("aliases.within", row -> row.within, 130));
        filter.setId("aliasFilter");
        filter.setPromptText(Texts.get("aliases.filter"));
        filter.textProperty().addListener((observable, before, text) -> scrollToMatch(text));
        Button add = new Button(Texts.get("aliases.add"));
        add.setId("aliasAdd");
        add.setOnAction(event -> {
            Row row = new Row();
            rows.add(0, row);
            table.getSelectionModel().select(0);
            table.scrollTo(0);
            table.edit(0, table.getColumns().get(1));
        });
        Button remove = new Button(Texts.get("aliases.remove"));
        remove.setId("aliasRemove");
        remove.setOnAction(event -> rows.removeAll(table.getSelectionModel().getSelectedItems()));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Label hint = new Label(Texts.get("aliases.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox box = new VBox(8, new HBox(6, filter, add, remove), table, hint, proposalsView());
        box.setPadding(new Insets(4));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    /**
     * Names the articles define for themselves ("… Security Forces (ANDSF)"): the researcher adds
     * one to the table, where it can still be edited, or leaves it; nothing is added unasked.
     */
    private VBox proposalsView() {
        Label title = new Label(Texts.get("aliases.proposed"));
        title.setStyle("-fx-font-weight: bold;");
        javafx.scene.control.ListView<AliasService.Proposal> list = new javafx.scene.control.ListView<>(proposals);
        list.setId("aliasProposals");
        list.setPrefHeight(120);
        list.setPlaceholder(new Label(Texts.get("aliases.noProposals")));
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(AliasService.Proposal proposal, boolean empty) {
                super.updateItem(proposal, empty);
                setText(empty || proposal == null ? null : Texts.get("aliases.proposal",
                        proposal.entity().aliases().get(0), proposal.entity().canonical(), proposal.articles()));
            }
        });
        Button accept = new Button(Texts.get("aliases.accept"));
        accept.setId("aliasAccept");
        accept.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        accept.setOnAction(event -> {
            AliasService.Proposal chosen = list.getSelectionModel().getSelectedItem();
            Row row = Row.of(chosen.entity());
            rows.add(0, row);
            proposals.remove(chosen);
            table.getSelectionModel().clearAndSelect(0);
            table.scrollTo(0);
        });
        return new VBox(4, title, list, accept);
    }

    private void scrollToMatch(String text) {
        String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (wanted.isEmpty()) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if ((row.name.get() + " " + row.aliases.get()).toLowerCase(java.util.Locale.ROOT).contains(wanted)) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(i);
                return;
            }
        }
    }

    private static TableColumn<Row, String> textColumn(String key, java.util.function.Function<Row, StringProperty> property,
                                                      double width) {
        TableColumn<Row, String> column = new TableColumn<>(Texts.get(key));
        column.setCellValueFactory(cell -> property.apply(cell.getValue()));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setPrefWidth(width);
        return column;
    }
}
