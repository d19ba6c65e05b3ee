package org.crosscheck.service.refi;

/**
 * A source's text as another tool wrote it, made what Crosscheck keeps (line ends {@code \n}, no
 * byte-order mark), with the way from the file's positions — Unicode characters of the text as
 * written — to Java's UTF-16 indices into the text as kept. Without a {@code \r}, a mark or a
 * character outside the Basic Multilingual Plane the two are the same and no table is made.
 */
final class PlainText {

    private final String text;
    /** UTF-16 index in {@link #text} of each code point of the written text; null when the same. */
    private final int[] indices;
    private final int length;

    private PlainText(String text, int[] indices, int length) {
        this.text = text;
        this.indices = indices;
        this.length = length;
    }

    static PlainText of(String written) {
        if (written.indexOf('\r') < 0 && !written.startsWith("\uFEFF") && !hasSurrogates(written)) {
            return new PlainText(written, null, written.length());
        }
        int count = written.codePointCount(0, written.length());
        int[] indices = new int[count + 1];
        StringBuilder kept = new StringBuilder(written.length());
        int point = 0;
        for (int i = 0; i < written.length(); point++) {
            int character = written.codePointAt(i);
            indices[point] = kept.length();
            boolean dropped = (i == 0 && character == '\uFEFF')
                    || (character == '\r' && i + 1 < written.length() && written.charAt(i + 1) == '\n');
            if (!dropped) {
                kept.appendCodePoint(character == '\r' ? '\n' : character);
            }
            i += Character.charCount(character);
        }
        indices[count] = kept.length();
        return new PlainText(kept.toString(), indices, count);
    }

    String text() {
        return text;
    }

    /** The UTF-16 index of a position in the written text, or -1 when it lies outside it. */
    int index(long position) {
        if (position < 0 || position > length) {
            return -1;
        }
        return indices == null ? (int) position : indices[(int) position];
    }

    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
