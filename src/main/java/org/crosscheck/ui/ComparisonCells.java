package org.crosscheck.ui;

import javafx.scene.control.ListCell;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.crosscheck.chart.OkabeIto;
import org.crosscheck.compare.ComparisonGroup;
import org.crosscheck.compare.PairVerdict;
import org.crosscheck.compare.Statement;

/** How the comparison view draws a group, a statement's source and a verdict. */
final class ComparisonCells {

    private ComparisonCells() {
    }

    /** A group: its name, and how many statements, sources and contradictions it has. */
    static final class GroupCell extends ListCell<ComparisonGroup> {
        @Override
        protected void updateItem(ComparisonGroup group, boolean empty) {
            super.updateItem(group, empty);
            getStyleClass().remove("contested");
            if (empty || group == null) {
                setText(null);
                return;
            }
            setText(group.name() + "\n" + Texts.get("compare.counts", group.statements().size(), group.sources(),
                    group.contradictions()));
            if (group.contradictions() > 0) {
                getStyleClass().add("contested");
            }
        }
    }

    /** The source's title with the colour its bar has in the chart. */
    static final class SourceSwatchCell extends javafx.scene.control.TableCell<Statement, String> {
        private final java.util.function.ToIntFunction<Statement> colourOf;

        SourceSwatchCell(java.util.function.ToIntFunction<Statement> colourOf) {
            this.colourOf = colourOf;
        }

        @Override
        protected void updateItem(String title, boolean empty) {
            super.updateItem(title, empty);
            if (empty || title == null || getTableRow() == null || getTableRow().getItem() == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            int index = colourOf.applyAsInt(getTableRow().getItem());
            setGraphic(new Rectangle(10, 10, Color.web(org.crosscheck.chart.SourcePalette.hex(index))));
            setText(title);
            setTooltip(new javafx.scene.control.Tooltip(getTableRow().getItem().sourceTitle()));
        }
    }

    /** The verdict word in its colour, so contradictions stand out. */
    static final class VerdictCell extends javafx.scene.control.TableCell<PairVerdict, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            getStyleClass().removeIf(style -> style.startsWith("verdict-"));
            if (empty || text == null || getTableRow() == null || getTableRow().getItem() == null) {
                setText(null);
                return;
            }
            setText(text);
            getStyleClass().add("verdict-" + getTableRow().getItem().verdict().key());
        }
    }
}
