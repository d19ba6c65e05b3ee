package org.crosscheck.ui;

import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Cell;
import javafx.scene.text.Text;

/**
 * The text of a table cell that wraps at its column's width instead of ending in "…": the row grows
 * to hold it. Styled by {@code .wrapped-cell-text}, so it takes the row's colours when selected.
 */
final class WrappedCellText {

    /** The cell's padding beside the text. */
    private static final double PADDING = 12;

    private final Text shown = new Text();

    WrappedCellText() {
        shown.getStyleClass().add("wrapped-cell-text");
    }

    /** The text node itself, for a cell that puts something beside it. */
    Text node() {
        return shown;
    }

    /** Shows {@code text} in the cell, wrapped at {@code width} less {@code beside}; nothing for an empty cell. */
    void show(Cell<String> cell, String text, boolean empty, ObservableDoubleValue width, double beside) {
        cell.setText(null);
        if (empty || text == null) {
            cell.setGraphic(null);
            return;
        }
        shown.setText(text);
        shown.wrappingWidthProperty().bind(javafx.beans.binding.Bindings.subtract(width, PADDING + beside));
        cell.setGraphic(shown);
    }
}
