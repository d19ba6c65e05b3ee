package org.crosscheck.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.crosscheck.model.ProjectBackup;

/** The copies kept beside a project, as the dialogs that restore from them list them: file name and when. */
final class BackupList {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private BackupList() {
    }

    static ListView<ProjectBackup> of(String id, List<ProjectBackup> backups) {
        ListView<ProjectBackup> copies = new ListView<>();
        copies.setId(id);
        copies.getItems().setAll(backups);
        copies.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ProjectBackup backup, boolean empty) {
                super.updateItem(backup, empty);
                setText(empty || backup == null ? null
                        : backup.file().getFileName() + " — " + WHEN.format(backup.taken()));
            }
        });
        copies.setPrefHeight(110);
        return copies;
    }

    /** A label that wraps, for the sentences these dialogs explain themselves with. */
    static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
