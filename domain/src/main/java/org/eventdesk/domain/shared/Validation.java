package org.eventdesk.domain.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects field errors so that a caller hears about every bad field at once; {@link #throwIfAny()} ends the
 * check. Used by factories of the model, which refuse to build an object in a broken state.
 */
public final class Validation {
    private final List<FieldError> errors = new ArrayList<>();

    public Validation require(boolean condition, String field, String message) {
        if (!condition) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public Validation requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.length() > maxLength) {
            errors.add(new FieldError(field, "is longer than " + maxLength + " characters"));
        }
        return this;
    }

    public Validation optionalText(String value, String field, int maxLength) {
        if (value != null && value.length() > maxLength) {
            errors.add(new FieldError(field, "is longer than " + maxLength + " characters"));
        }
        return this;
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
