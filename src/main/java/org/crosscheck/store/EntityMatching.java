package org.crosscheck.store;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Entity;

/**
 * Which entity of the alias table before an edit each entity of the edited table is, so that an entity
 * keeps its id, and its claims their links, when the researcher renames it or changes its aliases. The
 * table is edited and saved whole, as a list, so this is told from the lists: an entity left as it was
 * is itself; else one of the same type that shares a name with it (renamed with its aliases kept, or an
 * alias added or taken away); else, when the table has as many entities as before, the one of the same
 * type in the same place in the list (a name changed outright, "Kabulov" to "Zamir Kabulov"). Anything
 * else is a new entity: a row taken away and another added is never taken for a rename by its place.
 * Tags › Entities and aliases… says which row each was (it carries the rows' ids through the edit), and
 * then only its new rows are told this way; a table without ids (pasted, imported) is told whole.
 */
final class EntityMatching {

    private EntityMatching() {
    }

    /** For each entity of {@code after}, the index in {@code before} of the entity it is, or -1 when new. */
    static int[] match(List<Entity> before, List<Entity> after) {
        int[] none = new int[after.size()];
        Arrays.fill(none, -1);
        return match(before, after, none);
    }

    /**
     * As {@link #match(List, List)}, where a row of {@code after} that carries the id of a row of
     * {@code before} (as the table's editor keeps it through an edit) is that row, whatever its names now:
     * only the rows without one are told by their names. Their place in the list tells nothing then, as
     * the editor says which rows stayed.
     *
     * @param beforeIds the ids of {@code before}'s rows, in order
     * @param afterIds  the ids {@code after}'s rows carry, in order; 0 (or an id no longer there) for none
     */
    static int[] match(List<Long> beforeIds, List<Entity> before, List<Long> afterIds, List<Entity> after) {
        java.util.Map<Long, Integer> indexOfId = new java.util.HashMap<>();
        for (int j = 0; j < beforeIds.size(); j++) {
            indexOfId.put(beforeIds.get(j), j);
        }
        int[] known = new int[after.size()];
        Arrays.fill(known, -1);
        boolean anyKnown = false;
        for (int i = 0; i < after.size(); i++) {
            Integer index = indexOfId.remove(afterIds.get(i)); // removed: two rows never take one id
            if (index != null) {
                known[i] = index;
                anyKnown = true;
            }
        }
        return anyKnown ? match(before, after, known) : match(before, after);
    }

    /** Completes {@code known} (an index of {@code before} per row of {@code after}, -1 where unknown). */
    private static int[] match(List<Entity> before, List<Entity> after, int[] known) {
        int[] matched = known.clone();
        boolean[] taken = new boolean[before.size()];
        boolean anyKnown = false;
        for (int index : known) {
            if (index >= 0) {
                taken[index] = true;
                anyKnown = true;
            }
        }
        for (int i = 0; i < after.size(); i++) {
            if (matched[i] >= 0) {
                continue;
            }
            int same = before.indexOf(after.get(i));
            if (same >= 0 && !taken[same]) {
                matched[i] = same;
                taken[same] = true;
            }
        }
        for (int i = 0; i < after.size(); i++) {
            for (int j = 0; j < before.size() && matched[i] < 0; j++) {
                if (!taken[j] && before.get(j).type() == after.get(i).type() && shareAName(before.get(j), after.get(i))) {
                    matched[i] = j;
                    taken[j] = true;
                }
            }
        }
        if (!anyKnown && before.size() == after.size()) { // no row added or taken away: a row changed in its place is renamed
            for (int i = 0; i < after.size(); i++) {
                if (matched[i] < 0 && !taken[i] && before.get(i).type() == after.get(i).type()) {
                    matched[i] = i;
                    taken[i] = true;
                }
            }
        }
        return matched;
    }

    private static boolean shareAName(Entity one, Entity other) {
        Set<String> names = new HashSet<>();
        one.names().forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
        return other.names().stream().anyMatch(name -> names.contains(name.toLowerCase(Locale.ROOT)));
    }
}
