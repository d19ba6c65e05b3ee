package org.crosscheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's fonts, DejaVu Sans regular and bold, bundled with the app (free licence, see
 * fonts/LICENSE-DejaVu.txt) and embedded as subsets in one PDF. The PDF standard fonts would only
 * encode WinAnsi and fail on "≥", "≈" and many names; DejaVu covers them. Characters it still lacks
 * print as "?". Belongs to one document; not thread-safe.
 */
final class ReportFonts implements TextMeasure {

    private static final String FOLDER = "fonts/";
    /** Table tags of a TrueType font's table directory, as big-endian ints. */
    private static final int GSUB = tag("GSUB");
    private static final int HIDDEN_GSUB = tag("gsub");

    private final PDFont regular;
    private final PDFont bold;
    private final CmapLookup glyphs;
    private final GlyphWidths regularWidths;
    private final GlyphWidths boldWidths;

    private ReportFonts(PDFont regular, PDFont bold, CmapLookup glyphs) {
        this.regular = regular;
        this.bold = bold;
        this.glyphs = glyphs;
        this.regularWidths = new GlyphWidths(regular);
        this.boldWidths = new GlyphWidths(bold);
    }

    /** Loads the fonts into the document they will be embedded in. */
    static ReportFonts loadInto(PDDocument document) {
        try {
            TrueTypeFont regularFont = parse("DejaVuSans.ttf");
            TrueTypeFont boldFont = parse("DejaVuSans-Bold.ttf");
            return new ReportFonts(PDType0Font.load(document, regularFont, true),
                    PDType0Font.load(document, boldFont, true), regularFont.getUnicodeCmapLookup());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the report fonts", e);
        }
    }

    private static TrueTypeFont parse(String name) throws IOException {
        try (InputStream in = ReportFonts.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IOException("the font " + name + " is missing from the application");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(withoutGlyphSubstitution(in.readAllBytes())));
        }
    }

    /**
     * The font with its glyph substitution table (GSUB) hidden by renaming its tag. PDFBox applies
     * GSUB to every string it shows, matching it with regular expressions built afresh each time,
     * which made it most of the time spent writing a long report; and its ligatures ("fi" as one
     * glyph) were drawn narrower than the text was measured and came back out of the PDF as
     * characters a search does not find. Without it the report sets text exactly as it measures it.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        ByteBuffer bytes = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(bytes.getShort(4));
        for (int table = 0; table < tables; table++) {
            int entry = 12 + 16 * table;
            if (entry + 4 <= font.length && bytes.getInt(entry) == GSUB) {
                bytes.putInt(entry, HIDDEN_GSUB);
            }
        }
        return font;
    }

    private static int tag(String name) {
        return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
    }

    PDFont font(TextStyle style) {
        return style.bold() ? bold : regular;
    }

    /**
     * How far below the middle of a line of type its baseline lies, as a share of the size: half
     * of the ascent less the descent, which is how a JavaFX canvas centres text on a y.
     */
    float middleToBaseline(TextStyle style) {
        var descriptor = font(style).getFontDescriptor();
        return (descriptor.getAscent() + descriptor.getDescent()) / 2000f;
    }

    @Override
    public float width(String text, TextStyle style) {
        GlyphWidths widths = style.bold() ? boldWidths : regularWidths;
        float units = 0;
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (Character.isSurrogate(character)) {
                return measured(text, style); // outside the basic plane: rare, measured by PDFBox itself
            }
            units += widths.of(character);
        }
        return units / 1000f * style.size();
    }

    private float measured(String text, TextStyle style) {
        try {
            return font(style).getStringWidth(text) / 1000f * style.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + text, e);
        }
    }

    @Override
    public String printable(String text) {
        StringBuilder result = new StringBuilder(text.length());
        text.replace("\r\n", "\n").codePoints().forEach(codePoint -> {
            if (codePoint == '\n') {
                result.append('\n');
            } else if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)) {
                result.append(' ');
            } else if (glyphs.getGlyphId(codePoint) > 0) {
                result.appendCodePoint(codePoint);
            } else {
                result.append('?');
            }
        });
        return result.toString();
    }
}
