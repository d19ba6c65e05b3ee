package org.crosscheck.ui;

import javafx.scene.control.ListCell;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.crosscheck.model.ComparisonGroup;
import org.crosscheck.model.PairVerdict;
import org.crosscheck.model.Statement;

/** How the comparison view draws a group, a statement's source and a verdict. */
final class ComparisonCells {

    private ComparisonCells() {
    }

    /** A group: its name, and how many statements, sources and contradictions it has. */
    static final class GroupCell extends ListCell<ComparisonGroup> {

        /** Wraps a long group name to the list's width rather than hiding it behind a scroll bar. */
        private final java.util.function.Function<ComparisonGroup, org.crosscheck.model.GroupAtAGlance> glances;

        GroupCell(javafx.scene.control.ListView<ComparisonGroup> list,
                  java.util.function.Function<ComparisonGroup, org.crosscheck.model.GroupAtAGlance> glances) {
            this.glances = glances;
            setWrapText(true);
            prefWidthProperty().bind(list.widthProperty().subtract(18));
            setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(ComparisonGroup group, boolean empty) {
            super.updateItem(group, empty);
            getStyleClass().remove("contested");
            if (empty || group == null) {
                setText(null);
                return;
            }
            org.crosscheck.model.GroupAtAGlance glance = glances.apply(group);
            // sources and pairs of sources, as the summary counts them, not pairs of statements
            setText(group.name() + "\n" + glance.counts());
            setTooltip(new javafx.scene.control.Tooltip(group.name() + "\n" + GlanceRows.counts(glance)));
            if (glance.contradictingPairs() > 0) {
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
            setGraphic(new Rectangle(10, 10, Color.web(org.crosscheck.model.chart.SourcePalette.hex(index))));
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

    /** A cell whose text, cut to its column's width, shows whole in a tooltip on hover. */
    static final class WholeOnHoverCell<S> extends javafx.scene.control.TableCell<S, String> {
        private final java.util.function.UnaryOperator<String> tip;
        // one tooltip per cell, its text changed as the cell is reused while the table scrolls
        private final javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();

        WholeOnHoverCell(java.util.function.UnaryOperator<String> tip) {
            this.tip = tip;
            whole.setWrapText(true);
            whole.setMaxWidth(480);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            if (empty || text == null || text.isBlank()) {
                setTooltip(null);
            } else {
                whole.setText(tip.apply(text));
                setTooltip(whole);
            }
        }
    }
}
