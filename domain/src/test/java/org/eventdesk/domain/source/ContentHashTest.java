package org.eventdesk.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ContentHashTest {
    @Test
    void spacingAndLineBreaksDoNotMakeADifferentArticle() {
        assertEquals(
                ContentHash.of("Two people were killed.\n\nAt least 46 wounded."),
                ContentHash.of("  Two people  were killed.\nAt least 46 wounded.  "));
    }

    @Test
    void differentWordsDo() {
        assertNotEquals(ContentHash.of("Two people were killed."), ContentHash.of("Three people were killed."));
    }

    @Test
    void isSha256InHex() {
        assertEquals("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", ContentHash.of("hello"));
    }
}
