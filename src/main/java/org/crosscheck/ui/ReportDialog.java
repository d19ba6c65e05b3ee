package org.crosscheck.ui;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.crosscheck.service.ReportScope;

/** Asks what a report covers: all groups, the group selected in the Comparison tab, or a tag. */
final class ReportDialog {

    private final Dialog<ReportScope> dialog = new Dialog<>();

    ReportDialog(Window owner, String selectedGroup, List<String> tags, String action) {
        dialog.initOwner(owner);
        dialog.setTitle(action);
        dialog.setHeaderText(Texts.get("report.scopeHeader"));
        ToggleGroup choice = new ToggleGroup();
        RadioButton all = radio(Texts.get("report.all"), choice, "reportAll");
        RadioButton group = radio(selectedGroup == null ? Texts.get("report.groupNone")
                : Texts.get("report.group", selectedGroup), choice, "reportGroup");
        group.setDisable(selectedGroup == null);
        RadioButton tagged = radio(Texts.get("report.tag"), choice, "reportTag");
        ChoiceBox<String> tag = new ChoiceBox<>();
        tag.getItems().setAll(tags);
        tag.setId("reportTagChoice");
        if (!tags.isEmpty()) {
            tag.setValue(tags.get(0));
        }
        tagged.setDisable(tags.isEmpty());
        tag.disableProperty().bind(tagged.selectedProperty().not());
        all.setSelected(true);
        VBox box = new VBox(8, all, group, tagged, tag);
        box.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            if (group.isSelected()) {
                return ReportScope.groups(List.of(selectedGroup));
            }
            return tagged.isSelected() ? ReportScope.tagged(tag.getValue()) : ReportScope.allGroups();
        });
    }

    Optional<ReportScope> showAndWait() {
        return dialog.showAndWait();
    }

    private static RadioButton radio(String text, ToggleGroup group, String id) {
        RadioButton button = new RadioButton(text);
        button.setToggleGroup(group);
        button.setId(id);
        return button;
    }
}
