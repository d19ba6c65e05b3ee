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
 * alias added or taken away); else one of the same type between the same neighbours (a name changed
 * outright, "Kabulov" to "Zamir Kabulov"). Anything else is a new entity.
 */
final class EntityMatching {

    private EntityMatching() {
    }

    /** For each entity of {@code after}, the index in {@code before} of the entity it is, or -1 when new. */
    static int[] match(List<Entity> before, List<Entity> after) {
        int[] matched = new int[after.size()];
        Arrays.fill(matched, -1);
        boolean[] taken = new boolean[before.size()];
        for (int i = 0; i < after.size(); i++) {
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
        for (int i = 0; i < after.size(); i++) {
            if (matched[i] < 0) {
                int j = between(matched, i, before.size());
                if (j >= 0 && !taken[j] && before.get(j).type() == after.get(i).type()) {
                    matched[i] = j;
                    taken[j] = true;
                }
            }
        }
        return matched;
    }

    /** Where the entity at {@code i} was, told from its neighbours: the row after its predecessor's, or before its successor's. */
    private static int between(int[] matched, int i, int beforeSize) {
        if (i > 0 && matched[i - 1] >= 0) {
            return matched[i - 1] + 1 < beforeSize ? matched[i - 1] + 1 : -1;
        }
        if (i + 1 < matched.length && matched[i + 1] > 0) {
            return matched[i + 1] - 1;
        }
        return i == 0 && beforeSize > 0 ? 0 : -1;
    }

    private static boolean shareAName(Entity one, Entity other) {
        Set<String> names = new HashSet<>();
        one.names().forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
        return other.names().stream().anyMatch(name -> names.contains(name.toLowerCase(Locale.ROOT)));
    }
}
