package org.crosscheck.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The advance width of each character of the basic plane in one font, in thousandths of the size,
 * looked up from the font once and then kept. A long report measures millions of words while it
 * wraps its tables, and PDFBox encodes every string and reads each glyph's width anew; the sum of
 * the kept widths is the same number, since PDFBox's own measure adds no kerning. Belongs to one
 * font; not thread-safe.
 */
final class GlyphWidths {

    private static final float UNKNOWN = -1;

    private final PDFont font;
    private final float[] widths = new float[Character.MAX_VALUE + 1];

    GlyphWidths(PDFont font) {
        this.font = font;
        Arrays.fill(widths, UNKNOWN);
    }

    float of(char character) {
        float width = widths[character];
        if (width == UNKNOWN) {
            try {
                width = font.getStringWidth(String.valueOf(character));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot measure the character U+" + Integer.toHexString(character), e);
            }
            widths[character] = width;
        }
        return width;
    }
}
