package org.crosscheck.ui;

/** How a claim's words are shown in lists: on one line, cut with an ellipsis when long. */
final class ClaimText {

    private ClaimText() {
    }

    static String excerpt(String words, int maxLength) {
        String oneLine = words.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= maxLength ? oneLine : oneLine.substring(0, maxLength - 1) + "…";
    }
}
