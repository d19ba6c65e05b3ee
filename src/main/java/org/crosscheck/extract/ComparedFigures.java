package org.crosscheck.extract;

import java.util.Set;

/**
 * Whether a figure is brought in as a comparison with another ("down from 9", "more than in 2003",
 * "against 2.7bn a year earlier", "compared with 18.6%"): such a figure holds for a time of its own.
 */
final class ComparedFigures {

    private static final Set<String> COMPARING = Words.of("from", "than", "against", "versus", "vs");

    private ComparedFigures() {
    }

    /** Whether the word just before offset {@code start} of {@code text} introduces a compared figure. */
    static boolean introduces(String text, int start) {
        String word = wordBefore(text, start);
        if (COMPARING.contains(word)) {
            return true;
        }
        if (word.equals("with") || word.equals("to")) {
            int wordStart = text.lastIndexOf(word, start);
            String before = wordStart > 0 ? wordBefore(text, wordStart) : "";
            return before.equals("compared") || before.equals("compares");
        }
        return false;
    }

    private static String wordBefore(String text, int offset) {
        int end = offset;
        while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
            if (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ';' || end < offset - 3) {
                return ""; // a figure that starts a clause or a list item has no comparing word before it
            }
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }
}
