package org.crosscheck.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.crosscheck.model.Figures;
import org.crosscheck.model.Grade;
import org.crosscheck.model.TrackGrade;
import org.crosscheck.model.TrackRecord.Entry;
import org.crosscheck.model.TrackRecord;

/**
 * The Speakers tab: on the left every speaker and outlet with how many statements they gave; on
 * the right the selected one's figures charted over the times they hold for, and their statements
 * across groups and stories, with whether each was later contradicted or revised. Double-click a
 * statement to open its article at the claim.
 */
final class SpeakersView {

    /** The choice that takes a speaker's own grade away. */
    private static final String NO_GRADE = "—";

    private final MainViewModel main;
    private final SpeakersViewModel model;

    SpeakersView(MainViewModel main) {
        this.main = main;
        this.model = main.speakers();
    }

    Node createView() {
        ListView<TrackRecord> list = new ListView<>(model.records());
        list.setId("speakersList");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(TrackRecord record, boolean empty) {
                super.updateItem(record, empty);
                setText(empty || record == null ? null : Texts.get(record.kind() == TrackRecord.Kind.SPEAKER
                        ? "speakers.speakerLine" : "speakers.outletLine", record.name(), record.entries().size(),
                        gradeWords(model.gradeOf(record))));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, record) -> {
            if (record != null && record != model.selectedProperty().get()) {
                model.selectedProperty().set(record);
            }
        });
        Label title = new Label(Texts.get("speakers.none"));
        title.setId("speakerTitle");
        title.setWrapText(true);
        title.getStyleClass().add("title-4");
        SpeakerChart chart = new SpeakerChart();
        TableView<Entry> table = table();
        java.util.function.Consumer<TrackRecord> show = record -> {
            if (record == null) {
                title.setText(Texts.get("speakers.none"));
                table.getItems().clear();
                chart.show(java.util.List.of());
                return;
            }
            list.getSelectionModel().select(record);
            list.scrollTo(record);
            title.setText(Texts.get("speakers.title", record.name(), Texts.get(record.kind() == TrackRecord.Kind.SPEAKER
                    ? "speakers.kindSpeaker" : "speakers.kindOutlet"), record.entries().size(), record.articles(),
                    record.contradicted(), record.revised()));
            table.getItems().setAll(record.entries());
            measureColumns(table);
            chart.show(record.entries());
        };
        model.selectedProperty().addListener((observable, before, record) -> show.accept(record));
        if (model.selectedProperty().get() != null) {
            show.accept(model.selectedProperty().get()); // chosen before the tab was first shown, and so built
        }
        VBox detail = new VBox(6, title, gradeRow(), chart, table);
        detail.setPadding(new Insets(6));
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(list, detail);
        split.setId("speakersView");
        split.setDividerPositions(0.24);
        return split;
    }

    /** " · C3" for a grade given, " · C3 from its articles" for one its articles give, "" for none. */
    private static String gradeWords(TrackGrade grade) {
        if (grade == null || grade.grade() == null) {
            return "";
        }
        return Texts.get(grade.basis() == TrackGrade.Basis.SET ? "speakers.gradeSet" : "speakers.gradeOfArticles",
                grade.grade().code());
    }

    /** The selected one's grade, to set from the Admiralty scale, and where the grade shown comes from. */
    private Node gradeRow() {
        ComboBox<String> choice = new ComboBox<>();
        choice.setId("speakerGrade");
        choice.getItems().add(NO_GRADE);
        for (char letter : Grade.RELIABILITY_LETTERS.toCharArray()) {
            for (int digit = 1; digit <= 6; digit++) {
                choice.getItems().add("" + letter + digit);
            }
        }
        choice.setVisibleRowCount(12);
        Label basis = new Label();
        basis.setId("speakerGradeBasis");
        basis.setWrapText(true);
        boolean[] showing = {false};
        java.util.function.Consumer<TrackGrade> showGrade = grade -> {
            showing[0] = true;
            choice.setValue(grade == null || grade.set() == null ? NO_GRADE : grade.set().code());
            choice.setDisable(grade == null);
            basis.setText(basisWords(grade));
            showing[0] = false;
        };
        model.selectedGradeProperty().addListener((observable, before, grade) -> showGrade.accept(grade));
        choice.valueProperty().addListener((observable, before, code) -> {
            if (!showing[0] && code != null) {
                model.setGrade(NO_GRADE.equals(code) ? "" : code);
            }
        });
        choice.setDisable(true);
        if (model.selectedGradeProperty().get() != null) {
            showGrade.accept(model.selectedGradeProperty().get()); // given before the tab was built
        }
        Label label = new Label(Texts.get("speakers.grade"));
        label.setLabelFor(choice);
        HBox row = new HBox(8, label, choice, basis);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(basis, Priority.ALWAYS);
        return row;
    }

    private static String basisWords(TrackGrade grade) {
        if (grade == null) {
            return "";
        }
        String articles = grade.articles().stream().map(Grade::code).collect(java.util.stream.Collectors.joining(", "));
        return switch (grade.basis()) {
            case SET -> articles.isEmpty() ? Texts.get("speakers.basisSet")
                    : Texts.get("speakers.basisSetArticles", articles);
            case ARTICLES -> Texts.get("speakers.basisArticles", grade.grade().code(), articles);
            case NONE -> Texts.get("speakers.basisNone");
        };
    }

    /** The columns that wrap their text (group, chain, article) and how narrow they may become. */
    private static final int[] WRAPPING_COLUMNS = {2, 3, 4};
    private static final double LEAST_WRAPPED_WIDTH = 110;
    /** The table's border and vertical scroll bar. */
    private static final double TABLE_CHROME = 20;
    private static final double MOST_NATURAL = 480;
    private final java.util.List<Double> naturalWidths = new java.util.ArrayList<>();
    /** Styled as the table's cells are, so its font measures their text at the window's text size. */
    private final Label placeholder = new Label(Texts.get("speakers.noStatements"));

    /** Each column's width at its widest text (header included); then fitted into the table's width. */
    private void measureColumns(TableView<Entry> table) {
        naturalWidths.clear();
        for (TableColumn<Entry, ?> column : table.getColumns()) {
            double widest = textWidth(column.getText()) + 28;
            for (int row = 0; row < table.getItems().size() && row < 500; row++) {
                Object value = column.getCellData(row);
                widest = Math.max(widest, textWidth(value == null ? "" : value.toString()) + 22);
            }
            naturalWidths.add(Math.min(MOST_NATURAL, widest));
        }
        squeezeColumns(table);
    }

    /**
     * Where the columns at their natural widths are wider than the table, the group, chain and
     * article columns give up the difference and wrap their text, so that no column is cut off
     * nor hidden behind a sideways scroll bar (as the comparison's by-source table does).
     */
    private void squeezeColumns(TableView<Entry> table) {
        if (naturalWidths.size() != table.getColumns().size()) {
            return;
        }
        double[] widths = ColumnSqueeze.fit(naturalWidths.stream().mapToDouble(Double::doubleValue).toArray(),
                WRAPPING_COLUMNS, LEAST_WRAPPED_WIDTH, table.getWidth() - TABLE_CHROME);
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
    }

    private double textWidth(String text) {
        Text measured = new Text(text);
        measured.setFont(placeholder.getFont());
        return measured.getLayoutBounds().getWidth();
    }

    private TableView<Entry> table() {
        TableView<Entry> table = new TableView<>();
        table.setId("speakerStatements");
        table.widthProperty().addListener((observable, before, width) -> squeezeColumns(table));
        table.getColumns().add(column("speakers.holdsFor",
                entry -> entry.holdsFor().isKnown() ? entry.holdsFor().display() : ""));
        table.getColumns().add(column("speakers.figure",
                entry -> Figures.of(entry.statement().claim().quantity())));
        table.getColumns().add(column("speakers.group", Entry::group));
        table.getColumns().add(column("speakers.chain", entry -> entry.statement().chain().describe()));
        table.getColumns().add(column("speakers.source", entry -> entry.statement().sourceTitle()));
        table.getColumns().add(column("speakers.later", entry -> entry.contradictedLater()
                ? Texts.get("speakers.contradicted") : entry.revisedLater() ? Texts.get("speakers.revised") : ""));
        table.setRowFactory(view -> {
            TableRow<Entry> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && row.getItem() != null) {
                    main.openClaim(row.getItem().statement().claim().sourceId(), row.getItem().statement().claim().id());
                }
            });
            return row;
        });
        table.setPlaceholder(placeholder);
        for (int column : WRAPPING_COLUMNS) {
            @SuppressWarnings("unchecked")
            TableColumn<Entry, String> wrapping = (TableColumn<Entry, String>) table.getColumns().get(column);
            wrapping.setCellFactory(ignored -> new WrappingCell());
        }
        return table;
    }

    /** Text that wraps at the column's width instead of ending in "…". */
    private static final class WrappingCell extends TableCell<Entry, String> {
        private final WrappedCellText shown = new WrappedCellText();

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            shown.show(this, text, empty, getTableColumn().widthProperty(), 0);
        }
    }

    private static TableColumn<Entry, String> column(String key, java.util.function.Function<Entry, String> value) {
        TableColumn<Entry, String> column = new TableColumn<>(Texts.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
