package org.crosscheck.report;

/**
 * Something drawn on a laid-out page. Coordinates are points from the top left: of the page once
 * paginated, of the enclosing block before.
 */
sealed interface Element permits Element.TextRun, Element.Box, Element.Picture {

    /** The same element moved by dx, dy. */
    Element moved(float dx, float dy);

    /** Text on one line; y is its baseline. */
    record TextRun(float x, float y, String text, TextStyle style) implements Element {
        @Override
        public TextRun moved(float dx, float dy) {
            return new TextRun(x + dx, y + dy, text, style);
        }
    }

    /** A filled rectangle: row shading, rules, legend swatches. */
    record Box(float x, float y, float width, float height, int rgb) implements Element {
        @Override
        public Box moved(float dx, float dy) {
            return new Box(x + dx, y + dy, width, height, rgb);
        }
    }

    /** A figure scaled to width × height. */
    record Picture(float x, float y, float width, float height, Figure figure) implements Element {
        @Override
        public Picture moved(float dx, float dy) {
            return new Picture(x + dx, y + dy, width, height, figure);
        }
    }
}
