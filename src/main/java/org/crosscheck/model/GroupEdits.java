package org.crosscheck.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the researcher changed by hand in the grouping, kept apart from the automatic groups so
 * it is applied again after every re-scan. Groups are named by their ids (see compare.ComparisonGroup#id),
 * claims by their ids. Immutable: every change makes a new value.
 *
 * @param names      group id → the researcher's name for it
 * @param notes      group id → note
 * @param merges     group id → the group id it was merged into
 * @param moves      claim id → the group id it was moved to
 * @param excluded   claims left out of every group
 * @param events     groups of statements linked by hand as the same event
 * @param overrides  verdicts the researcher set between two claims
 * @param dismissed  suggested event links the researcher said no to, as "smaller id-larger id"
 */
public record GroupEdits(Map<String, String> names, Map<String, String> notes, Map<String, String> merges,
                         Map<Long, String> moves, Set<Long> excluded, List<EventLink> events,
                         List<VerdictOverride> overrides, Set<String> dismissed) {

    public static final GroupEdits NONE = new GroupEdits(Map.of(), Map.of(), Map.of(), Map.of(), Set.of(),
            List.of(), List.of(), Set.of());

    /** Statements the researcher linked as one event, by claim id. */
    public record EventLink(String id, String name, Set<Long> claimIds) {
        public EventLink {
            claimIds = Set.copyOf(claimIds);
        }
    }

    /** A verdict set by the researcher between two claims, with why. */
    public record VerdictOverride(long claimA, long claimB, Verdict verdict, String note) {
        public boolean concerns(long first, long second) {
            return (claimA == first && claimB == second) || (claimA == second && claimB == first);
        }
    }

    public GroupEdits {
        names = Map.copyOf(names);
        notes = Map.copyOf(notes);
        merges = Map.copyOf(merges);
        moves = Map.copyOf(moves);
        excluded = Set.copyOf(excluded);
        events = List.copyOf(events);
        overrides = List.copyOf(overrides);
        dismissed = dismissed == null ? Set.of() : Set.copyOf(dismissed);
    }

    public GroupEdits rename(String groupId, String name) {
        Map<String, String> changed = new HashMap<>(names);
        if (name == null || name.isBlank()) {
            changed.remove(groupId);
        } else {
            changed.put(groupId, name.strip());
        }
        return new GroupEdits(changed, notes, merges, moves, excluded, events, overrides, dismissed);
    }

    public GroupEdits note(String groupId, String note) {
        Map<String, String> changed = new HashMap<>(notes);
        if (note == null || note.isBlank()) {
            changed.remove(groupId);
        } else {
            changed.put(groupId, note);
        }
        return new GroupEdits(names, changed, merges, moves, excluded, events, overrides, dismissed);
    }

    /** Merges group {@code from} into group {@code into}; what was merged into {@code from} follows. */
    public GroupEdits merge(String from, String into) {
        if (from.equals(into) || resolve(into, merges).equals(from)) {
            return this;
        }
        Map<String, String> changed = new HashMap<>(merges);
        changed.put(from, into);
        return new GroupEdits(names, notes, changed, moves, excluded, events, overrides, dismissed);
    }

    public GroupEdits move(long claimId, String groupId) {
        Map<Long, String> changed = new HashMap<>(moves);
        changed.put(claimId, groupId);
        Set<Long> included = new HashSet<>(excluded);
        included.remove(claimId);
        return new GroupEdits(names, notes, merges, changed, included, events, overrides, dismissed);
    }

    public GroupEdits exclude(long claimId) {
        Set<Long> changed = new HashSet<>(excluded);
        changed.add(claimId);
        Map<Long, String> unmoved = new HashMap<>(moves);
        unmoved.remove(claimId);
        return new GroupEdits(names, notes, merges, unmoved, changed, events, overrides, dismissed);
    }

    public GroupEdits include(long claimId) {
        Set<Long> changed = new HashSet<>(excluded);
        changed.remove(claimId);
        return new GroupEdits(names, notes, merges, moves, changed, events, overrides, dismissed);
    }

    /** Links claims as statements of one event; returns the edits with a new event group. */
    public GroupEdits linkEvent(String name, Set<Long> claimIds) {
        int number = 1;
        Set<String> taken = new HashSet<>();
        events.forEach(event -> taken.add(event.id()));
        while (taken.contains("e:" + number)) {
            number++;
        }
        List<EventLink> changed = new ArrayList<>(events);
        changed.add(new EventLink("e:" + number, name, claimIds));
        return new GroupEdits(names, notes, merges, moves, excluded, changed, overrides, dismissed);
    }

    public GroupEdits override(long claimA, long claimB, Verdict verdict, String note) {
        List<VerdictOverride> changed = new ArrayList<>(overrides);
        changed.removeIf(existing -> existing.concerns(claimA, claimB));
        if (verdict != null) {
            changed.add(new VerdictOverride(claimA, claimB, verdict, note == null ? "" : note));
        }
        return new GroupEdits(names, notes, merges, moves, excluded, events, changed, dismissed);
    }

    /** The researcher said these two are not the same event; do not suggest them again. */
    public GroupEdits dismiss(long claimA, long claimB) {
        Set<String> changed = new HashSet<>(dismissed);
        changed.add(pairKey(claimA, claimB));
        return new GroupEdits(names, notes, merges, moves, excluded, events, overrides, changed);
    }

    public boolean isDismissed(long claimA, long claimB) {
        return dismissed.contains(pairKey(claimA, claimB));
    }

    private static String pairKey(long a, long b) {
        return Math.min(a, b) + "-" + Math.max(a, b);
    }

    /** Every group id an edit names: renamed, noted, merged from or into, moved into. */
    public Set<String> groupsNamed() {
        Set<String> groups = new HashSet<>(names.keySet());
        groups.addAll(notes.keySet());
        groups.addAll(merges.keySet());
        groups.addAll(merges.values());
        groups.addAll(moves.values());
        return groups;
    }

    /**
     * The same edits with their groups under the ids the groups have now: {@code now} maps a stored
     * group id to its group's id today (an id it does not name stays), and the edits of the groups in
     * {@code dropped} are left out, so that no group takes the edits of two stored ones. A statement
     * moved into a dropped group goes back to its own group.
     */
    public GroupEdits regrouped(Map<String, String> now, Set<String> dropped) {
        if (now.isEmpty() && dropped.isEmpty()) {
            return this;
        }
        Map<String, String> movedNames = new HashMap<>();
        Map<String, String> movedNotes = new HashMap<>();
        Map<String, String> movedMerges = new HashMap<>();
        Map<Long, String> movedMoves = new HashMap<>();
        names.forEach((group, name) -> put(movedNames, group, name, now, dropped));
        notes.forEach((group, note) -> put(movedNotes, group, note, now, dropped));
        merges.forEach((from, into) -> {
            if (!dropped.contains(into)) {
                put(movedMerges, from, now.getOrDefault(into, into), now, dropped);
            }
        });
        moves.forEach((claim, group) -> {
            if (!dropped.contains(group)) {
                movedMoves.put(claim, now.getOrDefault(group, group));
            }
        });
        return new GroupEdits(movedNames, movedNotes, movedMerges, movedMoves, excluded, events, overrides, dismissed);
    }

    private static void put(Map<String, String> into, String group, String value, Map<String, String> now,
                            Set<String> dropped) {
        if (!dropped.contains(group)) {
            into.put(now.getOrDefault(group, group), value);
        }
    }

    /** The group a group id ends up in after merges (following chains, never looping). */
    public String resolve(String groupId) {
        return resolve(groupId, merges);
    }

    private static String resolve(String groupId, Map<String, String> merges) {
        String current = groupId;
        Set<String> seen = new HashSet<>();
        while (merges.containsKey(current) && seen.add(current)) {
            current = merges.get(current);
        }
        return current;
    }
}
