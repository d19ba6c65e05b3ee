package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The terms of one story fingerprint as they are found: in first-use order, each once whatever its
 * case ("DALLAS" is "Dallas"), and no more than a limit, so that the links and menus at the end
 * of a long page are what is cut. Not thread-safe; one per article.
 */
final class StoryTerms {

    private final int limit;
    private final List<String> terms = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();

    StoryTerms(int limit) {
        this.limit = limit;
    }

    void add(String term) {
        if (terms.size() < limit && keys.add(term.toLowerCase(Locale.ROOT))) {
            terms.add(term);
        }
    }

    boolean isFull() {
        return terms.size() >= limit;
    }

    List<String> list() {
        return terms;
    }
}
