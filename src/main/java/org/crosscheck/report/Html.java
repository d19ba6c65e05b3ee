package org.crosscheck.report;

/**
 * Builds HTML text with everything from the document escaped. Content comes from imported
 * articles, so it is never trusted: text and attribute values always go through {@link #text}
 * and {@link #attribute}. Not thread-safe.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(16_384);

    /** Opens an element; attributes come as name, value pairs. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int index = 0; index + 1 < attributes.length; index += 2) {
            out.append(' ').append(attributes[index]).append("=\"").append(escape(attributes[index + 1])).append('"');
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup written by this package itself, never content. */
    Html markup(String markup) {
        out.append(markup);
        return this;
    }

    private static final String SIGNS_BEFORE_FIGURES = "≈≥≤±~";

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            switch (character) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(character);
            }
            // "≈ 2,000–3,000": a sign before its figure never ends a line
            if (SIGNS_BEFORE_FIGURES.indexOf(character) >= 0 && index + 1 < text.length() && text.charAt(index + 1) == ' ') {
                escaped.append("&nbsp;");
                index++;
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
