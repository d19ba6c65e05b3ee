package org.crosscheck.ui;

import java.io.File;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.crosscheck.ui.chart.ChartPng;
import org.crosscheck.model.LaneMode;
import org.crosscheck.model.chart.TimelineItem;
import org.crosscheck.ui.chart.TimelineView;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.ClaimStatus;

/**
 * The Timeline tab: a tool bar (lanes, filters, fit all, export), the timeline itself, and the
 * statements without a date listed beside it rather than placed at an invented one.
 */
final class TimelineTab {

    private final MainViewModel main;
    private final TimelineViewModel model;
    private final TimelineView timeline = new TimelineView();
    private final ListView<TimelineItem> undated = new ListView<>();

    TimelineTab(MainViewModel main) {
        this.main = main;
        this.model = main.timeline();
    }

    BorderPane createView() {
        timeline.setId("timelineView");
        timeline.setOnItemClicked(item -> main.openClaim(item.sourceId(), item.claimId()));
        undated.setId("undatedList");
        undated.setPrefWidth(220);
        undated.setPlaceholder(new Label(Texts.get("timeline.allDated")));
        undated.setCellFactory(list -> new UndatedCell());
        undated.setOnMouseClicked(event -> {
            TimelineItem item = undated.getSelectionModel().getSelectedItem();
            if (event.getClickCount() == 2 && item != null) {
                main.openClaim(item.sourceId(), item.claimId());
            }
        });
        Label undatedTitle = new Label(Texts.get("timeline.undated"));
        undatedTitle.getStyleClass().add("pane-title");
        VBox side = new VBox(4, undatedTitle, undated);
        side.setPadding(new Insets(0, 0, 0, 6));
        BorderPane pane = new BorderPane(timeline);
        pane.setTop(createToolBar());
        pane.setRight(side);
        pane.setPadding(new Insets(6));
        initListeners();
        return pane;
    }

