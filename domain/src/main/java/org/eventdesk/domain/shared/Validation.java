package org.eventdesk.domain.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects field errors so that a caller hears about every bad field at once; {@link #throwIfAny()} ends the
 * check. Used by factories of the model, which refuse to build an object in a broken state.
 */
public final class Validation {
    private final List<FieldError> errors = new ArrayList<>();

    /** Adds {@code problem} to {@code field}'s errors when {@code condition} fails. */
    public Validation require(boolean condition, String field, Wording problem) {
        if (!condition) {
            errors.add(new FieldError(field, problem));
        }
        return this;
    }

    public Validation requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "text.required"));
        } else {
            optionalText(value, field, maxLength);
        }
        return this;
    }

    public Validation optionalText(String value, String field, int maxLength) {
        Wording problem = textProblem(value, maxLength);
        if (problem != null) {
            errors.add(new FieldError(field, problem));
        }
        return this;
    }

    /**
     * What keeps a text out of a column of {@code maxLength} characters, or {@code null} when it fits: the one
     * rule for every length limit, applied by the model, the API and the forms alike. Text is stored stripped, so
     * it is measured stripped. A NUL character is refused everywhere: no report or note holds one, and
     * PostgreSQL cannot store it in a text column.
     */
    public static Wording textProblem(String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.indexOf(0) >= 0) {
            return Wording.of("text.hasNul");
        }
        if (value.strip().length() > maxLength) {
            return Wording.of("text.tooLong", maxLength);
        }
        return null;
    }

    public Validation add(FieldError error) {
        errors.add(error);
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Blank optional text is stored as absent, not as an empty string. */
    public static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
