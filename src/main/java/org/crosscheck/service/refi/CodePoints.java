package org.crosscheck.service.refi;

/**
 * Offsets in one text, between Java's UTF-16 indices (what Crosscheck stores) and Unicode
 * characters (code points, what REFI-QDA's startPosition and endPosition count). They differ only
 * after a character outside the Basic Multilingual Plane (an emoji, a rare CJK ideograph), so a
 * text without one is converted without a table.
 */
final class CodePoints {

    private final String text;
    /** Code points before each UTF-16 index; null when the text has no surrogate pair. */
    private final int[] before;

    CodePoints(String text) {
        this.text = text;
        this.before = hasSurrogates(text) ? table(text) : null;
    }

    /** The code point offset of a UTF-16 index into the text. */
    int toCodePoints(int utf16) {
        int index = Math.max(0, Math.min(utf16, text.length()));
        return before == null ? index : before[index];
    }

    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int[] table(String text) {
        int[] table = new int[text.length() + 1];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            table[i] = count;
            // the low half of a pair is inside the character its high half began
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                count++;
            }
            table[i + 1] = count;
        }
        return table;
    }
}
