package org.crosscheck.ui;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/** Sizes a table's columns to their widest text, so a full date or figure always fits. */
final class ColumnFit {

    private ColumnFit() {
    }

    /** Each column as wide as its header or widest cell, at most {@code most} pixels; the last takes the rest. */
    static <T> void fit(TableView<T> table, double most) {
        for (TableColumn<T, ?> column : table.getColumns()) {
            double widest = textWidth(column.getText()) + 28;
            for (int row = 0; row < table.getItems().size() && row < 500; row++) {
                Object value = column.getCellData(row);
                widest = Math.max(widest, textWidth(value == null ? "" : value.toString()) + 22);
            }
            column.setPrefWidth(Math.min(most, widest));
        }
    }

    /** The first {@code columns} columns fitted; the rest share what is left. */
    static <T> void fitFirst(TableView<T> table, int columns, double most) {
        for (int index = 0; index < columns && index < table.getColumns().size(); index++) {
            TableColumn<T, ?> column = table.getColumns().get(index);
            double widest = textWidth(column.getText()) + 28;
            for (int row = 0; row < table.getItems().size() && row < 500; row++) {
                Object value = column.getCellData(row);
                widest = Math.max(widest, textWidth(value == null ? "" : value.toString()) + 22);
            }
            column.setPrefWidth(Math.min(most, widest));
        }
    }

    static double textWidth(String text) {
        return new Text(text).getLayoutBounds().getWidth();
    }
}
