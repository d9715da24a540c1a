package org.eventdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.eventdesk.domain.source.RejectedSuggestion;
import org.junit.jupiter.api.Test;

class SuggestionKindTest {
    /** The desk stores a rejection under the kind's code; a kind it would refuse could never be hidden. */
    @Test
    void everyKindTheAssistantSuggestsIsOneTheDeskStoresRejectionsFor() {
        assertEquals(
                RejectedSuggestion.KINDS,
                Arrays.stream(SuggestionKind.values()).map(SuggestionKind::code).collect(Collectors.toSet()));
    }
}
