package org.eventdesk.web.ui.records.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.eventdesk.application.record.PresenceService;
import org.junit.jupiter.api.Test;

/** The banner names everyone else editing the record, and says nothing when no one is. */
class PresenceBannerTest {
    @Test
    void namesEachOtherEditorWithTheTimeTheyOpenedTheRecord() {
        String text = PresenceBanner.text(List.of(
                new PresenceService.Editing("editor2", Instant.parse("2026-11-30T00:10:00Z")),
                new PresenceService.Editing("reviewer", Instant.parse("2026-11-30T00:12:00Z"))));

        assertEquals(
                "Being edited by editor2 since "
                        + org.eventdesk.web.ui.Formats.utc(Instant.parse("2026-11-30T00:10:00Z"))
                        + "; Being edited by reviewer since "
                        + org.eventdesk.web.ui.Formats.utc(Instant.parse("2026-11-30T00:12:00Z"))
                        + ". Saving over a newer version is refused, so agree who saves first.",
                text);
    }

    @Test
    void saysNothingWhenNoOneElseHasItOpen() {
        assertEquals("", PresenceBanner.text(List.of()));
    }
}
