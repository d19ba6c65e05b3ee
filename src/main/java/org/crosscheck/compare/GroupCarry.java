package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.model.GroupKey;

/**
 * Which group each stored group row is now. A group the researcher renamed, noted, merged or moved
 * statements into is stored under its key, and a key is made of words ("q:islamic state|fighters|afghanistan"):
 * renaming the entity of its subject in the alias table, or a re-scan that spells a subject anew, gives
 * the same statements another key. So each stored row also remembers the claims its group held by its
 * key when it was last compared, and follows them:
 * <ol>
 *   <li>a row whose key still holds at least as many of its claims as any other key keeps its key (a
 *       row that remembers no claims, as one made before they were remembered, keeps its key too);</li>
 *   <li>any other row goes to the key that now holds most of its claims, the rows with the most claims
 *       choosing first. So a group split in two by an edit keeps its edits on the part that holds most
 *       of its claims, and when two groups become one, the row that kept its key keeps that group;</li>
 *   <li>a key goes to one row at most: two stored rows never claim one group. A row left without a key
 *       of its own keeps its old key when no other row has taken it (its edits then wait there, and
 *       apply again when its statements come back, as an undone alias edit brings them back); when
 *       another row has taken it, the row is displaced and its edits do not apply.</li>
 * </ol>
 * Claims are the evidence because a re-scan refreshes a suggestion in place, keeping its id, and the
 * researcher's own claims keep theirs. Pure and thread-safe.
 */
public final class GroupCarry {

    /** Nothing moved: every row keeps its key. */
    public static final GroupCarry NONE = new GroupCarry(Map.of(), Set.of());

    private final Map<String, String> rekeyed;
    private final Set<String> displaced;

    private GroupCarry(Map<String, String> rekeyed, Set<String> displaced) {
        this.rekeyed = Map.copyOf(rekeyed);
        this.displaced = Set.copyOf(displaced);
    }

    /**
     * Where the stored rows go.
     *
     * @param storedKeys the keys of the stored rows ("q:…"; an event's "e:…" never changes and is not given)
     * @param heldBefore by stored key, the claims its group held when last compared (missing or empty: unknown)
     * @param keyOfClaim every grouped claim's key now, "q:" + {@link GroupKey#id()}, before any hand edit
     */
    public static GroupCarry of(Collection<String> storedKeys, Map<String, Set<Long>> heldBefore,
                                Map<Long, String> keyOfClaim) {
        Set<String> keysNow = new HashSet<>(keyOfClaim.values());
        Map<String, String> assigned = new HashMap<>();
        Set<String> taken = new HashSet<>();
        List<Vote> moves = new ArrayList<>();
        for (String stored : new TreeSet<>(storedKeys)) {
            Map<String, Integer> votes = votes(heldBefore.getOrDefault(stored, Set.of()), keyOfClaim);
            int own = votes.getOrDefault(stored, 0);
            int best = votes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (keysNow.contains(stored) && own >= best) {
                assigned.put(stored, stored);
                taken.add(stored);
            } else {
                votes.forEach((key, count) -> {
                    if (!key.equals(stored)) {
                        moves.add(new Vote(stored, key, count));
                    }
                });
            }
        }
        moves.sort(Comparator.comparingInt(Vote::claims).reversed().thenComparing(Vote::stored).thenComparing(Vote::now));
        for (Vote vote : moves) {
            if (!assigned.containsKey(vote.stored()) && taken.add(vote.now())) {
                assigned.put(vote.stored(), vote.now());
            }
        }
        Map<String, String> rekeyed = new HashMap<>();
        Set<String> displaced = new HashSet<>();
        for (String stored : storedKeys) {
            String now = assigned.get(stored);
            if (now == null) {
                if (taken.add(stored)) {
                    continue; // keeps its key
                }
                displaced.add(stored);
            } else if (!now.equals(stored)) {
                rekeyed.put(stored, now);
            }
        }
        return new GroupCarry(rekeyed, displaced);
    }

    private record Vote(String stored, String now, int claims) {
    }

    private static Map<String, Integer> votes(Set<Long> held, Map<Long, String> keyOfClaim) {
        Map<String, Integer> votes = new HashMap<>();
        for (long claim : held) {
            String key = keyOfClaim.get(claim);
            if (key != null) {
                votes.merge(key, 1, Integer::sum);
            }
        }
        return votes;
    }

    /** Stored key → the key its group has now, for the rows that moved. */
    public Map<String, String> rekeyed() {
        return rekeyed;
    }

    /** The rows whose key another row took and that found no group of their own: their edits do not apply. */
    public Set<String> displaced() {
        return displaced;
    }

    /** The key a stored row's group has now (its own when it did not move). */
    public String now(String stored) {
        return rekeyed.getOrDefault(stored, stored);
    }

    public boolean isNone() {
        return rekeyed.isEmpty() && displaced.isEmpty();
    }
}
