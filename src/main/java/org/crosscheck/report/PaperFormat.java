package org.crosscheck.report;

/**
 * The paper a report is laid out on, in PDF points (1/72 inch), and its margins. The running
 * header and footer sit inside the top and bottom margins.
 */
public record PaperFormat(String name, float width, float height, float margin) {

    /** ISO A4 portrait, the default. */
    public static final PaperFormat A4 = new PaperFormat("A4", 595.2756f, 841.8898f, 50f);
    /** US Letter portrait. */
    public static final PaperFormat LETTER = new PaperFormat("Letter", 612f, 792f, 50f);

    public PaperFormat {
        if (width <= 2 * margin || height <= 2 * margin) {
            throw new IllegalArgumentException("margins of " + margin + " pt leave no room on " + name);
        }
    }

    public float contentTop() {
        return margin;
    }

    public float contentBottom() {
        return height - margin;
    }

    public float contentWidth() {
        return width - 2 * margin;
    }

    public float contentHeight() {
        return height - 2 * margin;
    }
}
