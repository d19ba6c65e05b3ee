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
import org.controlsfx.control.CheckListView;
import org.crosscheck.service.ReportScope;

/** Asks what a report covers: all groups, groups the researcher ticks, or the groups of a tag. */
final class ReportDialog {

    private final Dialog<ReportScope> dialog = new Dialog<>();

    /**
     * @param groups   the names of the groups that can be reported, most contested first
     * @param selected the group selected in the Comparison tab, ticked to start with; may be null
     * @param confirmedOnlyAtFirst whether the Comparison tab shows confirmed statements only: the
     *                             report starts as the researcher is looking at the groups
     */
    ReportDialog(Window owner, List<String> groups, String selected, List<String> tags, String action,
                 boolean confirmedOnlyAtFirst) {
        dialog.initOwner(owner);
        dialog.setTitle(action);
        dialog.setHeaderText(Texts.get("report.scopeHeader"));
        ToggleGroup choice = new ToggleGroup();
        RadioButton all = radio(Texts.get("report.all"), choice, "reportAll");
        RadioButton chosen = radio(Texts.get("report.chosen"), choice, "reportChosen");
        CheckListView<String> groupList = new CheckListView<>();
        groupList.setId("reportGroups");
        groupList.getItems().setAll(groups);
        groupList.setPrefHeight(180);
        if (selected != null && groups.contains(selected)) {
            groupList.getCheckModel().check(selected);
        }
        groupList.disableProperty().bind(chosen.selectedProperty().not());
        chosen.setDisable(groups.isEmpty());
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
        javafx.scene.control.CheckBox confirmedOnly = new javafx.scene.control.CheckBox(Texts.get("report.confirmedOnly"));
        confirmedOnly.setId("reportConfirmedOnly");
        confirmedOnly.setSelected(confirmedOnlyAtFirst);
        VBox box = new VBox(8, all, chosen, groupList, tagged, tag, confirmedOnly);
        box.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(chosen.selectedProperty()
                .and(javafx.beans.binding.Bindings.isEmpty(groupList.getCheckModel().getCheckedItems())));
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            if (chosen.isSelected()) {
                return ReportScope.groups(List.copyOf(groupList.getCheckModel().getCheckedItems()))
                        .withConfirmedOnly(confirmedOnly.isSelected());
            }
            return (tagged.isSelected() ? ReportScope.tagged(tag.getValue()) : ReportScope.allGroups())
                    .withConfirmedOnly(confirmedOnly.isSelected());
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
