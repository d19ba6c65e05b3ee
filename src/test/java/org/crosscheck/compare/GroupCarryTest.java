package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupCarryTest {

    /** Claims 1… in the groups given, in order: {@code keys("a", 3, "b", 2)} puts 1–3 in a and 4–5 in b. */
    private static Map<Long, String> keys(Object... groupsAndSizes) {
        Map<Long, String> keyOfClaim = new HashMap<>();
        long claim = 1;
        for (int i = 0; i < groupsAndSizes.length; i += 2) {
            for (int n = 0; n < (Integer) groupsAndSizes[i + 1]; n++) {
                keyOfClaim.put(claim++, (String) groupsAndSizes[i]);
            }
        }
        return keyOfClaim;
    }

    @Test
    void aGroupWhoseClaimsAllHaveANewKeyGoesToIt() {
        GroupCarry carry = GroupCarry.of(List.of("q:is"), Map.of("q:is", Set.of(1L, 2L, 3L)), keys("q:isis-k", 3));

        assertThat(carry.rekeyed()).containsExactly(Map.entry("q:is", "q:isis-k"));
        assertThat(carry.displaced()).isEmpty();
    }

    @Test
    void aSplitGroupKeepsItsEditsOnThePartHoldingMostOfItsClaimsAndATieKeepsItsKey() {
        Map<String, Set<Long>> held = Map.of("q:a", Set.of(1L, 2L, 3L, 4L, 5L));

        assertThat(GroupCarry.of(List.of("q:a"), held, keys("q:a", 2, "q:b", 3)).now("q:a")).isEqualTo("q:b");
        assertThat(GroupCarry.of(List.of("q:a"), held, keys("q:a", 3, "q:b", 2)).now("q:a")).isEqualTo("q:a");
        assertThat(GroupCarry.of(List.of("q:a"), Map.of("q:a", Set.of(1L, 2L, 3L, 4L)), keys("q:a", 2, "q:b", 2))
                .now("q:a")).isEqualTo("q:a");
    }

    @Test
    void twoGroupsThatBecomeOneGiveItTheEditsOfTheOneThatKeptItsKeyAndTheOtherWaitsUnderItsOwn() {
        Map<String, Set<Long>> held = Map.of("q:isis", Set.of(1L, 2L), "q:is", Set.of(3L, 4L, 5L));

        GroupCarry carry = GroupCarry.of(List.of("q:isis", "q:is"), held, keys("q:isis", 5));

        assertThat(carry.now("q:isis")).isEqualTo("q:isis");
        assertThat(carry.now("q:is")).isEqualTo("q:is"); // no group of that key now: its edits apply to none
        assertThat(carry.displaced()).isEmpty();
    }

    @Test
    void twoMovedGroupsNeverClaimOneAndTheOneWithMoreClaimsChoosesFirst() {
        Map<String, Set<Long>> held = Map.of("q:x", Set.of(1L, 2L, 3L), "q:y", Set.of(4L, 5L));

        GroupCarry carry = GroupCarry.of(List.of("q:x", "q:y"), held, keys("q:z", 5));

        assertThat(carry.now("q:x")).isEqualTo("q:z");
        assertThat(carry.now("q:y")).isEqualTo("q:y");
    }

    @Test
    void aGroupWhoseKeyAnotherTookAndThatFoundNoOtherIsDisplaced() {
        // x's claims went to y's key, and y's claims went to z's key, where z holds more of its own
        Map<String, Set<Long>> held = Map.of("q:x", Set.of(1L, 2L), "q:y", Set.of(3L, 4L, 5L), "q:z", Set.of(6L, 7L, 8L, 9L));

        GroupCarry carry = GroupCarry.of(List.of("q:x", "q:y", "q:z"), held, keys("q:y", 2, "q:z", 7));

        assertThat(carry.now("q:z")).isEqualTo("q:z");
        assertThat(carry.now("q:x")).isEqualTo("q:y");
        assertThat(carry.displaced()).containsExactly("q:y");
    }

    @Test
    void aGroupThatRemembersNoClaimsKeepsItsKey() {
        GroupCarry carry = GroupCarry.of(List.of("q:a"), Map.of(), keys("q:b", 3));

        assertThat(carry.isNone()).isTrue();
    }
}
