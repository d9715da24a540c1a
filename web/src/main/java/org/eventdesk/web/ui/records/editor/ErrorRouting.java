package org.eventdesk.web.ui.records.editor;

import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.web.ui.i18n.Texts;

/**
 * Puts each of the server's field errors ({@code InvalidInputException}) on the field its path names: a record
 * field ({@code title}, {@code time.zone}), the tags, or a field of one fact ({@code figures[1].high}); what names
 * no field in the form is handed back to be listed.
 */
final class ErrorRouting {
    private static final Pattern FACT_PATH =
            Pattern.compile("(places|actors|figures|claims|links)\\[(\\d+)](?:\\.(.+))?");

    /** Where an error goes, read from its path alone. */
    sealed interface Destination permits RecordField, Tags, Fact, Nowhere {}

    /** A record-level field, by its path. */
    record RecordField(String path) implements Destination {}

    /** The tags (their errors name the tag: {@code tags[2]}). */
    record Tags() implements Destination {}

    /** @param field the path within the fact; empty for the fact as a whole */
    record Fact(FactLists.Kind kind, int index, String field) implements Destination {}

    record Nowhere() implements Destination {}

    private final Map<String, HasValidation> recordFields;
    private final HasValidation tags;
    private final FactLists facts;

    ErrorRouting(BasicsForm basics, FactLists facts) {
        this.recordFields = basics.fieldsByPath();
        this.tags = basics.tags();
        this.facts = facts;
    }

    static Destination destination(String path, Iterable<String> recordFieldPaths) {
        for (String recordField : recordFieldPaths) {
            if (recordField.equals(path)) {
                return new RecordField(path);
            }
        }
        if (path.startsWith("tags")) {
            return new Tags();
        }
        Matcher fact = FACT_PATH.matcher(path);
        if (fact.matches()) {
            FactLists.Kind kind = FactLists.Kind.valueOf(fact.group(1).toUpperCase(java.util.Locale.ROOT));
            String field = fact.group(3) == null ? "" : fact.group(3);
            try {
                return new Fact(kind, Integer.parseInt(fact.group(2)), field);
            } catch (NumberFormatException beyondAnyList) {
                return new Nowhere();
            }
        }
        return new Nowhere();
    }

    /**
     * Marks the fields the errors name.
     *
     * @return the errors that name no field in the form, as "path: message"
     */
    List<String> show(List<FieldError> errors) {
        List<String> unplaced = new ArrayList<>();
        for (FieldError error : errors) {
            // The server's words in the tab's language; the path stays as the API names it.
            String problem = Texts.say(error.wording());
            Destination destination = destination(error.field(), recordFields.keySet());
            boolean placed;
            if (destination instanceof RecordField f) {
                placed = mark(recordFields.get(f.path()), problem);
            } else if (destination instanceof Tags) {
                placed = mark(tags, error.field() + ": " + problem);
            } else if (destination instanceof Fact f) {
                placed = facts.showError(f.kind(), f.index(), f.field(), problem);
            } else {
                placed = false;
            }
            if (!placed) {
                unplaced.add(error.field() + ": " + problem);
            }
        }
        return unplaced;
    }

    private static boolean mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }
}
