package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.GroupEdits;
import org.crosscheck.model.Verdict;
import org.junit.jupiter.api.Test;

class GroupEditsRemapTest {

    private static final Map<Long, Long> CLAIMS = Map.of(1L, 101L, 2L, 102L, 3L, 103L);
    private static final Map<Long, Long> STORIES = Map.of(7L, 70L, 8L, 80L);

    @Test
    void aStorysGroupFollowsTheStoryAndAnEntitysGroupStaysAsItIs() {
        GroupEdits edits = GroupEdits.NONE.rename("q:s7|people killed|", "The toll")
                .rename("q:islamic state|fighters|afghanistan", "ISIS fighters")
                .note("q:s8|people shot or injured|", "the hurt").merge("q:s8|people shot or injured|", "q:s7|people killed|");

        GroupEdits remapped = GroupEditsRemap.remap(edits, CLAIMS, STORIES);

        assertThat(GroupEditsRemap.storiesNamed(edits)).containsExactlyInAnyOrder(7L, 8L);
        assertThat(remapped.names()).containsOnly(Map.entry("q:s70|people killed|", "The toll"),
                Map.entry("q:islamic state|fighters|afghanistan", "ISIS fighters"));
        assertThat(remapped.notes()).containsOnly(Map.entry("q:s80|people shot or injured|", "the hurt"));
        assertThat(remapped.merges()).containsOnly(Map.entry("q:s80|people shot or injured|", "q:s70|people killed|"));
    }

    @Test
    void claimsFollowTheirNewIdsAndEditsOfClaimsTheFileDoesNotHoldAreLeftOut() {
        GroupEdits edits = GroupEdits.NONE.move(1, "q:s7|people killed|").move(9, "q:s7|people killed|")
                .exclude(2).exclude(9).linkEvent("fire", Set.of(1L, 3L, 9L))
                .override(1, 2, Verdict.AGREES, "same").override(1, 9, Verdict.CONTRADICTS, "gone")
                .dismiss(3, 2).dismiss(3, 9);

        GroupEdits remapped = GroupEditsRemap.remap(edits, CLAIMS, STORIES);

        assertThat(remapped.moves()).containsOnly(Map.entry(101L, "q:s70|people killed|"));
        assertThat(remapped.excluded()).containsExactly(102L);
        assertThat(remapped.events()).singleElement().satisfies(event -> {
            assertThat(event.id()).isEqualTo("e:1");
            assertThat(event.claimIds()).containsExactlyInAnyOrder(101L, 103L);
        });
        assertThat(remapped.overrides()).isEqualTo(List.of(new GroupEdits.VerdictOverride(101, 102, Verdict.AGREES, "same")));
        assertThat(remapped.isDismissed(102, 103)).isTrue();
        assertThat(remapped.dismissed()).hasSize(1);
    }
}
