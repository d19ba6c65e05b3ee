package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.junit.jupiter.api.Test;

/** Which entity of the alias table before an edit each entity after it is: what keeps a claim's link. */
class EntityMatchingTest {

    private static final Entity KABULOV = new Entity("Kabulov", EntityType.PERSON, List.of());
    private static final Entity ISIS = new Entity("Islamic State", EntityType.ORGANISATION, List.of("ISIS", "IS"));
    private static final Entity TALIBAN = new Entity("Taliban", EntityType.ORGANISATION, List.of("the Taliban"));

    @Test
    void anEntityRenamedWithOneOfItsNamesKeptIsItselfWhereverItMoves() {
        Entity renamed = new Entity("ISKP", EntityType.ORGANISATION, List.of("ISIS", "IS"));
        Entity added = new Entity("al-Qaeda", EntityType.ORGANISATION, List.of());

        assertThat(EntityMatching.match(List.of(KABULOV, ISIS, TALIBAN), List.of(added, TALIBAN, renamed, KABULOV)))
                .containsExactly(-1, 2, 1, 0);
    }

    @Test
    void aNameChangedOutrightInItsPlaceIsARenameButARowTakenAwayAndAnotherAddedIsNot() {
        Entity zamir = new Entity("Zamir Kabulov", EntityType.PERSON, List.of());

        assertThat(EntityMatching.match(List.of(KABULOV, ISIS), List.of(zamir, ISIS))).containsExactly(0, 1);
        assertThat(EntityMatching.match(List.of(KABULOV, ISIS), List.of(zamir, ISIS, TALIBAN))).containsExactly(-1, 1, -1);
        assertThat(EntityMatching.match(List.of(KABULOV, ISIS), List.of(ISIS, TALIBAN))).containsExactly(1, -1);
    }

    @Test
    void aRowThatCarriesItsEntitysIdIsThatEntityWhateverItsNamesAndOnlyRowsWithoutOneAreToldByTheirNames() {
        Entity daesh = new Entity("Daesh Khorasan", EntityType.ORGANISATION, List.of("DK"));
        Entity isisAnew = new Entity("ISIS", EntityType.ORGANISATION, List.of()); // shares a name with the renamed row
        Entity zamir = new Entity("Zamir Kabulov", EntityType.PERSON, List.of());

        assertThat(EntityMatching.match(List.of(11L, 12L), List.of(KABULOV, ISIS), List.of(12L, 0L, 0L),
                List.of(daesh, isisAnew, TALIBAN))).containsExactly(1, -1, -1);
        // with ids, a row changed in its place is no rename: the editor would have said so
        assertThat(EntityMatching.match(List.of(11L, 12L), List.of(KABULOV, ISIS), List.of(0L, 12L),
                List.of(zamir, ISIS))).containsExactly(-1, 1);
        // without any, as a pasted table, it is
        assertThat(EntityMatching.match(List.of(11L, 12L), List.of(KABULOV, ISIS), List.of(0L, 0L),
                List.of(zamir, ISIS))).containsExactly(0, 1);
    }
}
