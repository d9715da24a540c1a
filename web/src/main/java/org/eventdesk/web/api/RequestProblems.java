package org.eventdesk.web.api;

import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.Wording;

/**
 * The API's own problems with the shape of a request (a parameter it does not take, JSON that is not an object, a
 * cursor it never gave out). Only programmers read these, in the API's language, English, so they are written here
 * as English rather than as wording keys; whatever a rule of the desk refuses comes from the domain with its key.
 */
public final class RequestProblems {
    private RequestProblems() {}

    /** The problem with one parameter or member of the request. */
    public static FieldError field(String name, String english) {
        return new FieldError(name, Wording.untranslated(english));
    }

    /** A request refused for one parameter or member. */
    public static InvalidInputException refused(String name, String english) {
        return new InvalidInputException(field(name, english));
    }
}
