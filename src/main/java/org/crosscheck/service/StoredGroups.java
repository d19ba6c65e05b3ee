package org.crosscheck.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.compare.GroupCarry;
import org.crosscheck.compare.GroupKeys;
import org.crosscheck.model.GroupEdits;
import org.crosscheck.model.Statement;

/**
 * The researcher's stored group edits against the groups the statements make now. Each stored group
 * is stored under the key it had when it was last edited, with the claims it held when last compared;
 * when renaming an entity (Tags › Entities and aliases…) or a re-scan gives its statements another key,
 * {@link GroupCarry} finds the group that holds them now, and {@link #applied} are the edits under the
 * keys the groups have now, which the comparison shows and the next edit changes. Nothing here writes:
 * a comparison only reads the edits (so undoing an edit still finds them as that edit left them), and
 * the next hand edit of groups saves them under their new keys. A displaced group (one whose key another
 * stored group took, see {@link GroupCarry}) is not in {@link #applied}, so that next edit lets it go;
 * undoing that edit brings it back.
 */
final class StoredGroups {

    private final GroupEdits stored;
    private final Map<String, Set<Long>> heldBefore;
    private final Map<String, Set<Long>> claimsOfKey;
    private final GroupCarry carry;

    private StoredGroups(GroupEdits stored, Map<String, Set<Long>> heldBefore, Map<String, Set<Long>> claimsOfKey,
                         GroupCarry carry) {
        this.stored = stored;
        this.heldBefore = heldBefore;
        this.claimsOfKey = claimsOfKey;
        this.carry = carry;
    }

    /**
     * @param statements every statement compared now
     * @param stored     the edits as stored
     * @param heldBefore by stored key, the claims each group held when last compared
     */
    static StoredGroups of(List<Statement> statements, GroupEdits stored, Map<String, Set<Long>> heldBefore) {
        Set<String> keys = keyed(stored);
        // the claims of every key even with no group stored yet: the first edit of a group remembers them
        Map<Long, String> keyOfClaim = new HashMap<>();
        Map<String, Set<Long>> claimsOfKey = new HashMap<>();
        for (Statement statement : statements) {
            GroupKeys.of(statement).ifPresent(key -> {
                String id = "q:" + key.id();
                keyOfClaim.put(statement.claim().id(), id);
                claimsOfKey.computeIfAbsent(id, group -> new java.util.HashSet<>()).add(statement.claim().id());
            });
        }
        return new StoredGroups(stored, heldBefore, claimsOfKey,
                keys.isEmpty() ? GroupCarry.NONE : GroupCarry.of(keys, heldBefore, keyOfClaim));
    }

    /** The stored groups built from a key ("q:…"); an event's id ("e:…") is the researcher's and never changes. */
    private static Set<String> keyed(GroupEdits edits) {
        return edits.groupsNamed().stream().filter(group -> group.startsWith("q:")).collect(Collectors.toSet());
    }

    /** The edits under the keys their groups have now; a displaced group's edits are left out. */
    GroupEdits applied() {
        return stored.regrouped(carry.rekeyed(), carry.displaced());
    }

    GroupCarry carry() {
        return carry;
    }

    /** By stored key, the claims each stored group holds now, where that is not what it remembers. */
    Map<String, Set<Long>> heldNowWhereChanged() {
        Map<String, Set<Long>> changed = new HashMap<>(heldNowByStoredKey());
        changed.entrySet().removeIf(entry -> entry.getValue().equals(heldBefore.get(entry.getKey())));
        return changed;
    }

    /** By stored key, the claims each stored group that is not displaced holds now, where it holds any. */
    Map<String, Set<Long>> heldNowByStoredKey() {
        Map<String, Set<Long>> held = new HashMap<>();
        for (String key : keyed(stored)) {
            Set<Long> now = claimsOfKey.get(carry.now(key));
            if (now != null && !carry.displaced().contains(key)) {
                held.put(key, now);
            }
        }
        return held;
    }

    /** By key, the claims the groups of {@code applied} (edits under today's keys) hold now, where they hold any. */
    Map<String, Set<Long>> heldNow(GroupEdits applied) {
        Map<String, Set<Long>> held = new HashMap<>();
        for (String key : keyed(applied)) {
            Set<Long> now = claimsOfKey.get(key);
            if (now != null) {
                held.put(key, now);
            }
        }
        return held;
    }
}
