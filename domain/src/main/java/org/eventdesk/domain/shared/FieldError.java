package org.eventdesk.domain.shared;

/**
 * One thing wrong with one field of some input, worded for the person who typed it.
 *
 * @param field the field's name as the caller knows it (API JSON name, form field)
 * @param wording what is wrong and, where possible, what would be right; the desk's screens word it in their
 *     reader's language, the API in English ({@link #message()})
 */
public record FieldError(String field, Wording wording) {
    /** The problem under {@code key} of the wording bundles, filled with {@code args}. */
    public static FieldError of(String field, String key, Object... args) {
        return new FieldError(field, Wording.of(key, args));
    }

    /** The problem in English, as the API and the import report say it. */
    public String message() {
        return wording.english();
    }
}