    private HBox createToolBar() {
        ChoiceBox<LaneMode> lanes = new ChoiceBox<>();
        lanes.setId("timelineLanes");
        lanes.getItems().setAll(LaneMode.values());
        lanes.setConverter(converter(mode -> Texts.get("timeline.lanes." + mode.name().toLowerCase())));
        lanes.valueProperty().bindBidirectional(model.laneModeProperty());
        ChoiceBox<String> kind = new ChoiceBox<>();
        kind.setId("timelineKind");
        kind.getItems().add(TimelineViewModel.ALL);
        for (ClaimKind claimKind : ClaimKind.values()) {
            kind.getItems().add(claimKind.key());
        }
        kind.setConverter(converter(key -> key.isEmpty() ? Texts.get("timeline.anyKind") : Texts.get("kind." + key)));
        kind.valueProperty().bindBidirectional(model.kindFilterProperty());
        ChoiceBox<String> status = new ChoiceBox<>();
        status.setId("timelineStatus");
        status.getItems().addAll(TimelineViewModel.ALL, ClaimStatus.SUGGESTED.key(), ClaimStatus.CONFIRMED.key());
        status.setConverter(converter(key -> key.isEmpty() ? Texts.get("timeline.anyStatus") : Texts.get("status." + key)));
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        ComboBox<String> tag = filterBox("timelineTag", model.tagFilterProperty(), "timeline.anyTag");
        bindChoices(tag, model.tagNames());
        ComboBox<String> group = filterBox("timelineGroup", model.groupFilterProperty(), "timeline.anyGroup");
        bindChoices(group, model.groupNames());
        Button fit = new Button(Texts.get("timeline.fit"));
        fit.setId("timelineFit");
        fit.setOnAction(event -> timeline.fitAll());
        Button export = new Button(Texts.get("timeline.export"));
        export.setId("timelineExport");
        export.setOnAction(event -> exportPng());
        Label help = new Label(Texts.get("timeline.help"));
        help.getStyleClass().add("hint");
        // in a narrow window the hint gives way, never the controls' own words ("La…", "Fi…")
        help.setMinWidth(0);
        help.setTooltip(new javafx.scene.control.Tooltip(Texts.get("timeline.help")));
        Label lanesLabel = new Label(Texts.get("timeline.lanes"));
        for (javafx.scene.control.Control control : new javafx.scene.control.Control[] {lanesLabel, fit, export}) {
            control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, lanesLabel, lanes, kind, status, tag, group, fit, export, help);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 6, 0));
        return bar;
    }

    private void initListeners() {
        model.itemsProperty().addListener((observable, before, items) -> showItems());
        model.laneModeProperty().addListener((observable, before, mode) -> timeline.setLaneMode(mode));
        for (var filter : List.of(model.tagFilterProperty(), model.kindFilterProperty(), model.groupFilterProperty(),
                model.statusFilterProperty())) {
            filter.addListener((observable, before, now) -> {
                timeline.setFilter(model.filter());
                showUndated();
            });
        }
        model.highlightedProperty().addListener((observable, before, claims) -> timeline.highlight(claims));
        if (!model.itemsProperty().get().isEmpty()) {
            // built after the timeline was loaded (the tab is built when first chosen): what it holds now
            timeline.setLaneMode(model.laneModeProperty().get());
            timeline.setFilter(model.filter());
            showItems();
            timeline.highlight(model.highlightedProperty().get());
        }
    }

    private void showItems() {
        timeline.setColours(model.coloursProperty().get());
        timeline.setData(model.itemsProperty().get(), model.publicationsProperty().get());
        showUndated();
    }

    private void showUndated() {
        undated.getItems().setAll(model.itemsProperty().get().stream().filter(model.filter())
                .filter(item -> !item.happened().isKnown()).toList());
    }

    private void exportPng() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("timeline.export"));
        chooser.setInitialFileName("timeline.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        File file = chooser.showSaveDialog(timeline.getScene().getWindow());
        if (file == null) {
            return;
        }
        var image = timeline.renderCurrent(Math.max(timeline.getWidth(), 1200), Math.max(timeline.getHeight(), 500), 2);
        main.runInBackground(() -> {
            ChartPng.write(image, file.toPath());
            return file.toPath();
        }, path -> Texts.get("status.exported", path), Texts.get("problem.export"));
    }

    /**
     * A filter of tags or groups: a combo box, whose list is virtual, because a large project has
     * thousands of groups and a choice box makes a menu item of each (a minute on the FX thread at 3,000).
     */
    private static final double FILTER_WIDTH = 170;

    private ComboBox<String> filterBox(String id, javafx.beans.property.ObjectProperty<String> property, String anyKey) {
        ComboBox<String> box = new ComboBox<>();
        box.setVisibleRowCount(20);
        box.setPrefWidth(FILTER_WIDTH); // else it measures every name to fit the longest
        box.setMaxWidth(FILTER_WIDTH);
        box.setId(id);
        box.getItems().add(TimelineViewModel.ALL);
        box.setConverter(converter(value -> value.isEmpty() ? Texts.get(anyKey) : value));
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    private static void bindChoices(ComboBox<String> box, javafx.collections.ObservableList<String> names) {
        names.addListener((ListChangeListener<String>) change -> offer(box, names));
        if (!names.isEmpty()) {
            offer(box, names); // the tab is built when first chosen, maybe after the names came
        }
    }

    private static void offer(ComboBox<String> box, List<String> names) {
        String chosen = box.getValue();
        box.getItems().setAll(TimelineViewModel.ALL);
        box.getItems().addAll(names);
        box.setValue(box.getItems().contains(chosen) ? chosen : TimelineViewModel.ALL);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /** A statement without a date: its words and its source. */
    private static final class UndatedCell extends ListCell<TimelineItem> {
        @Override
        protected void updateItem(TimelineItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : "“" + item.label() + "”\n" + item.sourceTitle());
            setWrapText(true);
            setPrefWidth(0);
        }
    }
}
