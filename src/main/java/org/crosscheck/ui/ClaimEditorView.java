package org.crosscheck.ui;

import java.util.HashSet;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Precision;
import org.crosscheck.model.Tag;

/**
 * The editor of the selected claim. Each field saves when it is committed: a choice when picked,
 * a text field on Enter or when focus leaves it. Nothing needs a Save button.
 */
final class ClaimEditorView {

    private final MainViewModel model;
    private final ClaimEditorViewModel editor;
    private final CheckComboBox<Tag> tags = new CheckComboBox<>();
    private boolean loadingTags;

    ClaimEditorView(MainViewModel model) {
        this.model = model;
        this.editor = model.editor();
    }

    GridPane createView() {
        GridPane grid = new GridPane();
        grid.setId("claimEditor");
        grid.setHgap(6);
        grid.setVgap(5);
        grid.setPadding(new Insets(4));
        grid.getColumnConstraints().addAll(new ColumnConstraints(), growing());
        int row = 0;
        grid.addRow(row++, label("editor.kind"), choice("editorKind", editor.kindProperty(), ClaimKind.values(),
                kind -> Texts.get("kind." + kind.key())));
        grid.addRow(row++, label("editor.status"), choice("editorStatus", editor.statusProperty(),
                ClaimStatus.values(), status -> Texts.get("status." + status.key())));
        grid.addRow(row++, label("editor.low"), lowHigh());
        grid.addRow(row++, label("editor.qualifier"), field("editorQualifier", editor.qualifierProperty(), ""));
        grid.addRow(row++, label("editor.counted"), field("editorCounted", editor.countedProperty(), ""));
        grid.addRow(row++, label("editor.role"), field("editorRole", editor.roleProperty(),
                Texts.get("editor.rolePrompt")));
        grid.addRow(row++, label("editor.subject"), field("editorSubject", editor.subjectProperty(),
                Texts.get("editor.subjectPrompt")));
        grid.addRow(row++, label("editor.speaker"), field("editorSpeaker", editor.speakerProperty(), ""));
        grid.addRow(row++, label("editor.outlet"), field("editorOutlet", editor.outletProperty(), ""));
        grid.addRow(row++, label("editor.chain"), chainLine());
        grid.addRow(row++, label("editor.chainSpeaker"), chainField("editorChainSpeaker",
                model.chain().speakerProperty(), Texts.get("editor.chainSpeakerPrompt")));
        grid.addRow(row++, label("editor.chainCarriers"), chainField("editorChainCarriers",
                model.chain().carriersProperty(), Texts.get("editor.chainCarriersPrompt")));
        grid.addRow(row++, label("editor.place"), field("editorPlace", editor.placeProperty(), ""));
        grid.addRow(row++, label("editor.time"), field("editorTimeWords", editor.timeWordsProperty(),
                Texts.get("editor.timeWords")));
        grid.addRow(row++, label("editor.timeDate"), timeDate());
        grid.addRow(row++, label("editor.tags"), tagPicker());
        TextArea note = new TextArea();
        note.setId("editorNote");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        bindText(note, editor.noteProperty());
        grid.addRow(row++, label("editor.note"), note);
        Button delete = new Button(Texts.get("editor.delete"));
        delete.setId("editorDelete");
        delete.setOnAction(event -> model.deleteSelectedClaim());
        grid.add(delete, 1, row);
        grid.disableProperty().bind(editor.editingProperty().not());
        return grid;
    }

