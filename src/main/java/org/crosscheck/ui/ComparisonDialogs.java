package org.crosscheck.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Verdict;

/** The small questions the comparison view asks: a name, a target group, a verdict with a note. */
final class ComparisonDialogs {

    /** A verdict the researcher chose, and why. */
    record VerdictChoice(Verdict verdict, String note) {
    }

    private final Supplier<Window> owner;

    ComparisonDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    Optional<String> askText(String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner.get());
        dialog.setTitle(Texts.get("compare.title"));
        dialog.setHeaderText(prompt);
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    Optional<ComparisonGroup> chooseGroup(String prompt, List<ComparisonGroup> groups) {
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<ComparisonGroup> dialog = new ChoiceDialog<>(groups.get(0), groups);
        dialog.initOwner(owner.get());
        dialog.setTitle(Texts.get("compare.title"));
        dialog.setHeaderText(prompt);
        ChoiceBox<?> box = (ChoiceBox<?>) dialog.getDialogPane().lookup(".choice-box");
        if (box != null) {
            @SuppressWarnings("unchecked")
            ChoiceBox<ComparisonGroup> groupsBox = (ChoiceBox<ComparisonGroup>) box;
            groupsBox.setConverter(new StringConverter<>() {
                @Override
                public String toString(ComparisonGroup group) {
                    return group == null ? "" : group.name();
                }

                @Override
                public ComparisonGroup fromString(String name) {
                    return null;
                }
            });
        }
        return dialog.showAndWait();
    }

    Optional<VerdictChoice> askVerdict(PairVerdict current) {
        Dialog<VerdictChoice> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(Texts.get("compare.title"));
        dialog.setHeaderText(Texts.get("compare.overrideHeader", current.verdict().label(), current.reason()));
        ChoiceBox<Verdict> verdict = new ChoiceBox<>();
        verdict.getItems().setAll(Verdict.values());
        verdict.setValue(current.verdict());
        verdict.setConverter(new StringConverter<>() {
            @Override
            public String toString(Verdict value) {
                return value == null ? "" : value.label();
            }

            @Override
            public Verdict fromString(String label) {
                return null;
            }
        });
        verdict.setId("overrideVerdict");
        TextField note = new TextField(current.overrideNote());
        note.setId("overrideNote");
        note.setPromptText(Texts.get("compare.overrideNotePrompt"));
        note.setPrefColumnCount(36);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(Texts.get("compare.col.verdict")), verdict);
        grid.addRow(1, new Label(Texts.get("compare.overrideNote")), note);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new VerdictChoice(verdict.getValue(), note.getText().strip()) : null);
        return dialog.showAndWait();
    }
}
