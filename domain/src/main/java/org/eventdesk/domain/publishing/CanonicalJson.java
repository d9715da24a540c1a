package org.eventdesk.domain.publishing;

import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * JSON in the RFC 8785 canonical form (JCS): members sorted by their UTF-16 code units, no whitespace, strings
 * and numbers written one way only. Two parties that hold the same JSON value get the same bytes, so a hash of
 * them means one thing; an auditor can recompute it with any JCS implementation.
 */
public final class CanonicalJson {
    private CanonicalJson() {}

    public static String of(JsonValue value) {
        return of(value.toString());
    }

    /** @param json any JSON text; its canonical form */
    public static String of(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedString();
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + e.getMessage(), e);
        }
    }
}
