package org.eventdesk.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks one or more rules; every offending field is named, not only the first. */
public class InvalidInputException extends DomainException {
    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
