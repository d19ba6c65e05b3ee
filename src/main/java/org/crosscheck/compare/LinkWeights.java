package org.crosscheck.compare;

import java.util.Arrays;

/**
 * The summed similarities from one cluster to its neighbours, keyed by the neighbour's id: an open
 * addressing table of primitive ints and doubles, because average linkage over a 10,000-article
 * library keeps millions of these, and boxed map entries cost five times the memory and most of the
 * clustering's time. Removal leaves a tombstone that a later insert reuses or a resize drops.
 */
final class LinkWeights {

    private static final int EMPTY = -1;
    private static final int REMOVED = -2;
    private static final int SMALLEST = 4;

    private int[] keys;
    private double[] values;
    private int size;
    /** Slots in use, live or removed: what decides when to grow. */
    private int used;

    LinkWeights() {
        this(SMALLEST);
    }

    private LinkWeights(int capacity) {
        keys = new int[capacity];
        values = new double[capacity];
        Arrays.fill(keys, EMPTY);
    }

    int size() {
        return size;
    }

    /** Adds {@code value} to the weight kept for {@code key}, which starts at 0. */
    void add(int key, double value) {
        int slot = find(key);
        if (slot >= 0) {
            values[slot] += value;
            return;
        }
        if ((used + 1) * 4 > keys.length * 3) {
            rehash(size + 1 > keys.length / 2 ? keys.length * 2 : keys.length);
        }
        int free = insertionSlot(key);
        if (keys[free] == EMPTY) {
            used++;
        }
        keys[free] = key;
        values[free] = value;
        size++;
    }

    /** Removes {@code key} and returns its weight, or 0 when it had none. */
    double remove(int key) {
        int slot = find(key);
        if (slot < 0) {
            return 0;
        }
        keys[slot] = REMOVED;
        size--;
        return values[slot];
    }

    /** Calls {@code visitor} with every key and its weight, in no particular order. */
    void forEach(Visitor visitor) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] >= 0) {
                visitor.visit(keys[slot], values[slot]);
            }
        }
    }

    /** Drops every entry and the memory they took. */
    void clear() {
        keys = new int[SMALLEST];
        values = new double[SMALLEST];
        Arrays.fill(keys, EMPTY);
        size = 0;
        used = 0;
    }

    @FunctionalInterface
    interface Visitor {
        void visit(int key, double value);
    }

    private int find(int key) {
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            int found = keys[slot];
            if (found == key) {
                return slot;
            }
            if (found == EMPTY) {
                return -1;
            }
        }
    }

    /** The first removed or empty slot on {@code key}'s probe path; the table always has an empty one. */
    private int insertionSlot(int key) {
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] < 0) {
                return slot;
            }
        }
    }

    private void rehash(int capacity) {
        int[] oldKeys = keys;
        double[] oldValues = values;
        keys = new int[capacity];
        values = new double[capacity];
        Arrays.fill(keys, EMPTY);
        used = size;
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldKeys[slot] >= 0) {
                int free = insertionSlot(oldKeys[slot]);
                keys[free] = oldKeys[slot];
                values[free] = oldValues[slot];
            }
        }
    }

    /** Spreads consecutive ids over the table (Fibonacci hashing). */
    private static int mix(int key) {
        int mixed = key * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }
}
