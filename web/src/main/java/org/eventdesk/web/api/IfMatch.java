package org.eventdesk.web.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.domain.record.StaleRecordException;

/**
 * {@code If-Match: "<version>"} on a record: what a change and a workflow step that judges a revision (approve,
 * return, publish) name, so nobody acts on a version they did not read. 428 without it, 400 when it is not one
 * quoted version, 412 with the current version and who made it when it is stale. The same shape for {@code PUT}
 * and for the steps, so a client handles them alike.
 */
final class IfMatch {
    private static final Pattern ENTITY_TAG = Pattern.compile("\"([0-9]{1,18})\"");

    private IfMatch() {}

    /** What the caller does with the version it named; reading its body may find it too large. */
    interface Action {
        Response apply(long seenVersion) throws PayloadTooLargeException;
    }

    /**
     * Runs {@code action} with the version the caller names, if it is the record's current one; otherwise answers
     * 428, 400 or 412 without running it. A race lost between the check and the action is a 412 too.
     *
     * @param what what the caller does, for the 428's advice ("approve it")
     */
    static Response checked(RecordCatalog catalog, long id, String ifMatch, String what, Action action)
            throws PayloadTooLargeException {
        RecordView current = catalog.view(id); // who may read it may try; unknown ids are 404
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return required(id, what);
        }
        long seen = version(ifMatch);
        if (seen != current.version()) {
            return stale(current, seen);
        }
        try {
            return action.apply(seen);
        } catch (StaleRecordException raceLost) {
            return stale(catalog.view(id), seen);
        }
    }

    static Response required(long id, String what) {
        return Problem.of(
                        428,
                        "Precondition required",
                        "Send the version you read as 'If-Match: \"<version>\"' (the ETag of GET /api/v1/records/" + id
                                + ") to " + what + ", so that nobody acts on a version they did not see."
                                + " 'If-Match: *' is not enough.")
                .type("precondition-required")
                .toResponse();
    }

    static long version(String ifMatch) {
        Matcher matcher = ENTITY_TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            String shown = ifMatch.strip().length() > 40 ? ifMatch.strip().substring(0, 40) + "…" : ifMatch.strip();
            throw RequestProblems.refused(
                    "If-Match",
                    "must be the record's version as a quoted entity tag, such as \"3\" (the ETag of GET), not "
                            + shown);
        }
        return Long.parseLong(matcher.group(1));
    }

    static Response stale(RecordView current, long seen) {
        return Response.fromResponse(Problem.of(
                                412,
                                "Record changed meanwhile",
                                "Record " + current.id() + " was changed by " + current.updatedBy() + " at "
                                        + current.updatedAt() + "; it is now version " + current.version()
                                        + " and you sent If-Match \"" + seen + "\". Nothing was done: GET it"
                                        + " again, check it and send If-Match \"" + current.version() + "\".")
                        .type("stale-record")
                        .with("recordId", current.id())
                        .with("yourVersion", seen)
                        .with("currentVersion", current.version())
                        .with("updatedBy", current.updatedBy())
                        .with("updatedAt", RecordJson.utc(current.updatedAt()))
                        .toResponse())
                .tag(tag(current))
                .build();
    }

    static EntityTag tag(RecordView record) {
        return new EntityTag(Long.toString(record.version()));
    }
}
