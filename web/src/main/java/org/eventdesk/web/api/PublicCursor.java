package org.eventdesk.web.api;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import org.eventdesk.domain.publishing.PublicQuery;

/**
 * The {@code cursor} of the public lists: an opaque token for "the page after (or before) this record, in this
 * order". Inside it is {@code e1|<order>|<n or p>|<sort time>|<record id>} in base64url, which callers must not
 * build or read. Because it names a position (a time and an id) rather than a count, pages stay correct while
 * records are published in between: nothing is skipped or shown twice.
 */
final class PublicCursor {
    private static final String VERSION = "e1";
    private static final int MAX_LENGTH = 200;
    private static final String REFUSAL = "is not a cursor this list gave out";

    private PublicCursor() {}

    static String encode(PublicQuery.Order order, PublicQuery.Cursor cursor) {
        String plain = String.join(
                "|",
                VERSION,
                name(order),
                cursor.backwards() ? "p" : "n",
                cursor.time().toString(),
                Long.toString(cursor.recordId()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException with a message for the caller */
    static PublicQuery.Cursor decode(String token, PublicQuery.Order order) {
        if (token.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(REFUSAL);
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(REFUSAL);
        }
        if (parts.length != 5 || !parts[0].equals(VERSION) || !(parts[2].equals("n") || parts[2].equals("p"))) {
            throw new IllegalArgumentException(REFUSAL);
        }
        if (!parts[1].equals(name(order))) {
            throw new IllegalArgumentException("was given out for order=" + parts[1]
                    + "; continue with the same order, or start again without a cursor");
        }
        try {
            long id = Long.parseLong(parts[4]);
            if (id <= 0) {
                throw new IllegalArgumentException(REFUSAL);
            }
            return new PublicQuery.Cursor(Instant.parse(parts[3]), id, parts[2].equals("p"));
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException(REFUSAL);
        }
    }

    static String name(PublicQuery.Order order) {
        return order == PublicQuery.Order.UPDATED ? "updated" : "event";
    }
}
