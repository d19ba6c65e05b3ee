package org.crosscheck.ui.chart;

import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The hover tooltip of a canvas chart. A Tooltip installed on a node shows one text for the
 * whole node; a chart needs a text per mark, so this shows and moves the tooltip by hand.
 */
final class ChartHover {

    private static final double OFFSET = 14;

    private final Region owner;
    private final Tooltip tooltip = new Tooltip();
    private Object shownFor;

    ChartHover(Region owner) {
        this.owner = owner;
        tooltip.setShowDelay(Duration.ZERO);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
    }

    /** Shows {@code text} for {@code mark} near the pointer; the same mark keeps its tooltip. */
    void show(MouseEvent event, Object mark, String text) {
        if (!mark.equals(shownFor)) {
            tooltip.setText(text);
            shownFor = mark;
        }
        if (tooltip.isShowing()) {
            tooltip.setAnchorX(event.getScreenX() + OFFSET);
            tooltip.setAnchorY(event.getScreenY() + OFFSET);
        } else if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            tooltip.show(owner, event.getScreenX() + OFFSET, event.getScreenY() + OFFSET);
        }
    }

    void hide() {
        shownFor = null;
        tooltip.hide();
    }

    Tooltip tooltip() {
        return tooltip;
    }
}
