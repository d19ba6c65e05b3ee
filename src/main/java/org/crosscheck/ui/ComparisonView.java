package org.crosscheck.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.EventSuggestion;
import org.crosscheck.model.Figures;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Statement;
import org.crosscheck.model.chart.GroupChartData;
import org.crosscheck.ui.chart.IntervalChartView;

/**
 * The Comparison tab: groups on the left (most contested first); for the selected group its
 * statements side by side, their figures drawn on one axis, and the verdicts with their reasons.
 */
final class ComparisonView {

    private final ComparisonViewModel model;
    private final MainViewModel main;
    private final ListView<ComparisonGroup> groupList = new ListView<>();
    private final ListView<EventSuggestion> suggestionList = new ListView<>();
    private final Label groupName = new Label();
    private final Label groupCounts = new Label();
    private final Label groupOrigins = new Label();
    private final TextArea note = new TextArea();
    private final Button addNote = new Button(Texts.get("compare.addNote"));
    /** Each statement's source as the by-source table names it, by its position in the group. */
    private java.util.Map<Statement, String> sourceNames = java.util.Map.of();
    /** Whether the selected group changed while the tab was hidden, and is not drawn yet. */
    private boolean behind;
    private final java.util.List<Button> headerButtons = new java.util.ArrayList<>();
    private final TableView<Statement> statements = new TableView<>();
    private final TableView<PairVerdict> verdicts = new TableView<>();
    private final IntervalChartView chart = new IntervalChartView();
    private final ComparisonDialogs dialogs;
    private final GlanceView glance = new GlanceView(this::showStatement);
    private final javafx.scene.control.TabPane detailTabs = new javafx.scene.control.TabPane();
    private ScrollPane chartPane;
    private boolean syncing;
    private SplitPane split;
    private VBox detailPane;
    private javafx.stage.Stage detached;

    ComparisonView(MainViewModel main) {
        this.main = main;
        this.model = main.comparison();
        this.dialogs = new ComparisonDialogs(() -> groupList.getScene().getWindow());
    }

    SplitPane createView() {
        detailPane = createDetailPane();
        split = new SplitPane(createGroupPane(), detailPane);
        split.setDividerPositions(0.19);
        split.setId("comparisonView");
        initListeners();
        if (main.isReadOnly()) {
            offerNoEdits();
        }
        return split;
    }

    /** A read-only project: the groups, statements and verdicts are read, not renamed, merged or overridden. */
    private void offerNoEdits() {
        groupList.setContextMenu(null);
        verdicts.setContextMenu(null);
        note.setEditable(false);
        note.setPromptText("");
        disable(lookupButton("groupRename"), lookupButton("groupMerge"));
    }

    private static void disable(Button... buttons) {
        for (Button button : buttons) {
            if (button != null) {
                button.setDisable(true);
            }
        }
    }

    private Button lookupButton(String id) {
        return headerButtons.stream().filter(button -> id.equals(button.getId())).findFirst().orElse(null);
    }

    private VBox createGroupPane() {
        groupList.setId("groupList");
        groupList.setItems(model.groups());
        groupList.setCellFactory(view -> new ComparisonCells.GroupCell(view, model::glance));
        Label empty = wrapped(Texts.get("compare.empty"));
        // a large project takes seconds to compare: say so, rather than that there is nothing to compare
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(model.comparingProperty())
                .then(Texts.get("compare.comparing")).otherwise(Texts.get("compare.empty")));
        groupList.setPlaceholder(empty);
        groupList.setContextMenu(groupMenu());
        suggestionList.setId("eventSuggestions");
        suggestionList.setItems(model.eventSuggestions());
        suggestionList.setCellFactory(view -> new SuggestionCell());
        suggestionList.setPlaceholder(wrapped(Texts.get("compare.noSuggestions")));
        suggestionList.setPrefHeight(140);
        VBox.setVgrow(groupList, Priority.ALWAYS);
        Label suggestionsTitle = new Label(Texts.get("compare.suggestions"));
        suggestionsTitle.getStyleClass().add("pane-title");
        Label groupsTitle = new Label(Texts.get("compare.groups"));
        groupsTitle.getStyleClass().add("pane-title");
        for (Label title : List.of(groupsTitle, suggestionsTitle)) {
            // in a narrow pane a title takes two lines rather than ending in "…"
            title.setWrapText(true);
            title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        javafx.scene.control.CheckBox confirmedOnly = new javafx.scene.control.CheckBox(Texts.get("compare.confirmedOnly"));
        confirmedOnly.setId("confirmedOnly");
        confirmedOnly.setTooltip(new javafx.scene.control.Tooltip(Texts.get("compare.confirmedOnly.tip")));
        confirmedOnly.selectedProperty().bindBidirectional(model.confirmedOnlyProperty());
        VBox pane = new VBox(4, groupsTitle, confirmedOnly, groupList, suggestionsTitle, suggestionList);
        pane.setPadding(new Insets(6));
        return pane;
    }

