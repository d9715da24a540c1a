package org.eventdesk.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a duplicate is told: with the existing source's title to those who read sources, without it to the rest. */
class ExistingSourceTest {

    @Test
    void aCallerWhoCannotReadSourcesLearnsTheNumberButNotTheTitle() {
        ExistingSource existing = new ExistingSource(42, "Strike on Kyiv", ExistingSource.Match.SAME_URL);

        assertEquals("A source with the same URL is already in the desk: #42 \"Strike on Kyiv\"", existing.describe());
        ExistingSource told = existing.withoutTitle();
        assertEquals("A source with the same URL is already in the desk: #42", told.describe());
        assertEquals(42, told.id());
        assertEquals(ExistingSource.Match.SAME_URL, told.match());
    }
}
