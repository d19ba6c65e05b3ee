package org.crosscheck.store;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.model.Entity;

/**
 * Which entity of a table a claim's words name, by its position in the table: the same rule as the
 * extractor's alias table (a short all-capital name matches only as written, any other whatever its
 * case; where two entities share a name the first wins), so that a claim links to the entity the
 * extractor meant. A place is named whole ("Nangarhar"), or by its narrowest part before a comma
 * ("Nangarhar, Afghanistan", as the extractor writes a place inside a country), or by its last words
 * ("northern Afghanistan", "the north of Afghanistan"). Immutable.
 */
final class EntityNames {

    private final Map<String, Integer> byExactName = new HashMap<>();
    private final Map<String, Integer> byLowerName = new HashMap<>();

    EntityNames(List<Entity> entities) {
        for (int index = 0; index < entities.size(); index++) {
            for (String name : entities.get(index).names()) {
                if (Entity.isAcronym(name)) {
                    byExactName.putIfAbsent(name, index);
                } else {
                    byLowerName.putIfAbsent(name.toLowerCase(Locale.ROOT), index);
                }
            }
        }
    }

    boolean isEmpty() {
        return byExactName.isEmpty() && byLowerName.isEmpty();
    }

    /** The index of the entity the name is one of, or -1. */
    int named(String name) {
        if (name == null || name.isBlank()) {
            return -1;
        }
        String stripped = name.strip().replaceAll("\\s+", " ");
        Integer exact = byExactName.get(stripped);
        if (exact != null) {
            return exact;
        }
        return byLowerName.getOrDefault(stripped.toLowerCase(Locale.ROOT), -1);
    }

    /** The index of the place entity the words of a claim's place name, or -1. */
    int place(String words) {
        if (words == null || words.isBlank()) {
            return -1;
        }
        String clean = words.strip().replaceAll("\\s+", " ");
        int whole = named(clean);
        if (whole >= 0) {
            return whole;
        }
        int comma = clean.indexOf(',');
        if (comma > 0) {
            int narrowest = named(clean.substring(0, comma));
            return narrowest >= 0 ? narrowest : place(clean.substring(clean.lastIndexOf(',') + 1));
        }
        String[] parts = clean.split(" ");
        for (int first = 1; first < parts.length; first++) { // the longest last words that name a place
            int last = named(String.join(" ", java.util.Arrays.copyOfRange(parts, first, parts.length)));
            if (last >= 0) {
                return last;
            }
        }
        return -1;
    }
}
