package org.crosscheck.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.crosscheck.service.ProjectCheck;
import org.crosscheck.model.ProjectBackup;

/**
 * What Help › Check project found, and the copies the project can be restored from. Returns
 * the copy chosen for restoring, if the researcher chose one.
 */
final class ProjectCheckDialog extends Dialog<ProjectBackup> {

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
        ListView<ProjectBackup> copies = BackupList.of("checkBackups", result.backups());
        ButtonType restore = new ButtonType(Texts.get("check.restore"), ButtonBar.ButtonData.OTHER);
        // a new project from a JSON export: open to a read-only window too, as it changes nothing here
        ButtonType restoreJson = new ButtonType(Texts.get("cannotOpen.restoreJson"), ButtonBar.ButtonData.OTHER);
        if (result.backups().isEmpty()) {
            content.getChildren().add(BackupList.wrapped(Texts.get("check.noBackups")));
            getDialogPane().getButtonTypes().addAll(restoreJson, ButtonType.CLOSE);
        } else {
            content.getChildren().addAll(
                    BackupList.wrapped(readOnly ? Texts.get("check.readOnly") : Texts.get("check.backups")), copies);
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

}
