package org.crosscheck.service.refi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What of a .qdpx Crosscheck cannot represent, counted by what it is ("1 picture source", "2
 * graphs"), so the import names it rather than dropping it without a word. In the order first met.
 */
public final class NotImported {

    /** Counts by what, each with its singular and plural. */
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final Map<String, String> plurals = new LinkedHashMap<>();

    /** Counts {@code count} more of a thing, named in the singular and the plural. */
    public void add(String one, String many, int count) {
        if (count > 0) {
            counts.computeIfAbsent(one, what -> new int[1])[0] += count;
            plurals.put(one, many);
        }
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** What was left out and how many, keyed by the plural ("picture sources" → 1). */
    public Map<String, Integer> counts() {
        Map<String, Integer> byName = new LinkedHashMap<>();
        counts.forEach((one, count) -> byName.put(plurals.get(one), count[0]));
        return byName;
    }

    /** "1 picture source, 2 graphs and 1 set"; empty when nothing was left out. */
    public String inWords() {
        List<String> parts = new ArrayList<>();
        counts.forEach((one, count) -> parts.add(count[0] + " " + (count[0] == 1 ? one : plurals.get(one))));
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
