package org.crosscheck.ui;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.crosscheck.service.SpeakerIdentityService.CrossProposal;
import org.crosscheck.service.SpeakerIdentityService.Identity;

/**
 * Tags › Speakers and identities…: who each described speaker is proposed to be, with Confirm,
 * Correct and Reject; below, the speakers of two articles proposed to be one, with Confirm and
 * Keep apart. Not modal, so Edit › Undo in the window takes an answer back while it is open.
 */
final class SpeakerIdentitiesDialog {

    private final Dialog<Void> dialog = new Dialog<>();
    private final SpeakerIdentitiesViewModel model;
    private final boolean readOnly;

    private final Runnable undo;
    private final Runnable redo;

    SpeakerIdentitiesDialog(Window owner, SpeakerIdentitiesViewModel model, boolean readOnly, Runnable undo,
                            Runnable redo) {
        this.undo = undo;
        this.redo = redo;
        this.model = model;
        this.readOnly = readOnly;
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(Texts.get("identities.title"));
        dialog.setHeaderText(Texts.get("identities.header"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("speakerIdentities");
        dialog.getDialogPane().setContent(createView());
        // the header and the hint wrap at this width rather than widen the window past the screen
        dialog.getDialogPane().setPrefWidth(940);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        // the window's Undo and Redo keys work here too: an answer is taken back where it was given
        dialog.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (Shortcut.UNDO.matches(event)) {
                undo.run();
                model.load(); // after the undo: the runner keeps the order
                event.consume();
            } else if (Shortcut.REDO.matches(event) || Shortcut.REDO_AGAIN.matches(event)) {
                redo.run();
                model.load();
                event.consume();
            }
        });
    }

    void show() {
        model.load();
        dialog.show();
        // an Undo in the main window changes the answers: coming back to this window shows them as they are
        dialog.getDialogPane().getScene().getWindow().focusedProperty().addListener((observable, was, focused) -> {
            if (focused) {
                model.load();
            }
        });
    }

    private VBox createView() {
        TableView<Identity> identities = new TableView<>(model.identities());
        identities.setId("identityTable");
        identities.setPrefSize(900, 200);
        identities.setPlaceholder(new Label(Texts.get("identities.none")));
        identities.getColumns().add(column("identities.article", Identity::article, 150));
        identities.getColumns().add(column("identities.written", Identity::written, 150));
        identities.getColumns().add(column("identities.person", Identity::proposed, 135));
        identities.getColumns().add(column("identities.countedAs", Identity::person, 120));
        identities.getColumns().add(column("identities.sentence", Identity::sentence, 215));
        identities.getColumns().add(column("identities.state", identity -> Texts.get("identities.state."
                + identity.state().name().toLowerCase(java.util.Locale.ROOT), identity.proposed()), 120));
        Button confirm = button("identityConfirm", "identities.confirm", identities);
        confirm.setOnAction(event -> model.confirm(identities.getSelectionModel().getSelectedItem()));
        Button correct = button("identityCorrect", "identities.correct", identities);
        correct.setOnAction(event -> askPerson(identities.getSelectionModel().getSelectedItem())
                .ifPresent(person -> model.correct(identities.getSelectionModel().getSelectedItem(), person)));
        Button reject = button("identityReject", "identities.reject", identities);
        reject.setOnAction(event -> model.reject(identities.getSelectionModel().getSelectedItem()));
        // nothing proposed: nothing to confirm, only to say who it is or that it is nobody else
        confirm.disableProperty().bind(Bindings.createBooleanBinding(() -> readOnly
                || identities.getSelectionModel().getSelectedItem() == null
                || identities.getSelectionModel().getSelectedItem().proposed().isEmpty(),
                identities.getSelectionModel().selectedItemProperty()));

        TableView<CrossProposal> across = new TableView<>(model.across());
        across.setId("acrossTable");
        across.setPrefSize(900, 150);
        across.setPlaceholder(new Label(Texts.get("identities.noneAcross")));
        across.getColumns().add(column("identities.speaker", CrossProposal::speaker, 130));
        across.getColumns().add(column("identities.inArticle", CrossProposal::article, 150));
        across.getColumns().add(column("identities.samePerson", CrossProposal::otherSpeaker, 120));
        across.getColumns().add(column("identities.namedIn", CrossProposal::otherArticle, 150));
        across.getColumns().add(column("identities.sentence", CrossProposal::sentence, 200));
        across.getColumns().add(column("identities.counted", proposal -> Texts.get("identities.across."
                + proposal.state().name().toLowerCase(java.util.Locale.ROOT), proposal.countedAsOne() ? 1 : 2), 130));
        Button same = button("acrossConfirm", "identities.same", across);
        same.setOnAction(event -> model.confirm(across.getSelectionModel().getSelectedItem()));
        Button apart = button("acrossApart", "identities.apart", across);
        apart.setOnAction(event -> model.keepApart(across.getSelectionModel().getSelectedItem()));

        Label acrossTitle = new Label(Texts.get("identities.acrossTitle"));
        acrossTitle.setStyle("-fx-font-weight: bold;");
        Label hint = new Label(Texts.get("identities.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMaxWidth(900);
        HBox identityButtons = new HBox(6, confirm, correct, reject);
        HBox acrossButtons = new HBox(6, same, apart);
        VBox box = new VBox(8, identities, identityButtons, acrossTitle, across, acrossButtons, hint);
        box.setPadding(new Insets(4));
        VBox.setVgrow(identities, Priority.ALWAYS);
        VBox.setVgrow(across, Priority.ALWAYS);
        return box;
    }

    /** Who the described speaker is: typed, or picked from the people the articles name. */
    private Optional<String> askPerson(Identity identity) {
        java.util.List<String> people = model.people();
        ChoiceDialog<String> ask = new ChoiceDialog<>(identity.person(), people);
        ask.initOwner(dialog.getDialogPane().getScene().getWindow());
        ask.setTitle(Texts.get("identities.correct.title"));
        ask.setHeaderText(Texts.get("identities.correct.header", identity.written(), identity.article()));
        ask.getDialogPane().setId("identityCorrectDialog");
        // a ChoiceDialog only picks; an editable combo box also takes a name typed in
        javafx.scene.control.ComboBox<String> names = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(people));
        names.setId("identityPerson");
        names.setEditable(true);
        names.setPrefWidth(320);
        names.getEditor().setText(identity.person());
        ask.getDialogPane().setContent(new VBox(6, new Label(Texts.get("identities.correct.label")), names));
        ask.setResultConverter(button -> button == ButtonType.OK ? names.getEditor().getText() : null);
        return ask.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
    }

    private <T> Button button(String id, String key, TableView<T> table) {
        Button button = new Button(Texts.get(key));
        button.setId(id);
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> readOnly
                || table.getSelectionModel().getSelectedItem() == null, table.getSelectionModel().selectedItemProperty()));
        return button;
    }

    /** Text that wraps at the column's width, so a sentence or a long description reads whole. */
    private static final class WrappingCell<T> extends javafx.scene.control.TableCell<T, String> {
        private final WrappedCellText shown = new WrappedCellText();

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            shown.show(this, text, empty, getTableColumn().widthProperty(), 0);
        }
    }

    private static <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(Texts.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(ignored -> new WrappingCell<>());
        return column;
    }
}
