package org.crosscheck.model;

/**
 * Where the sentence around a span of an article's text begins and ends: after the last full stop,
 * question or exclamation mark followed by a space, or line break, before it; up to the first after it.
 * Pure.
 */
public final class Sentences {

    private Sentences() {
    }

    /** The sentence holding {@code [start, end)}, for showing a quote with a little context. */
    public static String around(String text, int start, int end) {
        return text.substring(start(text, Math.min(start, text.length())), end(text, Math.min(end, text.length())))
                .strip();
    }

    /** Where the sentence holding {@code position} begins. */
    public static int start(String text, int position) {
        for (int i = position - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Where the sentence holding {@code position} ends: after its closing mark, or at its line break. */
    public static int end(String text, int position) {
        for (int i = Math.max(position, 0); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return text.length();
    }
}
