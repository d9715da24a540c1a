package org.eventdesk.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eventdesk.domain.record.FigureValue;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.JsonP;
import org.eventdesk.domain.shared.Validation;
import org.eventdesk.domain.shared.Wording;

/**
 * Reads the members of a JSON request body and collects everything wrong with them, so one 400 answer names
 * every bad field (with what was expected) instead of the first one a binder tripped over.
 *
 * <p>Nested objects and arrays are read through {@link #object} and {@link #objects}, which share the collected
 * errors and name fields by their path from the top of the body ({@code figures[2].qualifier},
 * {@code time.evidence[0].start}), the same way the model names the fields its rules refuse.
 */
final class JsonFields {
    /** Times beyond these years cannot be stored; nobody reports events there. */
    private static final int MIN_YEAR = 1;

    private static final int MAX_YEAR = 9999;

    private final JsonObject json;
    private final Validation check;
    private final String prefix;

    private JsonFields(JsonObject json, Validation check, String prefix) {
        this.json = json;
        this.check = check;
        this.prefix = prefix;
    }

    static JsonFields read(InputStream body) throws PayloadTooLargeException {
        JsonValue value;
        // A parser rather than a reader: the reader stops after the first value and never looks at what follows,
        // so '{"title": "a"} {"title": "b"}' was read as the first object and the rest silently dropped.
        try (JsonParser parser = JsonP.PROVIDER.createParser(body)) {
            if (!parser.hasNext()) {
                throw RequestProblems.refused("body", "is empty; send a JSON object");
            }
            parser.next();
            value = parser.getValue();
            if (parser.hasNext()) {
                throw RequestProblems.refused("body", "goes on after its JSON value; send exactly one JSON object");
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (JsonParsingException e) {
            throw RequestProblems.refused("body", "is not valid JSON (" + e.getMessage() + ")");
        } catch (JsonException e) {
            if (e.getCause() instanceof PayloadTooLargeException tooLarge) {
                throw tooLarge;
            }
            throw RequestProblems.refused("body", e.getMessage() == null ? "is empty or unreadable" : e.getMessage());
        } catch (RuntimeException e) {
            // The parser's own limits (Parsson: nesting deeper than 1,000, numbers of more than 1,100 digits) end the
            // reading with exceptions of their own; the body is what is wrong, and nothing was computed from it.
            throw RequestProblems.refused(
                    "body", "cannot be read (" + (e.getMessage() == null ? "too complex" : e.getMessage()) + ")");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw RequestProblems.refused("body", "must be a JSON object");
        }
        return new JsonFields(value.asJsonObject(), new Validation(), "");
    }

    /** The member's full path from the top of the body, as field errors name it. */
    String path(String name) {
        return prefix + name;
    }

    boolean has(String name) {
        return json.containsKey(name) && json.get(name).getValueType() != JsonValue.ValueType.NULL;
    }

    private void error(String name, String message) {
        check.add(RequestProblems.field(path(name), message));
    }

    String text(String name, boolean required) {
        if (!has(name)) {
            check.require(!required, path(name), Wording.of("text.required"));
            return null;
        }
        if (!(json.get(name) instanceof JsonString string)) {
            error(name, "must be a string");
            return null;
        }
        check.require(
                !required || !string.getString().isBlank(),
                path(name),
                Wording.untranslated("is required and must not be blank"));
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
            error(
                    name,
                    "'" + value + "' is not allowed; must be one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
            return null;
        }
    }

    /** An ISO-8601 time with its offset, e.g. {@code 2025-12-27T11:20:00+02:00}. */
    OffsetDateTime offsetTime(String name, boolean required) {
        String value = text(name, required);
        if (value == null) {
            return null;
        }
        try {
            OffsetDateTime time = OffsetDateTime.parse(value.strip());
            if (time.getYear() < MIN_YEAR || time.getYear() > MAX_YEAR) {
                error(name, "must lie between the years " + MIN_YEAR + " and " + MAX_YEAR);
                return null;
            }
            return time;
        } catch (DateTimeParseException e) {
            error(name, "must be an ISO-8601 time with an offset, such as 2025-12-27T11:20:00+02:00");
            return null;
        }
    }

    ZonedDateTime timeWithOffset(String name, boolean required) {
        OffsetDateTime time = offsetTime(name, required);
        return time == null ? null : time.toZonedDateTime();
    }

    Instant instant(String name, boolean required) {
        OffsetDateTime time = offsetTime(name, required);
        return time == null ? null : time.toInstant();
    }

    private JsonNumber jsonNumber(String name) {
        if (!has(name)) {
            return null;
        }
        if (!(json.get(name) instanceof JsonNumber number)) {
            error(name, "must be a number");
            return null;
        }
        return number;
    }

    /**
     * A figure's number as the desk stores it ({@link FigureValue#numberProblem}: nothing is rounded or cut off
     * unseen). Checked before anything is computed with it, so 1E+999999999 costs nothing.
     */
    BigDecimal figureNumber(String name) {
        JsonNumber number = jsonNumber(name);
        if (number == null) {
            return null;
        }
        BigDecimal value;
        try {
            value = number.bigDecimalValue();
        } catch (NumberFormatException | ArithmeticException | UnsupportedOperationException e) {
            error(name, "is not a number the desk can store");
            return null;
        }
        Wording problem = FigureValue.numberProblem(value);
        if (problem != null) {
            error(name, problem.english());
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    Double floating(String name) {
        JsonNumber number = jsonNumber(name);
        if (number == null) {
            return null;
        }
        double value;
        try {
            value = number.doubleValue();
        } catch (NumberFormatException | ArithmeticException | UnsupportedOperationException e) {
            error(name, "is not a number the desk can read");
            return null;
        }
        if (Double.isInfinite(value)) {
            error(name, "is too large");
            return null;
        }
        return value;
    }

    Integer integer(String name) {
        JsonNumber number = jsonNumber(name);
        if (number == null) {
            return null;
        }
        try {
            return number.bigDecimalValue().intValueExact();
        } catch (ArithmeticException | NumberFormatException | UnsupportedOperationException e) {
            error(name, "must be a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
            return null;
        }
    }

    /** An id: a positive whole number. */
    Long id(String name) {
        JsonNumber number = jsonNumber(name);
        if (number == null) {
            return null;
        }
        try {
            long id = number.bigDecimalValue().longValueExact();
            if (id > 0) {
                return id;
            }
        } catch (ArithmeticException | NumberFormatException | UnsupportedOperationException e) {
            // not a whole number of the right size: refused below
        }
        error(name, "must be an id (a positive whole number)");
        return null;
    }

    /** A nested object; {@code null} when absent or (with an error) when it is not an object. */
    JsonFields object(String name) {
        if (!has(name)) {
            return null;
        }
        if (!(json.get(name) instanceof JsonObject nested)) {
            error(name, "must be an object");
            return null;
        }
        return new JsonFields(nested, check, path(name) + ".");
    }

    private JsonArray array(String name) {
        if (!has(name)) {
            return null;
        }
        if (!(json.get(name) instanceof JsonArray array)) {
            error(name, "must be an array");
            return null;
        }
        return array;
    }

    /**
     * An array of objects, each read with its index in its path. A {@code null} element stays {@code null}
     * (the model says it is empty); an element of another type is an error and read as {@code null}. An array
     * longer than {@code max} (the model's cap) is one error and none of its elements is read.
     */
    List<JsonFields> objects(String name, int max) {
        JsonArray array = array(name);
        if (array == null || overCap(name, array, max)) {
            return List.of();
        }
        List<JsonFields> elements = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonValue element = array.get(i);
            String at = path(name) + "[" + i + "]";
            if (element instanceof JsonObject object) {
                elements.add(new JsonFields(object, check, at + "."));
            } else {
                if (element.getValueType() != JsonValue.ValueType.NULL) {
                    check.add(RequestProblems.field(at, "must be an object"));
                }
                elements.add(null);
            }
        }
        return Collections.unmodifiableList(elements);
    }

    /** An array of strings; a {@code null} element stays {@code null} for the model to refuse. */
    List<String> texts(String name, int max) {
        JsonArray array = array(name);
        if (array == null || overCap(name, array, max)) {
            return List.of();
        }
        List<String> texts = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonValue element = array.get(i);
            if (element instanceof JsonString string) {
                texts.add(string.getString());
            } else {
                if (element.getValueType() != JsonValue.ValueType.NULL) {
                    check.add(RequestProblems.field(path(name) + "[" + i + "]", "must be a string"));
                }
                texts.add(null);
            }
        }
        return Collections.unmodifiableList(texts);
    }

    private boolean overCap(String name, JsonArray array, int max) {
        if (array.size() > max) {
            error(name, "has " + array.size() + " entries; at most " + max);
            return true;
        }
        return false;
    }

    /**
     * Refuses members that are neither read nor part of what the API answers, so a misspelt field is an error
     * and not a fact silently left out. Members the API only writes (ids, labels, quotes) may be sent back
     * unchanged and are ignored.
     *
     * @param what what the object is, for the message ("a figure")
     */
    void onlyThese(String what, List<String> fields, Set<String> ignored) {
        for (String name : json.keySet()) {
            if (!fields.contains(name) && !ignored.contains(name)) {
                error(name, "is not a field of " + what + "; its fields are " + String.join(", ", fields));
            }
        }
    }

    void require(boolean condition, String field, String message) {
        check.require(condition, path(field), Wording.untranslated(message));
    }

    void throwIfAny() {
        check.throwIfAny();
    }
}
