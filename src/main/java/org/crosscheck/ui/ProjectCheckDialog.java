package org.crosscheck.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.crosscheck.service.ProjectCheck;
import org.crosscheck.store.Backups;

/**
 * What Help › Check project found, and the copies the project can be restored from. Returns
 * the copy chosen for restoring, if the researcher chose one.
 */
final class ProjectCheckDialog extends Dialog<Backups.Backup> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    /** @param restoreFromJson what "Restore from JSON…" does: a JSON export restored as a new project */
    ProjectCheckDialog(Window owner, ProjectCheck.Result result, boolean readOnly, Runnable restoreFromJson) {
        initOwner(owner);
        setTitle(Texts.get("check.title"));
        setHeaderText(result.isHealthy() ? Texts.get("status.checkedHealthy") : Texts.get("check.damaged"));
        Label findings = new Label(result.isHealthy()
                ? Texts.get("check.healthy", String.format("%,d", result.rowsRead()), String.format("%,d", result.articles()))
                : String.join("\n", result.problems().stream().map(problem -> "• " + problem).toList()));
        findings.setId("checkFindings");
        findings.setWrapText(true);
        VBox content = new VBox(10, findings);
        content.setPrefWidth(560);
        ListView<Backups.Backup> copies = new ListView<>();
        copies.setId("checkBackups");
        copies.getItems().setAll(result.backups());
        copies.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Backups.Backup backup, boolean empty) {
                super.updateItem(backup, empty);
                setText(empty || backup == null ? null
                        : backup.file().getFileName() + " — " + WHEN.format(backup.taken()));
            }
        });
        copies.setPrefHeight(120);
        ButtonType restore = new ButtonType(Texts.get("check.restore"), ButtonBar.ButtonData.OTHER);
        // a new project from a JSON export: open to a read-only window too, as it changes nothing here
        ButtonType restoreJson = new ButtonType(Texts.get("cannotOpen.restoreJson"), ButtonBar.ButtonData.OTHER);
        if (result.backups().isEmpty()) {
            content.getChildren().add(wrapped(Texts.get("check.noBackups")));
            getDialogPane().getButtonTypes().addAll(restoreJson, ButtonType.CLOSE);
        } else {
            content.getChildren().addAll(wrapped(readOnly ? Texts.get("check.readOnly") : Texts.get("check.backups")),
                    copies);
            getDialogPane().getButtonTypes().addAll(restore, restoreJson, ButtonType.CLOSE);
            getDialogPane().lookupButton(restore).disableProperty().bind(
                    copies.getSelectionModel().selectedItemProperty().isNull().or(
                            new javafx.beans.property.SimpleBooleanProperty(readOnly)));
        }
        getDialogPane().setContent(content);
        setResultConverter(button -> {
            if (button == restoreJson) {
                javafx.application.Platform.runLater(restoreFromJson); // once this dialog has closed
            }
            return button == restore ? copies.getSelectionModel().getSelectedItem() : null;
        });
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
