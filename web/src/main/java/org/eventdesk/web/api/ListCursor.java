package org.eventdesk.web.api;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.domain.record.RecordQuery;

/**
 * The {@code cursor} of the records list: where the last page ended, as an opaque token. Inside it is
 * {@code v1|<order>|<sort time or empty>|<id>} in base64url, which callers must not build or read; the order is
 * part of it, so a cursor of one order cannot continue a list in another.
 */
final class ListCursor {
    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MAX_LENGTH = 200;

    private ListCursor() {}

    static String encode(RecordQuery.Order order, RecordListing.Cursor cursor) {
        String plain = String.join(
                "|",
                VERSION,
                name(order),
                cursor.time() == null ? "" : cursor.time().toString(),
                Long.toString(cursor.id()));
        return ENCODER.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws IllegalArgumentException with a message for the caller when the token is not a cursor of this
     *     list in this order
     */
    static RecordListing.Cursor decode(String token, RecordQuery.Order order) {
        if (token.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("is not a cursor this list gave out");
        }
        String[] parts;
        try {
            parts = new String(DECODER.decode(token.strip()), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not a cursor this list gave out");
        }
        if (parts.length != 4 || !parts[0].equals(VERSION)) {
            throw new IllegalArgumentException("is not a cursor this list gave out");
        }
        if (!parts[1].equals(name(order))) {
            throw new IllegalArgumentException("was given out for order=" + parts[1]
                    + "; continue with the same order, or start again without a cursor");
        }
        try {
            Instant time = parts[2].isEmpty() ? null : Instant.parse(parts[2]);
            long id = Long.parseLong(parts[3]);
            if (id <= 0 || time == null && order == RecordQuery.Order.LAST_CHANGE) {
                throw new IllegalArgumentException("is not a cursor this list gave out");
            }
            return new RecordListing.Cursor(time, id);
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("is not a cursor this list gave out");
        }
    }

    static String name(RecordQuery.Order order) {
        return switch (order) {
            case EVENT_TIME -> "event";
            case LAST_CHANGE -> "changed";
            case RELEVANCE -> "relevance";
        };
    }
}