    private VBox createDetailPane() {
        groupName.setId("groupName");
        groupName.getStyleClass().add("group-name");
        groupCounts.getStyleClass().add("group-counts");
        groupCounts.setId("groupCounts");
        groupOrigins.getStyleClass().add("group-counts");
        groupOrigins.setId("groupOrigins");
        groupOrigins.setWrapText(true);
        Button rename = new Button(Texts.get("compare.rename"));
        rename.setId("groupRename");
        rename.setOnAction(event -> selected().ifPresent(group ->
                dialogs.askText(Texts.get("compare.renamePrompt"), group.name())
                        .ifPresent(name -> model.rename(group, name))));
        Button merge = new Button(Texts.get("compare.merge"));
        merge.setId("groupMerge");
        merge.setOnAction(event -> mergeSelected());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button detach = new Button(Texts.get("compare.detach"));
        detach.setId("comparisonDetach");
        detach.setTooltip(new javafx.scene.control.Tooltip(Texts.get("compare.detach.tip")));
        detach.setOnAction(event -> detach());
        // the name shares its line with the buttons, which always read in full; the counts and the
        // origins have the pane's whole width beneath, and wrap
        groupCounts.setWrapText(true);
        groupName.setWrapText(true);
        for (Label line : List.of(groupName, groupCounts, groupOrigins)) {
            line.setMinHeight(Region.USE_PREF_SIZE); // the tabs below give way first, never these lines
        }
        groupName.setMinWidth(0);
        HBox.setHgrow(groupName, Priority.ALWAYS);
        groupName.setMaxWidth(Double.MAX_VALUE);
        for (Button button : List.of(detach, rename, merge)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        addNote.setId("groupAddNote");
        addNote.setTooltip(new javafx.scene.control.Tooltip(Texts.get("compare.addNote.tip")));
        addNote.setMinWidth(Region.USE_PREF_SIZE);
        addNote.setOnAction(event -> {
            showNote(true);
            note.requestFocus();
        });
        HBox nameLine = new HBox(8, groupName, spacer, addNote, detach, rename, merge);
        nameLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox header = new VBox(2, nameLine, groupCounts, groupOrigins);
        headerButtons.add(rename);
        headerButtons.add(merge);
        note.setId("groupNote");
        note.setPromptText(Texts.get("compare.notePrompt"));
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.focusedProperty().addListener((observable, was, now) -> {
            if (!now) {
                selected().ifPresent(group -> model.saveNote(group, note.getText()));
                showNote(!note.getText().isBlank());
            }
        });
        createStatementTable();
        createVerdictTable();
        chart.setId("intervalChart");
        chart.setMinHeight(140);
        // Many statements get room to breathe: the chart grows by rows and scrolls.
        ScrollPane chartScroll = new ScrollPane(chart);
        chartScroll.setFitToWidth(true);
        chartScroll.viewportBoundsProperty().addListener((observable, before, bounds) -> sizeChart(bounds.getHeight()));
        chartPane = chartScroll;
        SplitPane tables = new SplitPane(statements, chartScroll);
        tables.setDividerPositions(0.5); // the chart has three parts (labels, bars, matrix): half the width
        // the matrix and the verdict words carry meaning by shape and colour: say which
        VBox verdictPane = new VBox(4, VerdictLegend.create(), verdicts);
        VBox.setVgrow(verdicts, Priority.ALWAYS);
        verdictPane.setPadding(new Insets(4, 0, 0, 0));
        SplitPane body = new SplitPane(tables, verdictPane);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.7);
        // the group by source first; its statements and their verdicts one click away
        javafx.scene.control.Tab bySource = new javafx.scene.control.Tab(Texts.get("compare.tab.glance"),
                glance.createView());
        bySource.setId("glanceTab");
        javafx.scene.control.Tab detail = new javafx.scene.control.Tab(Texts.get("compare.tab.statements"), body);
        detail.setId("statementsTab");
        detailTabs.getTabs().addAll(bySource, detail);
        detailTabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        detailTabs.setId("comparisonDetailTabs");
        VBox.setVgrow(detailTabs, Priority.ALWAYS);
        note.setPrefRowCount(1);
        showNote(false);
        VBox pane = new VBox(6, header, note, detailTabs);
        pane.setPadding(new Insets(6));
        pane.disableProperty().bind(model.selectedGroupProperty().isNull());
        return pane;
    }

