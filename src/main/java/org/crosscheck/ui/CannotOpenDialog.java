package org.crosscheck.ui;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.crosscheck.model.ProjectBackup;

/**
 * What a project that cannot be opened leaves the researcher: why, and the ways back — a copy
 * kept beside it put in its place, or a JSON export restored as a new project — instead of an
 * error and nothing else to do.
 */
final class CannotOpenDialog extends Dialog<CannotOpenDialog.Choice> {

    /** What the researcher chose. */
    sealed interface Choice {
    }

    /** Put this copy in the project's place. */
    record RestoreCopy(ProjectBackup backup) implements Choice {
    }

    /** Restore a JSON project as a new project. */
    record RestoreJson() implements Choice {
    }

    /** Leave it: quit at start, keep the open project otherwise. */
    record GiveUp() implements Choice {
    }

    /**
     * @param owner the window, or null when no project is open yet
     * @param giveUp the words of the button that gives up: Quit at start, Close otherwise
     */
    CannotOpenDialog(Window owner, String header, String reason, List<ProjectBackup> backups, String giveUp) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(Texts.get("cannotOpen.title"));
        setHeaderText(header);
        Label why = BackupList.wrapped(reason);
        why.setId("cannotOpenReason");
        VBox content = new VBox(10, why);
        content.setPrefWidth(580);
        ListView<ProjectBackup> copies = BackupList.of("cannotOpenCopies", backups);
        ButtonType restoreCopy = new ButtonType(Texts.get("cannotOpen.restoreCopy"), ButtonBar.ButtonData.OTHER);
        ButtonType restoreJson = new ButtonType(Texts.get("cannotOpen.restoreJson"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(giveUp, ButtonBar.ButtonData.CANCEL_CLOSE);
        if (backups.isEmpty()) {
            content.getChildren().add(BackupList.wrapped(Texts.get("cannotOpen.noCopies")));
            getDialogPane().getButtonTypes().addAll(restoreJson, close);
        } else {
            copies.getSelectionModel().selectFirst();
            content.getChildren().addAll(BackupList.wrapped(Texts.get("cannotOpen.copies")), copies);
            getDialogPane().getButtonTypes().addAll(restoreCopy, restoreJson, close);
            getDialogPane().lookupButton(restoreCopy).disableProperty()
                    .bind(copies.getSelectionModel().selectedItemProperty().isNull());
        }
        getDialogPane().setContent(content);
        setResultConverter(button -> button == restoreCopy ? new RestoreCopy(copies.getSelectionModel().getSelectedItem())
                : button == restoreJson ? new RestoreJson() : new GiveUp());
    }

}
