package org.crosscheck.extract;

import java.util.List;

/** Tells a title written in title case ("Multiple People Injured in Triple Shooting") from one in sentence case. */
final class Headlines {

    private static final int CONTENT_WORD = 4;

    private Headlines() {
    }

    /** True when every content word is capitalised: then a capital says nothing about a name. */
    static boolean isTitleCased(List<Token> title) {
        int capitalised = 0;
        for (Token token : title) {
            if (!token.isWord() || token.text().length() < CONTENT_WORD || StoryStopWords.contains(token.lower())) {
                continue;
            }
            if (!token.isCapitalized()) {
                return false;
            }
            capitalised++;
        }
        return capitalised >= 3;
    }
}
