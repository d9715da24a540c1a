package org.eventdesk.domain.shared;

import java.util.List;

/** Input that breaks one or more rules; every offending field is named, not only the first. */
public class InvalidInputException extends DomainException {
    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(Wording.of(
                "text.fieldErrors",
                new Wording.Joined(
                        errors.stream()
                                .map(e -> Wording.of("text.fieldError", e.field(), e.wording()))
                                .toList(),
                        "; ")));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(FieldError error) {
        this(List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
