package org.crosscheck.extract;

import java.util.List;
import java.util.Set;

/** Word lists of the finders. Unlike {@code Set.of}, a list that names a word twice is no error. */
final class Words {

    private Words() {
    }

    static Set<String> of(String... words) {
        return Set.copyOf(List.of(words));
    }
}
