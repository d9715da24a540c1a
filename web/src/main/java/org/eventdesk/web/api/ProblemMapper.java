package org.eventdesk.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eventdesk.domain.record.StaleRecordException;
import org.eventdesk.domain.record.WorkflowException;
import org.eventdesk.domain.shared.DomainException;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.shared.Wording;
import org.eventdesk.domain.source.DuplicateSourceException;

/**
 * Every failure of an API call, turned into a problem document with a 4xx status and a message the caller can
 * act on. Only a genuine fault of ours is a 500, and then with a reference to the log line, not a trace.
 *
 * <p>One mapper for all exceptions because the EJB container wraps some of them and JSON parsers wrap others:
 * the cause chain is searched for the failure that explains the request's fate.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(Throwable thrown) {
        Problem problem = problemFor(thrown);
        Response response = problem.toResponse();
        if (problem.status() == 401) {
            return Response.fromResponse(response)
                    .header("WWW-Authenticate", "Bearer realm=\"eventdesk\"")
                    .build();
        }
        return response;
    }

    private Problem problemFor(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Problem known = known(t);
            if (known != null) {
                return known;
            }
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API request failed, reference " + reference, thrown);
        return Problem.of(
                        500,
                        "Internal error",
                        "The desk could not complete the request; the error is logged under reference " + reference
                                + ".")
                .type("internal-error");
    }

    private Problem known(Throwable t) {
        if (t instanceof PublicResponses.NotAcceptable notAcceptable) {
            return Problem.of(
                            406,
                            "Not acceptable",
                            "This answers in "
                                    + String.join(
                                            ", ",
                                            notAcceptable.offered.stream()
                                                    .map(f -> f.mediaType)
                                                    .sorted()
                                                    .toList())
                                    + "; ask for one of them in Accept, or use the file suffix.")
                    .type("not-acceptable");
        }
        if (t instanceof PayloadTooLargeException) {
            return Problem.of(413, "Request body too large", t.getMessage()).type("payload-too-large");
        }
        if (t instanceof InvalidInputException invalid) {
            return Problem.of(400, "Invalid input", invalid.getMessage())
                    .type("invalid-input")
                    .withErrors(invalid.errors());
        }
        if (t instanceof DuplicateSourceException duplicate) {
            long id = duplicate.existing().id();
            return Problem.of(409, "Duplicate source", duplicate.getMessage())
                    .type("duplicate-source")
                    .with("existingSourceId", id)
                    .with("existingSource", "/api/v1/sources/" + id)
                    .with("match", duplicate.existing().match().name());
        }
        if (t instanceof StaleRecordException stale) {
            return Problem.of(412, "Record changed meanwhile", stale.getMessage() + " Nothing was saved.")
                    .type("stale-record")
                    .with("recordId", stale.recordId())
                    .with("yourVersion", stale.seenVersion())
                    .with("currentVersion", stale.currentVersion());
        }
        if (t instanceof OptimisticLockException) {
            return Problem.of(
                            412,
                            "Changed meanwhile",
                            "Someone else saved the same thing at the same moment; nothing of yours was saved. Read it"
                                    + " again and apply your change to it.")
                    .type("stale-record");
        }
        if (t instanceof PessimisticLockException || t instanceof LockTimeoutException) {
            // A lock held too long by others doing the same thing: a race lost, nothing of this request stored.
            return Problem.of(
                            409,
                            "Busy",
                            "Others were changing the same records at this moment and this request gave up waiting;"
                                    + " nothing of it was saved. Try again.")
                    .type("busy");
        }
        if (t instanceof NotFoundException) {
            return Problem.of(404, "Not found", t.getMessage()).type("not-found");
        }
        if (t instanceof WorkflowException refused) {
            Problem problem = Problem.of(409, "Refused by the workflow", refused.getMessage())
                    .type("workflow");
            return refused.missing().isEmpty()
                    ? problem
                    : problem.withList(
                            "missing",
                            refused.missing().stream().map(Wording::english).toList());
        }
        if (t instanceof DomainException) {
            return Problem.of(409, "Refused", t.getMessage()).type("refused");
        }
        if (t instanceof NotAuthorizedException) {
            return notAuthenticated();
        }
        if (t instanceof EJBAccessException) {
            return security == null || security.getUserPrincipal() == null
                    ? notAuthenticated()
                    : Problem.of(
                                    403,
                                    "Forbidden",
                                    "The token's user ("
                                            + security.getUserPrincipal().getName()
                                            + ") may not do this; it needs another role.")
                            .type("forbidden");
        }
        if (t instanceof NotSupportedException) {
            return Problem.of(415, "Unsupported media type", "Send the body as application/json.")
                    .type("unsupported-media-type");
        }
        if (t instanceof jakarta.ws.rs.NotAcceptableException) {
            return Problem.of(
                            406,
                            "Not acceptable",
                            "This address cannot answer in the media type the Accept header asks for; see the API's"
                                    + " documentation (/openapi) for the formats each endpoint offers.")
                    .type("not-acceptable");
        }
        if (t instanceof NotAllowedException notAllowed) {
            return Problem.of(
                            405,
                            "Method not allowed",
                            "Allowed here: " + notAllowed.getResponse().getAllowedMethods() + ".")
                    .type("method-not-allowed");
        }
        if (t instanceof jakarta.ws.rs.NotFoundException) {
            return Problem.of(404, "Not found", "There is nothing at this address.")
                    .type("not-found");
        }
        if (t instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return Problem.of(
                            status.getStatusCode(),
                            status.getReasonPhrase(),
                            "The request was refused: " + status.getReasonPhrase() + ".")
                    .type("http-" + status.getStatusCode());
        }
        if (t instanceof JsonException
                || t instanceof JsonbException
                || t instanceof ProcessingException && t.getCause() != null) {
            if (t.getCause() instanceof PayloadTooLargeException tooLarge) {
                return known(tooLarge);
            }
            return Problem.of(400, "Malformed JSON", "The body is not valid JSON: " + t.getMessage())
                    .type("malformed-json");
        }
        return null;
    }

    private static Problem notAuthenticated() {
        return Problem.of(401, "Not authenticated", "Send an API token as 'Authorization: Bearer <token>'.")
                .type("not-authenticated");
    }
}
