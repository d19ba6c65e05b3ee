package org.crosscheck.ui;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.crosscheck.model.FuzzyDate;
import org.crosscheck.model.Grade;
import org.crosscheck.model.Precision;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceMetadata;

/** Edits a source's metadata: title, outlet, author, URL, publication date with precision, grade, notes. */
final class SourceDetailsDialog {

    private static final String UNGRADED = "–";

    private final Dialog<SourceMetadata> dialog = new Dialog<>();
    private final TextField title = new TextField();
    private final TextField outlet = new TextField();
    private final TextField author = new TextField();
    private final TextField url = new TextField();
    private final DatePicker published = new DatePicker();
    private final ChoiceBox<Precision> precision = new ChoiceBox<>();
    private final ChoiceBox<String> reliability = new ChoiceBox<>();
    private final ChoiceBox<String> credibility = new ChoiceBox<>();
    private final TextArea notes = new TextArea();

    SourceDetailsDialog(Window owner, Source source) {
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get("details.title"));
        dialog.setHeaderText(source.title());
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(createForm());
        dialog.getDialogPane().setId("sourceDetails");
        fill(source.metadata());
        dialog.setResultConverter(button -> button == ButtonType.OK ? read() : null);
    }

    Optional<SourceMetadata> showAndWait() {
        return dialog.showAndWait();
    }

    private GridPane createForm() {
        title.setId("detailsTitle");
        outlet.setId("detailsOutlet");
        author.setId("detailsAuthor");
        url.setId("detailsUrl");
        published.setId("detailsPublished");
        precision.setId("detailsPrecision");
        reliability.setId("detailsReliability");
        credibility.setId("detailsCredibility");
        notes.setId("detailsNotes");
        title.setPrefColumnCount(40);
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        precision.getItems().setAll(Precision.DAY, Precision.MONTH, Precision.YEAR, Precision.UNKNOWN);
        precision.setConverter(DateWords.precisionWords());
        published.setConverter(DateWords.isoAt(precision::getValue));
        published.setPromptText("2015-10-08");
        // the date is written at its precision: a month-only date reads "2018-05"
        precision.valueProperty().addListener((observable, before, now) ->
                published.getEditor().setText(published.getConverter().toString(published.getValue())));
        reliability.getItems().add(UNGRADED);
        "ABCDEF".chars().forEach(letter -> reliability.getItems().add(String.valueOf((char) letter)));
        credibility.getItems().addAll(UNGRADED, "1", "2", "3", "4", "5", "6");
        published.valueProperty().addListener((observable, before, date) -> {
            if (date != null && precision.getValue() == Precision.UNKNOWN) {
                precision.setValue(Precision.DAY);
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, new Label(Texts.get("details.titleField")), title);
        grid.addRow(row++, new Label(Texts.get("details.outlet")), outlet);
        grid.addRow(row++, new Label(Texts.get("details.author")), author);
        grid.addRow(row++, new Label(Texts.get("details.url")), url);
        grid.addRow(row++, new Label(Texts.get("details.published")), new HBox(6, published, precision));
        grid.addRow(row++, new Label(Texts.get("details.grade")), new HBox(6,
                new Label(Texts.get("details.reliability")), reliability,
                new Label(Texts.get("details.credibility")), credibility));
        grid.addRow(row, new Label(Texts.get("details.notes")), notes);
        return grid;
    }

    private void fill(SourceMetadata metadata) {
        title.setText(metadata.title());
        outlet.setText(metadata.outlet());
        author.setText(metadata.author());
        url.setText(metadata.url());
        published.setValue(metadata.published().date());
        precision.setValue(metadata.published().precision() == Precision.WEEK ? Precision.DAY
                : metadata.published().precision());
        reliability.setValue(metadata.grade() == null ? UNGRADED : String.valueOf(metadata.grade().reliability()));
        credibility.setValue(metadata.grade() == null ? UNGRADED : String.valueOf(metadata.grade().credibility()));
        notes.setText(metadata.notes());
    }

    private SourceMetadata read() {
        FuzzyDate date = published.getValue() == null || precision.getValue() == Precision.UNKNOWN
                ? FuzzyDate.UNKNOWN : FuzzyDate.of(published.getValue(), precision.getValue());
        Grade grade = UNGRADED.equals(reliability.getValue()) || UNGRADED.equals(credibility.getValue())
                ? null : Grade.parse(reliability.getValue() + credibility.getValue());
        return new SourceMetadata(title.getText(), outlet.getText(), author.getText(), url.getText(), date, grade,
                notes.getText());
    }
}
