package org.crosscheck.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The surnames of the people a text names in full: the last word of a name of two to four
 * capitalised words ("Rigoberto Jose Castillo") that the text never writes in lower case, so that
 * "Castillo died at the scene" later in the report is known for a person and "Police" of "State
 * Police" is not. Read from the whole text once, when first asked. Not thread-safe; one per text.
 */
final class Surnames {

    private static final int LONGEST_NAME = 4;

    private final List<Token> tokens;
    private Set<String> surnames;

    Surnames(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Whether this capitalised word is the surname of someone the text names in full. */
    boolean contains(Token word) {
        if (surnames == null) {
            surnames = read();
        }
        return surnames.contains(word.lower());
    }

    private Set<String> read() {
        Set<String> last = new HashSet<>();
        Set<String> lowerCase = new HashSet<>();
        int run = 0;
        for (int index = 0; index <= tokens.size(); index++) {
            Token token = index < tokens.size() ? tokens.get(index) : null;
            boolean nameWord = token != null && token.isCapitalized() && token.text().length() > 1
                    && !isAllCapitals(token) && !StoryStopWords.contains(token.lower());
            if (!nameWord || token.newlinesBefore() > 0) { // a name does not run on over a line break
                if (run >= 2 && run <= LONGEST_NAME) {
                    last.add(tokens.get(index - 1).lower());
                }
                run = 0;
            }
            if (nameWord) {
                run++;
                continue;
            }
            if (token != null && token.isWord() && !token.isCapitalized()) {
                lowerCase.add(token.lower());
            }
        }
        last.removeAll(lowerCase);
        return last;
    }

    private static boolean isAllCapitals(Token token) {
        return token.text().chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    }
}