    private static ColumnConstraints growing() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setFillWidth(true);
        return column;
    }

    private static Label label(String key) {
        Label label = new Label(Texts.get(key));
        // Labels keep their full width; the fields beside them give way when the panel is narrow.
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private Node lowHigh() {
        TextField low = field("editorLow", editor.lowProperty(), Texts.get("editor.openEnd"));
        TextField high = field("editorHigh", editor.highProperty(), Texts.get("editor.openEnd"));
        low.setPrefColumnCount(7);
        high.setPrefColumnCount(7);
        return new HBox(6, low, new Label(Texts.get("editor.high")), high);
    }

    private Node timeDate() {
        DatePicker date = new DatePicker();
        date.setId("editorTimeDate");
        date.setPrefWidth(130);
        date.valueProperty().bindBidirectional(editor.timeDateProperty());
        date.valueProperty().addListener((observable, before, now) -> saveUnlessLoading());
        ChoiceBox<Precision> precision = choice("editorTimePrecision", editor.timePrecisionProperty(),
                new Precision[] {Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.YEAR},
                Precision::key);
        return new HBox(6, date, precision);
    }

    private Node tagPicker() {
        tags.setId("editorTags");
        tags.setMaxWidth(Double.MAX_VALUE);
        tags.setConverter(new StringConverter<>() {
            @Override
            public String toString(Tag tag) {
                return tag == null ? "" : tag.name();
            }

            @Override
            public Tag fromString(String name) {
                return null;
            }
        });
        tags.getItems().setAll(model.tags());
        model.tags().addListener((ListChangeListener<Tag>) change -> {
            tags.getItems().setAll(model.tags());
            showTags();
        });
        editor.tagIds().addListener((SetChangeListener<Long>) change -> showTags());
        tags.getCheckModel().getCheckedItems().addListener((ListChangeListener<Tag>) change -> {
            if (loadingTags) {
                return;
            }
            Set<Long> checked = new HashSet<>();
            tags.getCheckModel().getCheckedItems().forEach(tag -> checked.add(tag.id()));
            if (!checked.equals(editor.tagIds())) {
                editor.tagIds().retainAll(checked);
                editor.tagIds().addAll(checked);
                model.saveEditedClaim();
            }
        });
        return tags;
    }

    /** Shows the editor's tags as checked items without saving anything. */
    private void showTags() {
        loadingTags = true;
        try {
            tags.getCheckModel().clearChecks();
            for (Tag tag : tags.getItems()) {
                if (editor.tagIds().contains(tag.id())) {
                    tags.getCheckModel().check(tag);
                }
            }
        } finally {
            loadingTags = false;
        }
    }

    private <T> ChoiceBox<T> choice(String id, javafx.beans.property.ObjectProperty<T> property, T[] values,
                                    java.util.function.Function<T, String> names) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : names.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(property);
        box.setOnAction(event -> saveUnlessLoading());
        return box;
    }

    /** The chain as one line, wrapped; "(set by hand)" when the researcher set it. */
    private javafx.scene.Node chainLine() {
        javafx.scene.control.Label line = new javafx.scene.control.Label();
        line.setId("editorChain");
        line.setWrapText(true);
        line.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String chain = model.chain().chainProperty().get();
            String shown = chain.isEmpty() ? Texts.get("editor.chainNone") : chain;
            return model.chain().editedProperty().get() ? shown + " " + Texts.get("editor.chainEdited") : shown;
        }, model.chain().chainProperty(), model.chain().editedProperty()));
        javafx.scene.control.Hyperlink others = new javafx.scene.control.Hyperlink(Texts.get("editor.otherStatements"));
        others.setId("showSpeakerStatements");
        others.disableProperty().bind(model.chain().chainProperty().isEmpty());
        others.setOnAction(event -> model.showSpeakerOfChain());
        // a chain read from the text is a proposal: confirming keeps it, and who a described speaker is, as it stands
        javafx.scene.control.Hyperlink confirm = new javafx.scene.control.Hyperlink(Texts.get("editor.confirmChain"));
        confirm.setId("confirmChain");
        confirm.setTooltip(new javafx.scene.control.Tooltip(Texts.get("editor.confirmChain.tip")));
        confirm.disableProperty().bind(model.chain().chainProperty().isEmpty().or(model.chain().editedProperty()));
        confirm.setOnAction(event -> model.confirmChain());
        return new javafx.scene.layout.VBox(2, line, new javafx.scene.layout.HBox(8, confirm, others));
    }

    /** A field of the chain: saved on Enter or on leaving it, as the claim's fields are. */
    private TextField chainField(String id, javafx.beans.property.StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        field.setOnAction(event -> model.saveChain());
        field.focusedProperty().addListener((observable, wasFocused, focused) -> {
            if (!focused) {
                model.saveChain();
            }
        });
        return field;
    }

    private TextField field(String id, javafx.beans.property.StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        bindText(field, property);
        field.setOnAction(event -> model.saveEditedClaim());
        return field;
    }

    private void bindText(TextInputControl control, javafx.beans.property.StringProperty property) {
        control.textProperty().bindBidirectional(property);
        control.focusedProperty().addListener((observable, wasFocused, focused) -> {
            if (!focused) {
                model.saveEditedClaim();
            }
        });
    }

    /** Choice boxes fire when the editor loads a claim too; only a real change is saved. */
    private void saveUnlessLoading() {
        if (editor.editingProperty().get()) {
            model.saveEditedClaim();
        }
    }
}
