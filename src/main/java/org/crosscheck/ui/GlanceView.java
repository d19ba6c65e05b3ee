package org.crosscheck.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.crosscheck.model.ColourSlots;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.GroupAtAGlance;
import org.crosscheck.model.chart.SourceGridDrawing;
import org.crosscheck.model.chart.SourcePalette;
import org.crosscheck.ui.chart.FxSurface;

/**
 * The first thing the Comparison tab shows of a group: one row per source (expand it for its
 * statements), the grid of verdicts between sources with its legend, and why the contradicting
 * pairs contradict.
 */
final class GlanceView {

    private final TreeTableView<GlanceRows.Row> table = new TreeTableView<>();
    private final Canvas grid = new Canvas();
    private final VBox why = new VBox(4);
    private final Tooltip cellTip = new Tooltip();
    private final java.util.function.IntConsumer openStatement;
    private GroupAtAGlance shown;
    private org.crosscheck.service.OriginGrades grades = org.crosscheck.service.OriginGrades.NONE;
    private SourceGridDrawing drawing;

    GlanceView(java.util.function.IntConsumer openStatement) {
        this.openStatement = openStatement;
    }

    /** The grid pane's padding, border and scroll bar beside the grid itself. */
    private static final double SIDE_PADDING = 34;
    private static final int MEASURED_STATEMENTS = 500;
    private static final double LEAST_SIDE = 0.25;
    private static final double MOST_SIDE = 0.5;
    private SplitPane split;
    private final VBox side = new VBox(6);
    private boolean fitPending;
    private boolean guessedRows;
    /** The table's border top and bottom, and the divider's own thickness. */
    private static final double TABLE_BORDER = 4;
    private static final double DIVIDER = 6;
    /** Under the table, at least the grid's letters and its first row. */
    private static final double LEAST_GRID_HEIGHT = 44;
    /** The columns that wrap their text (source, speaker) and how narrow they may become. */
    private static final int[] WRAPPING_COLUMNS = {0, 1};
    private static final double LEAST_WRAPPED_WIDTH = 120;
    /** The table's border and vertical scroll bar. */
    private static final double TABLE_CHROME = 20;
    private final List<Double> naturalWidths = new ArrayList<>();
    /** Styled as the table's cells are, so its font measures their text at the window's text size. */
    private final Label placeholder = new Label(Texts.get("compare.noGroup"));

