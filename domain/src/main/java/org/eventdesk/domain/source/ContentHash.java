package org.eventdesk.domain.source;

import java.text.Normalizer;
import org.eventdesk.domain.shared.Hashing;

/**
 * The fingerprint that recognises the same article pasted twice: SHA-256 over the cleaned text with Unicode
 * normalised (NFC) and every run of white space made one space, so line breaks and spacing do not matter.
 */
public final class ContentHash {
    private ContentHash() {}

    public static String of(String cleanedText) {
        String normalized = Normalizer.normalize(cleanedText, Normalizer.Form.NFC)
                .replaceAll("\\s+", " ")
                .strip();
        return Hashing.sha256Hex(normalized);
    }
}
