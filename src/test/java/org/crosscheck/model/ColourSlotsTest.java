package org.crosscheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColourSlotsTest {

    @Test
    void theFirstSourcesAllGetDifferentSlots() {
        ColourSlots slots = ColourSlots.NONE.with(List.of(5L, 2L, 9L, 1L, 7L), 8);

        assertThat(List.of(1L, 2L, 5L, 7L, 9L).stream().map(slots::of)).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aSourceKeepsItsSlotWhenOthersComeAndGo() {
        ColourSlots before = new ColourSlots(Map.of(3L, 0, 8L, 1, 12L, 2));

        ColourSlots after = before.with(List.of(1L, 8L, 12L, 20L), 8);

        assertThat(after.of(8L)).isEqualTo(1);
        assertThat(after.of(12L)).isEqualTo(2);
        assertThat(after.of(1L)).as("a new source takes the first slot no source has").isEqualTo(3);
        assertThat(after.of(20L)).isEqualTo(4);
    }

    @Test
    void slotsAreSharedOnlyWhenEveryOneIsTaken() {
        ColourSlots slots = ColourSlots.NONE.with(List.of(1L, 2L, 3L), 2);

        assertThat(List.of(slots.of(1L), slots.of(2L), slots.of(3L))).containsExactly(0, 1, 0);
        assertThat(slots.with(List.of(1L, 2L, 3L), 2)).isSameAs(slots);
    }
}