    private void createStatementTable() {
        statements.setId("statementTable");
        statements.setPlaceholder(new Label(Texts.get("compare.noGroup")));
        // The source is its outlet with the colour of its bar in the chart; its title shows on hover.
        // named as in the by-source table, letter and all: a source without an outlet by its short title
        TableColumn<Statement, String> source = column("compare.col.source",
                s -> sourceNames.getOrDefault(s, org.crosscheck.model.Outlets.shown(s.outletOrSource())));
        source.setCellFactory(column -> new ComparisonCells.SourceSwatchCell(
                statement -> model.colours().of(statement.claim().sourceId())));
        statements.getColumns().addAll(List.of(source,
                column("compare.col.speaker", s -> model.originGrades().beside(
                        s.chain().describe().isEmpty() ? s.claim().speaker() : s.chain().describe())),
                column("compare.col.published", s -> s.published().display()),
                column("compare.col.refersTo", s -> s.when().display()),
                column("compare.col.value", s -> Figures.of(s.claim().quantity())),
                column("compare.col.status", s -> s.claim().status() == org.crosscheck.model.ClaimStatus.CONFIRMED
                        ? "● " + Texts.get("status.confirmed") : "○ " + Texts.get("status.suggested")),
                column("compare.col.quote", Statement::quote)));
        // the speaker's chain and the quote in full on hover, where the column is too narrow for them
        @SuppressWarnings("unchecked")
        TableColumn<Statement, String> speaker = (TableColumn<Statement, String>) statements.getColumns().get(1);
        speaker.setCellFactory(column -> new ComparisonCells.WholeOnHoverCell<>(text -> text));
        @SuppressWarnings("unchecked")
        TableColumn<Statement, String> quote = (TableColumn<Statement, String>) statements.getColumns().get(6);
        quote.setCellFactory(column -> new ComparisonCells.WholeOnHoverCell<>(text -> "“" + text + "”"));
        // sized to their content (a full date always fits); the table scrolls sideways rather than cut them
        statements.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        statements.setRowFactory(table -> {
            TableRow<Statement> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    main.openClaim(row.getItem().claim().sourceId(), row.getItem().claim().id());
                }
            });
            return row;
        });
        statements.setContextMenu(statementMenu());
    }

    private void createVerdictTable() {
        verdicts.setId("verdictTable");
        verdicts.setPlaceholder(new Label(Texts.get("compare.noVerdicts")));
        TableColumn<PairVerdict, String> verdict = verdictColumn("compare.col.verdict", pair ->
                pair.verdict().label() + (pair.overridden() ? " ✎" : ""));
        verdict.setCellFactory(column -> new ComparisonCells.VerdictCell());
        verdicts.getColumns().addAll(List.of(
                verdictColumn("compare.col.a", pair -> label(pair.a())),
                verdictColumn("compare.col.b", pair -> label(pair.b())),
                verdict,
                verdictColumn("compare.col.reason", pair -> pair.overridden() && !pair.overrideNote().isBlank()
                        ? Texts.get("compare.overriddenReason", pair.overrideNote(), pair.reason()) : pair.reason())));
        verdicts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        @SuppressWarnings("unchecked")
        TableColumn<PairVerdict, String> reason = (TableColumn<PairVerdict, String>) verdicts.getColumns().get(3);
        reason.setCellFactory(column -> new ComparisonCells.WholeOnHoverCell<>(text -> text));
        MenuItem override = new MenuItem(Texts.get("compare.override"));
        override.setId("verdictOverride");
        override.setOnAction(event -> overrideSelected());
        MenuItem clear = new MenuItem(Texts.get("compare.clearOverride"));
        clear.setOnAction(event -> withSelectedVerdict((group, pair) -> model.override(
                group.statements().get(pair.a()), group.statements().get(pair.b()), null, "")));
        verdicts.setContextMenu(new ContextMenu(override, clear));
        verdicts.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                overrideSelected();
            }
        });
    }

    private void initListeners() {
        groupList.getSelectionModel().selectedItemProperty().addListener((observable, before, group) -> {
            if (!syncing && group != null) {
                model.selectedGroupProperty().set(group);
            }
        });
        model.selectedGroupProperty().addListener((observable, before, group) -> showOnceInFront());
        // a grade given in the Speakers tab leaves the groups as they were: show the one shown with it
        model.originGradesProperty().addListener((observable, before, grades) -> showOnceInFront());
        model.shownProperty().addListener((observable, was, now) -> {
            if (now && behind) {
                showOnceInFront();
            }
        });
    }

    /**
     * Draws the selected group now if the tab is in front, else when it next is. A claim clicked with
     * the Timeline in front still selects its group (the timeline marks it), but drawing a group of
     * thousands of statements into a hidden tab held the window on every click.
     */
    private void showOnceInFront() {
        behind = !model.shownProperty().get();
        if (!behind) {
            show(model.selectedGroupProperty().get());
        }
    }

    private void show(ComparisonGroup group) {
        syncing = true;
        try {
            groupList.getSelectionModel().select(group);
            if (group != null) {
                groupList.scrollTo(group);
            }
        } finally {
            syncing = false;
        }
        if (group == null) {
            groupName.setText("");
            groupCounts.setText("");
            groupOrigins.setText("");
            note.setText("");
            statements.getItems().clear();
            verdicts.getItems().clear();
            chart.setData(List.of(), List.of());
            glance.show(null, org.crosscheck.model.GroupAtAGlance.EMPTY, model.colours());
            return;
        }
        groupName.setText(group.name());
        org.crosscheck.model.GroupAtAGlance summary = model.glance(group);
        groupCounts.setText(GlanceRows.counts(summary));
        groupOrigins.setText(GlanceRows.originsLine(GlanceRows.origins(group), model.originGrades()));
        sourceNames = GlanceRows.sourceNames(group, GlanceRows.rows(group, summary, model.colours()));
        glance.setGrades(model.originGrades());
        glance.show(group, summary, model.colours());
        note.setText(group.note());
        showNote(!note.getText().isBlank());
        statements.getItems().setAll(group.statements());
        ColumnFit.fit(statements, 340);
        verdicts.getItems().setAll(group.verdicts());
        ColumnFit.fitFirst(verdicts, 3, 260);
        chart.setData(GroupChartData.statements(group, model.colours()), GroupChartData.verdicts(group));
        sizeChart(chartPane.getViewportBounds().getHeight());
    }

    /**
     * A group without a note shows "Add a note" beside its name instead of an empty field, whose
     * height a short window needs for the group's sources; a note once written is always shown.
     */
    private void showNote(boolean shown) {
        boolean field = shown || note.isFocused();
        note.setVisible(field);
        note.setManaged(field);
        addNote.setVisible(!field && !main.isReadOnly());
        addNote.setManaged(!field && !main.isReadOnly());
    }

    /**
     * Moves the group's detail into a window of its own, so it can have a whole screen; closing that
     * window puts it back. The group list stays here and still chooses what it shows.
     */
    private void detach() {
        if (detached != null) {
            detached.toFront();
            return;
        }
        Button back = new Button(Texts.get("compare.attach"));
        back.setId("comparisonAttach");
        VBox away = new VBox(8, wrapped(Texts.get("compare.detach.tip")), back);
        away.setPadding(new Insets(12));
        split.getItems().set(1, away);
        javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(detailPane);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        javafx.scene.Scene scene = new javafx.scene.Scene(root, Math.min(1200, screen.getWidth()),
                Math.min(760, screen.getHeight() - 30));
        scene.getStylesheets().addAll(split.getScene().getStylesheets());
        detached = new javafx.stage.Stage();
        detached.initOwner(split.getScene().getWindow());
        detached.setTitle(Texts.get("compare.detachedTitle", groupName.getText()));
        detached.setScene(scene);
        detached.setOnHidden(event -> {
            root.getChildren().clear();
            split.getItems().set(1, detailPane);
            detached = null;
        });
        back.setOnAction(event -> detached.hide());
        detached.show();
    }

    /** Statement-level detail of a row of the summary: the statements tab, that statement selected. */
    private void showStatement(int position) {
        detailTabs.getSelectionModel().select(1);
        if (position >= 0 && position < statements.getItems().size()) {
            statements.getSelectionModel().select(position);
            statements.scrollTo(position);
        }
    }

    /** At least 18 pixels a statement, so labels never overlap; at least the visible height. */
    /** The tallest the interval chart is drawn: past this its rows get thinner rather than the canvas taller. */
    static final double MOST_CHART_HEIGHT = 4_000;

    private void sizeChart(double visibleHeight) {
        int rows = model.selectedGroupProperty().get() == null ? 0
                : model.selectedGroupProperty().get().statements().size();
        // room for a label on two lines; a group of thousands gets a picture of them all instead, as
        // tall as a canvas can be drawn quickly (a canvas of 200,000 pixels held the window seconds)
        double height = Math.max(visibleHeight, Math.min(MOST_CHART_HEIGHT, 60 + 28.0 * rows));
        chart.setPrefHeight(height);
        chart.setMinHeight(height);
    }

    private String label(int index) {
        return selected().map(group -> GroupChartData.label(group, index)).orElse("");
    }

    private ContextMenu groupMenu() {
        MenuItem merge = new MenuItem(Texts.get("compare.merge"));
        merge.setOnAction(event -> mergeSelected());
        MenuItem rename = new MenuItem(Texts.get("compare.rename"));
        rename.setOnAction(event -> selected().ifPresent(group ->
                dialogs.askText(Texts.get("compare.renamePrompt"), group.name())
                        .ifPresent(name -> model.rename(group, name))));
        return new ContextMenu(rename, merge);
    }

    private ContextMenu statementMenu() {
        MenuItem open = new MenuItem(Texts.get("compare.openArticle"));
        open.setOnAction(event -> selectedStatement().ifPresent(s -> main.openClaim(s.claim().sourceId(), s.claim().id())));
        MenuItem exclude = new MenuItem(Texts.get("compare.exclude"));
        exclude.setId("statementExclude");
        exclude.setOnAction(event -> selectedStatement().ifPresent(model::exclude));
        MenuItem move = new MenuItem(Texts.get("compare.move"));
        move.setOnAction(event -> selected().ifPresent(group -> selectedStatement().ifPresent(statement ->
                dialogs.chooseGroup(Texts.get("compare.movePrompt"), model.otherGroups(group))
                        .ifPresent(target -> model.move(statement, target)))));
        MenuItem mark = new MenuItem(Texts.get("menu.claim.markForLink"));
        mark.setOnAction(event -> selectedStatement().ifPresent(s -> model.markForLink(s.claim().id())));
        // a read-only project can still be read: only opening the article stays
        exclude.setDisable(main.isReadOnly());
        move.setDisable(main.isReadOnly());
        mark.setDisable(main.isReadOnly());
        return new ContextMenu(open, exclude, move, mark);
    }

    private void mergeSelected() {
        selected().ifPresent(group -> dialogs.chooseGroup(Texts.get("compare.mergePrompt", group.name()),
                model.otherGroups(group)).ifPresent(target -> model.merge(group, target)));
    }

    private void overrideSelected() {
        withSelectedVerdict((group, pair) -> dialogs.askVerdict(pair).ifPresent(choice -> model.override(
                group.statements().get(pair.a()), group.statements().get(pair.b()), choice.verdict(), choice.note())));
    }

    private void withSelectedVerdict(java.util.function.BiConsumer<ComparisonGroup, PairVerdict> action) {
        PairVerdict pair = verdicts.getSelectionModel().getSelectedItem();
        selected().ifPresent(group -> {
            if (pair != null) {
                action.accept(group, pair);
            }
        });
    }

    private Optional<ComparisonGroup> selected() {
        return Optional.ofNullable(model.selectedGroupProperty().get());
    }

    private Optional<Statement> selectedStatement() {
        return Optional.ofNullable(statements.getSelectionModel().getSelectedItem());
    }

    private static <T> TableColumn<T, String> genericColumn(String key, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(Texts.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<Statement, String> column(String key, Function<Statement, String> value) {
        return genericColumn(key, value);
    }

    private static TableColumn<PairVerdict, String> verdictColumn(String key, Function<PairVerdict, String> value) {
        return genericColumn(key, value);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    /** A suggested event link with buttons to accept or dismiss it. */
    private final class SuggestionCell extends ListCell<EventSuggestion> {
        @Override
        protected void updateItem(EventSuggestion suggestion, boolean empty) {
            super.updateItem(suggestion, empty);
            if (empty || suggestion == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String a = model.statementText(suggestion.claimA());
            String b = model.statementText(suggestion.claimB());
            Label text = new Label("“" + a + "”\n“" + b + "”");
            text.setWrapText(true);
            text.setMaxWidth(Math.max(120, getListView().getWidth() - 30));
            Button accept = new Button(Texts.get("compare.acceptLink"));
            accept.setOnAction(event -> dialogs.askText(Texts.get("compare.eventPrompt"), a)
                    .ifPresent(name -> model.accept(suggestion, name)));
            Button dismiss = new Button(Texts.get("compare.dismiss"));
            dismiss.setOnAction(event -> model.dismiss(suggestion));
            accept.setDisable(main.isReadOnly());
            dismiss.setDisable(main.isReadOnly());
            setText(null);
            setGraphic(new VBox(3, text, new HBox(6, accept, dismiss)));
        }
    }
}
