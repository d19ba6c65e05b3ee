package org.crosscheck.model;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Which colour slot each source has. A source gets its slot once, the first time it is shown, and
 * keeps it: a new source takes the slot fewest sources have (the lowest of those), so the first
 * sources of a project all differ and an import never recolours the sources already there.
 * Immutable.
 *
 * @param slots source id → slot, from 0 to {@code size - 1}
 */
public record ColourSlots(Map<Long, Integer> slots) {

    public static final ColourSlots NONE = new ColourSlots(Map.of());

    public ColourSlots {
        slots = Map.copyOf(slots);
    }

    /** The slot of a source; a source without one (not yet kept) gets one by its id, never a clash with itself. */
    public int of(long sourceId) {
        Integer slot = slots.get(sourceId);
        return slot != null ? slot : (int) Math.floorMod(sourceId, 8L);
    }

    /** These slots and one for each source that has none, in id order; the same when every source has one. */
    public ColourSlots with(Collection<Long> sourceIds, int size) {
        Map<Long, Integer> kept = new HashMap<>(slots);
        int[] uses = new int[size];
        kept.values().forEach(slot -> uses[Math.floorMod(slot, size)]++);
        sourceIds.stream().distinct().sorted().filter(id -> !kept.containsKey(id)).forEach(id -> {
            int least = 0;
            for (int slot = 1; slot < size; slot++) {
                if (uses[slot] < uses[least]) {
                    least = slot;
                }
            }
            kept.put(id, least);
            uses[least]++;
        });
        return kept.size() == slots.size() ? this : new ColourSlots(kept);
    }
}
