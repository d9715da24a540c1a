package org.eventdesk.application.imports;

import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import org.eventdesk.domain.shared.JsonP;

/**
 * The items of a desk's JSON export, one at a time, without holding the file: a list of record documents, or an
 * object with an {@code items} list (a page of {@code GET /api/v1/events} saved as it came).
 */
final class JsonItems implements Closeable {
    private final JsonParser parser;

    private JsonItems(Reader in) {
        this.parser = JsonP.PROVIDER.createParser(in);
    }

    /**
     * Opens the file at its first item.
     *
     * @throws IllegalArgumentException the file is not such a list (the message says where it went wrong)
     */
    static JsonItems open(Path file) throws IOException {
        JsonItems items = new JsonItems(ArchiveRowReader.open(file));
        try {
            items.findList();
            return items;
        } catch (RuntimeException notAList) {
            items.close();
            throw notAList instanceof JsonParsingException parsing
                    ? new IllegalArgumentException(parsing.getMessage(), parsing)
                    : notAList;
        }
    }

    /** Whether the file's first character that is not a space opens a JSON array or object. */
    static boolean isJson(Path file) throws IOException {
        try (Reader in = ArchiveRowReader.open(file)) {
            int c;
            do {
                c = in.read();
            } while (c >= 0 && Character.isWhitespace(c));
            return c == '[' || c == '{';
        }
    }

    private void findList() {
        JsonParser.Event first = parser.hasNext() ? parser.next() : null;
        if (first == JsonParser.Event.START_ARRAY) {
            return;
        }
        if (first != JsonParser.Event.START_OBJECT) {
            throw new IllegalArgumentException("it holds neither a list nor an object");
        }
        while (parser.hasNext()) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_OBJECT) {
                break;
            }
            String name = parser.getString();
            JsonParser.Event value = parser.next();
            if (name.equals("items")) {
                if (value != JsonParser.Event.START_ARRAY) {
                    throw new IllegalArgumentException("its \"items\" is not a list");
                }
                return;
            }
            if (value == JsonParser.Event.START_OBJECT || value == JsonParser.Event.START_ARRAY) {
                skipNested();
            }
        }
        throw new IllegalArgumentException("the object has no \"items\" list");
    }

    /**
     * The next item, or {@code null} at the end of the list.
     *
     * @param keep whether to read the item; {@code false} skips over it (counting, resuming) and answers
     *     {@link JsonValue#NULL} for it
     */
    JsonValue next(boolean keep) {
        JsonParser.Event event = parser.next();
        return switch (event) {
            case END_ARRAY -> null;
            case START_OBJECT -> {
                if (keep) {
                    yield parser.getObject();
                }
                skipNested();
                yield JsonValue.NULL;
            }
            case START_ARRAY -> {
                if (keep) {
                    yield parser.getArray();
                }
                skipNested();
                yield JsonValue.NULL;
            }
            default -> keep ? parser.getValue() : JsonValue.NULL;
        };
    }

    /**
     * Reads past the object or list just opened. Not {@code JsonParser.skipObject}: Parsson's spins for ever on a
     * file that ends inside the object, where reading event by event meets the end of the file and says so.
     */
    private void skipNested() {
        int depth = 1;
        while (depth > 0) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                depth++;
            } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                depth--;
            }
        }
    }

    @Override
    public void close() {
        parser.close();
    }
}
