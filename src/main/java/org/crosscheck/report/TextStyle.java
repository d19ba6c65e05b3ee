package org.crosscheck.report;

/** How a run of text is printed: weight, size in points and colour as 0xRRGGBB. */
record TextStyle(boolean bold, float size, int rgb) {

    static final int INK = 0x1A1A1A;
    static final int MUTED = 0x5F6368;

    static final TextStyle TITLE = new TextStyle(true, 26, INK);
    static final TextStyle SUBTITLE = new TextStyle(false, 15, MUTED);
    static final TextStyle HEADING = new TextStyle(true, 15, INK);
    static final TextStyle SUBHEADING = new TextStyle(true, 11, INK);
    static final TextStyle BODY = new TextStyle(false, 9.5f, INK);
    static final TextStyle CELL = new TextStyle(false, 8, INK);
    static final TextStyle CELL_BOLD = new TextStyle(true, 8, INK);
    static final TextStyle CELL_MUTED = new TextStyle(false, 8, MUTED);
    static final TextStyle CELL_HEADER = new TextStyle(true, 7.5f, MUTED);
    static final TextStyle SMALL_MUTED = new TextStyle(false, 7.5f, MUTED);

    TextStyle withColor(int color) {
        return new TextStyle(bold, size, color);
    }

    TextStyle asBold() {
        return new TextStyle(true, size, rgb);
    }

    /** The distance from one baseline to the next. */
    float leading() {
        return size * 1.3f;
    }

    /** Where the baseline sits below the top of a line, leaving room for accents above. */
    float ascent() {
        return size * 0.98f;
    }
}
