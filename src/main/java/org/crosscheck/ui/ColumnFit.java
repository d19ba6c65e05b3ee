package org.crosscheck.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/**
 * Sizes a table's columns to their widest text, so a full date or figure always fits. At most the first
 * {@link #MEASURED_ROWS} rows are measured, each distinct text once: the rows of a group of thousands of
 * statements are like the first ones, and laying out a text node for every cell held the window.
 */
final class ColumnFit {

    private static final int MEASURED_ROWS = 500;

    private ColumnFit() {
    }

    /** Each column as wide as its header or widest cell, at most {@code most} pixels; the last takes the rest. */
    static <T> void fit(TableView<T> table, double most) {
        fitFirst(table, table.getColumns().size(), most);
    }

    /** The first {@code columns} columns fitted; the rest share what is left. */
    static <T> void fitFirst(TableView<T> table, int columns, double most) {
        Map<String, Double> widths = new HashMap<>();
        for (int index = 0; index < columns && index < table.getColumns().size(); index++) {
            TableColumn<T, ?> column = table.getColumns().get(index);
            double widest = textWidth(column.getText()) + 28;
            for (int row = 0; row < table.getItems().size() && row < MEASURED_ROWS; row++) {
                Object value = column.getCellData(row);
                String text = value == null ? "" : value.toString();
                widest = Math.max(widest, widths.computeIfAbsent(text, ColumnFit::textWidth) + 22);
            }
            column.setPrefWidth(Math.min(most, widest));
        }
    }

    static double textWidth(String text) {
        return new Text(text).getLayoutBounds().getWidth();
    }
}
