package org.eventdesk.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.eventdesk.domain.publishing.PublicQuery;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.domain.record.RecordQuery;
import org.junit.jupiter.api.Test;

/**
 * The list cursors: a page's end given out as a token and taken back as the same position, in the order it was
 * given for; anything else (garbage, a token edited by hand, another order's token) refused with a message for the
 * caller, never an exception of another kind.
 */
class CursorsTest {
    private static final Instant TIME = Instant.parse("2025-12-27T09:20:00Z");
    private static final Set<String> PUBLIC_REFUSALS = Set.of("is not a cursor this list gave out");

    private static String token(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    // ---- the public lists -----------------------------------------------------------------------------------

    @Test
    void aPublicCursorComesBackAsThePositionItWasGivenForForwardAndBack() {
        for (PublicQuery.Order order : PublicQuery.Order.values()) {
            for (PublicQuery.Cursor position :
                    List.of(PublicQuery.Cursor.after(TIME, 42), PublicQuery.Cursor.before(TIME, 42))) {
                String token = PublicCursor.encode(order, position);

                assertEquals(position, PublicCursor.decode(token, order), order + " " + position);
                assertTrue(token.matches("[A-Za-z0-9_-]+"), "safe in a query string unencoded: " + token);
            }
        }
        assertNotEquals(
                PublicCursor.encode(PublicQuery.Order.EVENT_TIME, PublicQuery.Cursor.after(TIME, 42)),
                PublicCursor.encode(PublicQuery.Order.EVENT_TIME, PublicQuery.Cursor.before(TIME, 42)),
                "the direction is part of the token");
    }

    @Test
    void aPublicCursorOfOneOrderDoesNotContinueAnother() {
        String updated = PublicCursor.encode(PublicQuery.Order.UPDATED, PublicQuery.Cursor.after(TIME, 42));

        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, () -> PublicCursor.decode(updated, PublicQuery.Order.EVENT_TIME));
        assertEquals(
                "was given out for order=updated; continue with the same order, or start again without a cursor",
                refused.getMessage());
    }

    @Test
    void garbageAndEditedPublicCursorsAreRefusedWithOneMessage() {
        List<String> tokens = List.of(
                "",
                "not a cursor!",
                "====",
                "x".repeat(201),
                token("e1|event|n|2025-12-27T09:20:00Z"),
                token("e1|event|n|2025-12-27T09:20:00Z|42|7"),
                token("e2|event|n|2025-12-27T09:20:00Z|42"),
                token("e1|event|x|2025-12-27T09:20:00Z|42"),
                token("e1|event|n|yesterday|42"),
                token("e1|event|n|2025-12-27T09:20:00Z|0"),
                token("e1|event|n|2025-12-27T09:20:00Z|-42"),
                token("e1|event|n|2025-12-27T09:20:00Z|99999999999999999999"),
                token("e1|event|n|2025-12-27T09:20:00Z|4x2"));
        for (String token : tokens) {
            IllegalArgumentException refused = assertThrows(
                    IllegalArgumentException.class,
                    () -> PublicCursor.decode(token, PublicQuery.Order.EVENT_TIME),
                    token);
            assertEquals("is not a cursor this list gave out", refused.getMessage(), token);
        }
    }

    @Test
    void aPublicCursorEditedAnywhereIsEitherAPositionOrARefusalNeverAnotherException() {
        String token = PublicCursor.encode(PublicQuery.Order.EVENT_TIME, PublicQuery.Cursor.after(TIME, 42));
        Random random = new Random(11);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/ %|\u00e9\u0000";
        int refused = 0;
        for (int i = 0; i < 5000; i++) {
            StringBuilder edited = new StringBuilder(token);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(edited.length());
                switch (random.nextInt(3)) {
                    case 0 -> edited.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> edited.deleteCharAt(at);
                    default -> edited.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            try {
                PublicQuery.Cursor position = PublicCursor.decode(edited.toString(), PublicQuery.Order.EVENT_TIME);
                assertTrue(position.recordId() > 0, edited::toString);
            } catch (IllegalArgumentException e) {
                assertTrue(
                        PUBLIC_REFUSALS.contains(e.getMessage())
                                || e.getMessage().startsWith("was given out for order="),
                        edited + ": " + e.getMessage());
                refused++;
            }
        }
        assertTrue(refused > 2500, "most edits break the token: " + refused);
    }

    // ---- the editorial records list -------------------------------------------------------------------------

    @Test
    void aRecordsCursorComesBackAsThePositionItWasGivenFor() {
        RecordListing.Cursor position = new RecordListing.Cursor(TIME, 42);
        for (RecordQuery.Order order : RecordQuery.Order.values()) {
            assertEquals(position, ListCursor.decode(ListCursor.encode(order, position), order), order.name());
        }
    }

    @Test
    void aRecordWithoutATimeCanEndAPageInEventOrderButNotInChangeOrder() {
        RecordListing.Cursor untimed = new RecordListing.Cursor(null, 42);

        String token = ListCursor.encode(RecordQuery.Order.EVENT_TIME, untimed);

        assertEquals(untimed, ListCursor.decode(token, RecordQuery.Order.EVENT_TIME));
        String edited = token("v1|changed||42");
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, () -> ListCursor.decode(edited, RecordQuery.Order.LAST_CHANGE));
        assertEquals("is not a cursor this list gave out", refused.getMessage());
    }

    @Test
    void aRelevanceCursorCarriesHowManyRowsWereReadAndContinuesNoTimeOrder() {
        RecordListing.Cursor read = new RecordListing.Cursor(null, 50);

        String token = ListCursor.encode(RecordQuery.Order.RELEVANCE, read);

        assertEquals(read, ListCursor.decode(token, RecordQuery.Order.RELEVANCE));
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, () -> ListCursor.decode(token, RecordQuery.Order.LAST_CHANGE));
        assertTrue(refused.getMessage().startsWith("was given out for order=relevance"), refused.getMessage());
    }

    @Test
    void aRecordsCursorOfOneOrderDoesNotContinueAnother() {
        String changed = ListCursor.encode(RecordQuery.Order.LAST_CHANGE, new RecordListing.Cursor(TIME, 42));

        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, () -> ListCursor.decode(changed, RecordQuery.Order.EVENT_TIME));
        assertTrue(refused.getMessage().startsWith("was given out for order=changed"), refused.getMessage());
    }

    @Test
    void garbageAndEditedRecordsCursorsAreRefused() {
        List<String> tokens = List.of(
                "",
                "%%%",
                "y".repeat(201),
                token("e1|event|n|2025-12-27T09:20:00Z|42"),
                token("v1|event|2025-12-27T09:20:00Z"),
                token("v2|event|2025-12-27T09:20:00Z|42"),
                token("v1|event|noon|42"),
                token("v1|event|2025-12-27T09:20:00Z|0"),
                token("v1|event|2025-12-27T09:20:00Z|forty-two"));
        for (String token : tokens) {
            IllegalArgumentException refused = assertThrows(
                    IllegalArgumentException.class,
                    () -> ListCursor.decode(token, RecordQuery.Order.EVENT_TIME),
                    token);
            assertEquals("is not a cursor this list gave out", refused.getMessage(), token);
        }
    }
}
