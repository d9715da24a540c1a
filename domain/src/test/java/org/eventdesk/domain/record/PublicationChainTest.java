package org.eventdesk.domain.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationChainTest {
    private static final Instant AT = Instant.parse("2025-12-27T12:00:00Z");

    private static List<Publication> chain(int length) {
        List<Publication> entries = new ArrayList<>();
        String previous = Publication.GENESIS;
        for (int i = 0; i < length; i++) {
            Publication p = Publication.seal(
                    previous,
                    10 + i,
                    1,
                    PublicationKind.PUBLISHED,
                    "Record " + i,
                    null,
                    RecordSnapshot.empty(),
                    AT.plusSeconds(i),
                    "editor",
                    "reviewer");
            Fixtures.setId(p, i + 1);
            entries.add(p);
            previous = p.hash();
        }
        return entries;
    }

    @Test
    void anUntouchedLogVerifies() {
        assertTrue(PublicationChain.verify(chain(5)).isEmpty());
    }

    @Test
    void changingAnyPastEntryIsDetectedAtThatEntry() throws ReflectiveOperationException {
        List<Publication> entries = chain(5);
        Field title = Publication.class.getDeclaredField("title");
        title.setAccessible(true);
        title.set(entries.get(2), "A quietly edited title");

        assertEquals(3L, PublicationChain.verify(entries).orElseThrow().entryId());
    }

    @Test
    void removingAnEntryIsDetectedAtTheNextOne() {
        List<Publication> entries = chain(5);
        entries.remove(1);

        PublicationChain.Break found = PublicationChain.verify(entries).orElseThrow();

        assertEquals(3L, found.entryId());
        assertTrue(found.reason().contains("does not follow"), found.reason());
    }
}
