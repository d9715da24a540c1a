package org.eventdesk.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What an attacker types as a user name reaches the server log as one harmless line. */
class LogTextTest {

    @Test
    void lineBreaksCannotForgeALogLine() {
        String forged = "x\r\nINFO  [Authenticator] Login SUCCESS for 'admin' from 10.0.0.1";

        String logged = LogText.quoted(forged);

        assertFalse(logged.contains("\n"), logged);
        assertFalse(logged.contains("\r"), logged);
        assertEquals("'x\\r\\nINFO  [Authenticator] Login SUCCESS for \\'admin\\' from 10.0.0.1'", logged);
    }

    @Test
    void otherControlAndInvisibleCharactersAreEscapedToo() {
        assertEquals("'a\\u0000b\\u001bc\\td'", LogText.quoted("a\u0000b\u001bc\td"));
        assertEquals("'\\u2028\\u2029\\u0085'", LogText.quoted("\u2028\u2029\u0085"), "separators a viewer breaks on");
        assertEquals("'evil\\u202etxt.exe'", LogText.quoted("evil\u202etxt.exe"), "a bidirectional override");
        assertEquals("'\\ud800'", LogText.quoted("\ud800"), "a lone surrogate");
        assertEquals("'back\\\\slash'", LogText.quoted("back\\slash"));
    }

    @Test
    void ordinaryNamesStayReadable() {
        assertEquals("'editor2'", LogText.quoted("editor2"));
        assertEquals("'Zoë Ünal 🙂'", LogText.quoted("Zoë Ünal 🙂"));
        assertEquals("(none)", LogText.quoted(null));
        assertEquals("''", LogText.quoted(""));
    }

    @Test
    void aHugeNameIsCutAndSaysHowLongItWas() {
        String logged = LogText.quoted("a".repeat(1_000_000));

        assertTrue(logged.length() < LogText.MAX_LENGTH + 30, logged);
        assertTrue(logged.endsWith("…(1000000 chars)'"), logged);
    }
}