    SplitPane createView() {
        table.setId("sourceSummary");
        table.setShowRoot(false);
        table.setPlaceholder(placeholder);
        TreeTableColumn<GlanceRows.Row, String> source = column("compare.col.letterSource", GlanceRows.Row::source);
        source.setCellFactory(column -> new SwatchCell());
        TreeTableColumn<GlanceRows.Row, String> speaker = column("compare.col.speaker", GlanceRows.Row::speaker);
        speaker.setCellFactory(column -> new WrappingCell());
        table.getColumns().addAll(List.of(source, speaker,
                column("compare.col.said", GlanceRows.Row::said),
                column("compare.col.holdsFor", GlanceRows.Row::holdsFor),
                column("compare.col.figure", GlanceRows.Row::figure),
                column("compare.col.interval", GlanceRows.Row::interval),
                column("compare.col.review", GlanceRows.Row::review)));
        table.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        table.widthProperty().addListener((observable, before, width) -> squeezeColumns());
        table.setRowFactory(view -> {
            TreeTableRow<GlanceRows.Row> row = new TreeTableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && row.getItem() != null && row.getItem().statement() >= 0) {
                    openStatement.accept(row.getItem().statement());
                }
            });
            return row;
        });
        grid.setId("sourceGrid");
        cellTip.setShowDelay(Duration.millis(200));
        cellTip.setWrapText(true);
        cellTip.setMaxWidth(480);
        grid.setOnMouseMoved(event -> {
            String text = drawing == null ? "" : drawing.cellAtPoint(event.getX(), event.getY())
                    .map(cell -> GlanceRows.cellText(shown, cell.row(), cell.column())).orElse("");
            cellTip.setText(text);
            if (text.isEmpty()) {
                Tooltip.uninstall(grid, cellTip);
            } else {
                Tooltip.install(grid, cellTip);
            }
        });
        why.setId("contradictingPairs");
        why.setPadding(new Insets(4, 0, 0, 0));
        side.getChildren().setAll(grid, why);
        side.setPadding(new Insets(4));
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        side.widthProperty().addListener((observable, before, width) -> wrapWhy(width.doubleValue()));
        split = new SplitPane(table, sideScroll);
        split.setDividerPositions(0.75);
        split.widthProperty().addListener((observable, before, width) -> fitSide());
        // narrow (a 1024-pixel screen): the grid goes under the table, so the table keeps its columns
        split.widthProperty().addListener((observable, before, width) -> {
            Orientation wanted = width.doubleValue() < 1100 ? Orientation.VERTICAL : Orientation.HORIZONTAL;
            if (split.getOrientation() != wanted) {
                split.setOrientation(wanted);
                split.setDividerPositions(wanted == Orientation.VERTICAL ? 0.78 : 0.75);
                arrangeSide(wanted);
                fitSide();
                fitTableHeightLater();
            }
        });
        split.heightProperty().addListener((observable, before, height) -> fitTableHeightLater());
        table.expandedItemCountProperty().addListener((observable, before, count) -> fitTableHeightLater());
        return split;
    }

    /**
     * Under the table, the grid and why the pairs contradict sit side by side: the grid is narrow,
     * and stacked they would need a height a short window does not have.
     */
    private void arrangeSide(Orientation orientation) {
        side.getChildren().clear();
        javafx.scene.layout.Pane next = orientation == Orientation.VERTICAL ? new HBox(12) : new VBox(6);
        next.getChildren().setAll(grid, why);
        HBox.setHgrow(why, javafx.scene.layout.Priority.ALWAYS);
        side.getChildren().setAll(next);
    }

    /**
     * With the grid under the table, the table is given the height of all its rows, so every
     * source of the group shows without scrolling; the grid has what is left and scrolls.
     */
    private void fitTableHeightLater() {
        fitTableHeightLater(0);
    }

    private void fitTableHeightLater(int pass) {
        if (split == null || split.getOrientation() != Orientation.VERTICAL || fitPending) {
            return;
        }
        fitPending = true;
        // the rows' heights are known once the table has laid them out
        javafx.application.Platform.runLater(() -> {
            fitPending = false;
            table.layout();
            double needed = neededTableHeight();
            if (guessedRows && pass < 3) {
                // a row out of view was taken as tall as the tallest: once shown, measure it again
                javafx.application.Platform.runLater(() -> fitTableHeightLater(pass + 1));
            }
            double height = split.getHeight();
            if (needed <= 0 || height <= 0 || split.getOrientation() != Orientation.VERTICAL) {
                return;
            }
            // every source first; the grid scrolls in what is left (or has a window of its own: Open in window)
            double position = Math.min(needed + DIVIDER, height - LEAST_GRID_HEIGHT) / height;
            split.setDividerPositions(position);
        });
    }

    /** The header, every row at its laid-out height and the border: what shows all sources at once. */
    private double neededTableHeight() {
        TreeItem<GlanceRows.Row> root = table.getRoot();
        javafx.scene.Node header = table.lookup(".column-header-background");
        if (root == null || header == null) {
            return 0;
        }
        int rows = table.getExpandedItemCount();
        double[] heights = new double[rows];
        double tallest = 0;
        for (javafx.scene.Node node : table.lookupAll(".tree-table-row-cell")) {
            if (node instanceof TreeTableRow<?> row && row.isVisible() && row.getIndex() >= 0 && row.getIndex() < rows) {
                heights[row.getIndex()] = row.getHeight();
                tallest = Math.max(tallest, row.getHeight());
            }
        }
        double sum = header.getLayoutBounds().getHeight() + TABLE_BORDER;
        guessedRows = false;
        for (double rowHeight : heights) {
            guessedRows |= rowHeight <= 0;
            sum += rowHeight > 0 ? rowHeight : tallest; // a row scrolled out of view: as tall as the tallest seen
        }
        return sum;
    }

    /** The grades the researcher gave speakers and outlets, given beside them from the next {@link #show} on. */
    void setGrades(org.crosscheck.service.OriginGrades given) {
        grades = given;
    }

    void show(ComparisonGroup group, GroupAtAGlance glance, ColourSlots colours) {
        shown = glance;
        TreeItem<GlanceRows.Row> root = new TreeItem<>();
        if (group != null) {
            for (GlanceRows.Row row : GlanceRows.graded(GlanceRows.rows(group, glance, colours), grades)) {
                TreeItem<GlanceRows.Row> item = new TreeItem<>(row);
                row.statements().forEach(statement -> item.getChildren().add(new TreeItem<>(statement)));
                root.getChildren().add(item);
            }
        }
        table.setRoot(root);
        fitColumns();
        fitTableHeightLater();
        paintGrid(group == null ? null : GlanceRows.grid(glance, colours, 280));
        why.getChildren().clear();
        if (group != null && glance.sources() > 1) {
            Label title = new Label(Texts.get("compare.contradictingPairs"));
            title.getStyleClass().add("pane-title");
            List<String> lines = GlanceRows.why(glance);
            why.getChildren().add(title);
            if (lines.isEmpty()) {
                why.getChildren().add(new Label(Texts.get("compare.noContradictions")));
            }
            for (String line : lines) {
                Label label = new Label(line);
                label.setWrapText(true);
                label.getStyleClass().add("why-line");
                why.getChildren().add(label);
            }
            wrapWhy(side.getWidth());
        }
    }

    private void wrapWhy(double width) {
        double beside = split != null && split.getOrientation() == Orientation.VERTICAL ? grid.getWidth() + 12 : 0;
        why.getChildren().forEach(node -> ((Label) node).setMaxWidth(Math.max(160, width - beside - 30)));
    }

    private void paintGrid(SourceGridDrawing next) {
        drawing = next;
        if (next == null || shown.sources() < 2) {
            grid.setWidth(0);
            grid.setHeight(0);
            return;
        }
        grid.setWidth(next.width());
        grid.setHeight(next.height());
        next.drawOn(new FxSurface(grid.getGraphicsContext2D()));
        fitSide();
    }

    /**
     * Side by side, the grid's pane as wide as the grid and its legend (never less than a quarter,
     * never more than half), so that no source's column or name is cut off behind the table.
     */
    private void fitSide() {
        if (split == null || split.getOrientation() != Orientation.HORIZONTAL || split.getWidth() <= 0) {
            return;
        }
        double wanted = grid.getWidth() + SIDE_PADDING;
        double share = Math.min(MOST_SIDE, Math.max(LEAST_SIDE, wanted / split.getWidth()));
        split.setDividerPositions(1 - share);
    }

    /** Every column as wide as its widest text, so a full date or figure is never cut. */
    private void fitColumns() {
        naturalWidths.clear();
        List<TreeItem<GlanceRows.Row>> sources = table.getRoot().getChildren();
        List<TreeItem<GlanceRows.Row>> statements = measuredStatements(sources);
        java.util.Map<String, Double> widths = new java.util.HashMap<>();
        for (TreeTableColumn<GlanceRows.Row, ?> column : table.getColumns()) {
            // the first column leaves room for the disclosure arrow, indent and colour swatch
            boolean first = column == table.getColumns().get(0);
            double widest = textWidth(column.getText()) + 18;
            if (!sources.isEmpty()) {
                widest = Math.max(widest, widestIn(sources, column, widths) + (first ? 38 : 12));
            }
            if (!statements.isEmpty()) {
                widest = Math.max(widest, widestIn(statements, column, widths) + (first ? 38 + 16 : 12));
            }
            naturalWidths.add(Math.min(widest, 360));
        }
        squeezeColumns();
    }

    /**
     * The statement rows the columns are sized to: those of every source up to {@link #MEASURED_STATEMENTS}
     * in all. The rest of a group of thousands are like them, and measuring each held the window for a
     * third of a second on every click that showed such a group.
     */
    private static List<TreeItem<GlanceRows.Row>> measuredStatements(List<TreeItem<GlanceRows.Row>> sources) {
        List<TreeItem<GlanceRows.Row>> measured = new ArrayList<>();
        for (TreeItem<GlanceRows.Row> source : sources) {
            for (TreeItem<GlanceRows.Row> statement : source.getChildren()) {
                if (measured.size() == MEASURED_STATEMENTS) {
                    return measured;
                }
                measured.add(statement);
            }
        }
        return measured;
    }

    /** The widest text of the rows in the column, each distinct text measured once. */
    private double widestIn(List<TreeItem<GlanceRows.Row>> rows, TreeTableColumn<GlanceRows.Row, ?> column,
            java.util.Map<String, Double> widths) {
        double widest = 0;
        for (TreeItem<GlanceRows.Row> row : rows) {
            Object value = column.getCellObservableValue(row) == null ? null : column.getCellObservableValue(row).getValue();
            widest = Math.max(widest, widths.computeIfAbsent(value == null ? "" : value.toString(), this::textWidth));
        }
        return widest;
    }

    /**
     * Where the columns at their natural widths are wider than the table, the source and speaker
     * columns give up the difference and wrap their text, so that no column (the review among them)
     * hides behind a sideways scroll bar.
     */
    private void squeezeColumns() {
        List<TreeTableColumn<GlanceRows.Row, ?>> columns = table.getColumns();
        if (naturalWidths.size() != columns.size()) {
            return;
        }
        // a wrapping column is never narrower than its heading, which does not wrap
        double least = LEAST_WRAPPED_WIDTH;
        for (int column : WRAPPING_COLUMNS) {
            least = Math.max(least, textWidth(columns.get(column).getText()) + 18);
        }
        double[] widths = ColumnSqueeze.fit(naturalWidths.stream().mapToDouble(Double::doubleValue).toArray(),
                WRAPPING_COLUMNS, least, table.getWidth() - TABLE_CHROME);
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).setPrefWidth(widths[i]);
        }
    }

    private double textWidth(String text) {
        Text measured = new Text(text);
        measured.setFont(placeholder.getFont());
        return measured.getLayoutBounds().getWidth();
    }

    private static TreeTableColumn<GlanceRows.Row, String> column(String key, Function<GlanceRows.Row, String> value) {
        TreeTableColumn<GlanceRows.Row, String> column = new TreeTableColumn<>(Texts.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue().getValue() == null ? "" : value.apply(cell.getValue().getValue())));
        return column;
    }

    /** The source with its colour, its title (or the statement's quote) on hover; a long name wraps. */
    private static final class SwatchCell extends TreeTableCell<GlanceRows.Row, String> {
        /** The disclosure arrow, the colour swatch and their gaps beside the name. */
        private static final double BESIDE_NAME = 44;
        private static final double INDENT = 16;
        private final Text name = new WrappedCellText().node();
        private final Rectangle swatch = new Rectangle(10, 10);
        private final HBox graphic = new HBox(4, swatch, name);

        SwatchCell() {
            graphic.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            GlanceRows.Row row = getTableRow() == null ? null : getTableRow().getItem();
            setText(null);
            if (empty || text == null || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            int depth = Math.max(0, getTreeTableView().getTreeItemLevel(getTableRow().getTreeItem()) - 1);
            name.setText(text);
            name.wrappingWidthProperty().bind(getTableColumn().widthProperty().subtract(BESIDE_NAME + depth * INDENT));
            swatch.setFill(Color.web(SourcePalette.hex(row.colour())));
            setGraphic(graphic);
            Tooltip tip = new Tooltip(row.title());
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            setTooltip(tip);
        }
    }

    /** Text that wraps at the column's width instead of ending in "…". */
    private static final class WrappingCell extends TreeTableCell<GlanceRows.Row, String> {
        private final WrappedCellText shown = new WrappedCellText();

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            shown.show(this, text, empty, getTableColumn().widthProperty(), 0);
        }
    }
}
