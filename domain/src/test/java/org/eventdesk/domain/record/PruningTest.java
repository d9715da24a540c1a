package org.eventdesk.domain.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.eventdesk.domain.record.RecordInput.FactAt;
import org.eventdesk.domain.record.RecordInput.FactList;
import org.junit.jupiter.api.Test;

/** An editor unticks facts of a proposed draft before creating it: the rest must stay exactly as proposed. */
class PruningTest {
    private static final RecordInput DRAFT = RecordInputs.titled("Drone strike on Kyiv")
            .place("Kyiv", "UA")
            .place("Kharkiv", "UA")
            .actor("Russia", ActorKind.STATE, ActorRole.INITIATOR)
            .figure("KILLED", Qualifier.AT_LEAST, 4)
            .figure(RecordInputs.partOf("CHILDREN", Qualifier.EXACT, 2, 0))
            .figure("INJURED", Qualifier.EXACT, 30)
            .figure(RecordInputs.partOf("CHILDREN", Qualifier.EXACT, 5, 2))
            .input();

    @Test
    void droppedFactsGoAndTheRestKeepTheirOrder() {
        RecordInput pruned = DRAFT.without(Set.of(new FactAt(FactList.PLACES, 0), new FactAt(FactList.ACTORS, 0)));

        assertEquals(
                List.of("Kharkiv"),
                pruned.places().stream().map(RecordInput.PlaceInput::name).toList());
        assertEquals(List.of(), pruned.actors());
        assertEquals(DRAFT.figures(), pruned.figures());
        assertEquals(DRAFT.title(), pruned.title());
        assertEquals(DRAFT.time(), pruned.time());
    }

    @Test
    void aPartFollowsItsWholeToItsNewIndex() {
        RecordInput pruned = DRAFT.without(Set.of(new FactAt(FactList.FIGURES, 1)));

        assertEquals(
                List.of("KILLED", "INJURED", "CHILDREN"),
                pruned.figures().stream().map(RecordInput.FigureInput::category).toList());
        assertEquals(1, pruned.figures().get(2).parent(), "the injured children are still part of the injured");
    }

    @Test
    void aPartWhoseWholeIsDroppedStandsAlone() {
        RecordInput pruned = DRAFT.without(Set.of(new FactAt(FactList.FIGURES, 0)));

        assertEquals("CHILDREN", pruned.figures().get(0).category());
        assertNull(pruned.figures().get(0).parent());
        assertEquals(1, pruned.figures().get(2).parent());
    }
}
