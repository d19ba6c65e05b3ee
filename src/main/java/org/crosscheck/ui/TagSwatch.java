package org.crosscheck.ui;

import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.crosscheck.model.Tag;

/** A small square in a tag's colour. */
final class TagSwatch {

    private TagSwatch() {
    }

    static Rectangle of(Tag tag) {
        Rectangle swatch = new Rectangle(12, 12, parse(tag.color()));
        swatch.setArcWidth(3);
        swatch.setArcHeight(3);
        return swatch;
    }

    static Color parse(String color) {
        try {
            return Color.web(color);
        } catch (IllegalArgumentException e) {
            return Color.GRAY;
        }
    }

    static String toWeb(Color color) {
        return String.format("#%02x%02x%02x", Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255));
    }
}
