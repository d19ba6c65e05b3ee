package org.crosscheck.compare;

import java.util.regex.Pattern;

/**
 * Whether the sentence around a figure says the figure is changing ("is growing", "continuing to
 * grow", "has doubled"): then a far-apart figure from another time is a change, not a contradiction.
 */
public final class TrendWords {

    private static final Pattern CHANGE = Pattern.compile("(?i)\\b(grow|grows|growing|grown|grew|rising|rose|"
            + "risen|increas(?:e|es|ed|ing)|swell(?:s|ed|ing)?|doubl(?:e|ed|ing)|tripl(?:e|ed|ing)|"
            + "expand(?:s|ed|ing)?|declin(?:e|ed|ing)|shrink(?:s|ing)?|shrank|fall(?:s|ing)?|fell|dropp(?:ed|ing)|"
            + "climb(?:s|ed|ing)?|jump(?:s|ed)?|up from|down from|has since|have since)\\b");

    private TrendWords() {
    }

    /** Looks at the sentence holding {@code [start, end)} in the text. */
    public static boolean around(String text, int start, int end) {
        int from = sentenceStart(text, Math.min(start, text.length()));
        int to = sentenceEnd(text, Math.min(end, text.length()));
        return CHANGE.matcher(text.substring(from, to)).find();
    }

    /** The sentence holding the span, for showing a quote with a little context. */
    public static String sentence(String text, int start, int end) {
        int from = sentenceStart(text, Math.min(start, text.length()));
        int to = sentenceEnd(text, Math.min(end, text.length()));
        return text.substring(from, to).strip();
    }

    private static int sentenceStart(String text, int position) {
        for (int i = position - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int position) {
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
