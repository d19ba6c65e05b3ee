package org.crosscheck.report;

import java.util.Arrays;
import java.util.Objects;

/**
 * A picture in the report: a PNG the caller rendered at print resolution, and the size it should
 * take on paper. The renderers keep its aspect ratio when they have to make it smaller.
 */
public record Figure(String caption, byte[] png, double widthPt, double heightPt) {

    public Figure {
        caption = ReportText.orEmpty(caption);
        Objects.requireNonNull(png, "png");
        if (widthPt <= 0 || heightPt <= 0) {
            throw new IllegalArgumentException("a figure needs a positive size, not " + widthPt + " × " + heightPt);
        }
        png = png.clone();
    }

    /** A copy, so nobody changes the picture of a report already built. */
    @Override
    public byte[] png() {
        return png.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Figure figure && caption.equals(figure.caption) && Arrays.equals(png, figure.png)
                && widthPt == figure.widthPt && heightPt == figure.heightPt;
    }

    @Override
    public int hashCode() {
        return Objects.hash(caption, Arrays.hashCode(png), widthPt, heightPt);
    }

    @Override
    public String toString() {
        return "Figure[" + caption + ", " + png.length + " bytes, " + widthPt + " × " + heightPt + " pt]";
    }
}
