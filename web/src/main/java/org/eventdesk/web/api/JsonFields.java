package org.eventdesk.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.Validation;

/**
 * Reads the members of a JSON request body and collects everything wrong with them, so one 400 answer names
 * every bad field (with what was expected) instead of the first one a binder tripped over.
 */
final class JsonFields {
    private final JsonObject json;
    private final Validation check = new Validation();

    private JsonFields(JsonObject json) {
        this.json = json;
    }

    static JsonFields read(InputStream body) throws PayloadTooLargeException {
        try (JsonReader reader = Json.createReader(body)) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException("body", "must be a JSON object");
            }
            return new JsonFields(value.asJsonObject());
        } catch (JsonParsingException e) {
            throw new InvalidInputException("body", "is not valid JSON (" + e.getMessage() + ")");
        } catch (JsonException e) {
            if (e.getCause() instanceof PayloadTooLargeException tooLarge) {
                throw tooLarge;
            }
            throw new InvalidInputException("body", e.getMessage() == null ? "is empty or unreadable" : e.getMessage());
        }
    }

    boolean has(String name) {
        return json.containsKey(name) && json.get(name).getValueType() != JsonValue.ValueType.NULL;
    }

    String text(String name, boolean required) {
        if (!has(name)) {
            check.require(!required, name, "is required");
            return null;
        }
        if (!(json.get(name) instanceof JsonString string)) {
            check.add(new FieldError(name, "must be a string"));
            return null;
        }
        check.require(!required || !string.getString().isBlank(), name, "is required and must not be blank");
        return string.getString();
    }

    <E extends Enum<E>> E oneOf(String name, Class<E> type, boolean required) {
        String value = text(name, required);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            check.add(new FieldError(
                    name,
                    "must be one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", "))));
            return null;
        }
    }

    /** An ISO-8601 time with its offset, e.g. {@code 2025-12-27T11:20:00+02:00}. */
    ZonedDateTime timeWithOffset(String name, boolean required) {
        String value = text(name, required);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toZonedDateTime();
        } catch (DateTimeParseException e) {
            check.add(
                    new FieldError(name, "must be an ISO-8601 time with an offset, such as 2025-12-27T11:20:00+02:00"));
            return null;
        }
    }

    Instant instant(String name, boolean required) {
        ZonedDateTime time = timeWithOffset(name, required);
        return time == null ? null : time.toInstant();
    }

    void require(boolean condition, String field, String message) {
        check.require(condition, field, message);
    }

    void throwIfAny() {
        check.throwIfAny();
    }
}
