package org.eventdesk.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventdesk.application.admin.SecurityLogEntry;
import org.eventdesk.application.admin.SecurityLogReader;
import org.eventdesk.domain.security.SecurityEventKind;
import org.eventdesk.domain.security.SecurityLogQuery;
import org.eventdesk.domain.shared.JsonP;
import org.eventdesk.domain.shared.Validation;

/**
 * {@code GET /api/v1/security-log}: the security log for admins' scripts (an audit export, a monitor), the same
 * entries as the admin's screen, newest first. Read-only, as the log itself. Filters: {@code kind} (repeatable),
 * {@code user} (actor or subject), {@code address} (client address, exact), {@code from} (inclusive) and
 * {@code to} (exclusive) as times with an offset; {@code limit} (1 to 200, default 50) and {@code offset} page
 * through it. New entries arrive at the top, so a listing that must hold still gives {@code to}.
 */
@RequestScoped
@Path("v1/security-log")
@Produces(MediaType.APPLICATION_JSON)
public class SecurityLogResource {
    private static final int DEFAULT_LIMIT = 50;

    @Inject
    private SecurityLogReader log;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    @GET
    public Response list(
            @QueryParam("kind") List<String> kinds,
            @QueryParam("user") String user,
            @QueryParam("address") String address,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Bearer realm=\"eventdesk\"");
        }
        Validation check = new Validation();
        Set<SecurityEventKind> wanted = EnumSet.noneOf(SecurityEventKind.class);
        for (String kind : kinds) {
            for (String name : kind.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                try {
                    wanted.add(SecurityEventKind.valueOf(name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    check.add(RequestProblems.field(
                            "kind",
                            "'" + name.strip() + "' is not a kind; one of " + EnumSet.allOf(SecurityEventKind.class)));
                }
            }
        }
        Instant fromTime = time(from, "from", check);
        Instant toTime = time(to, "to", check);
        int size = number(limit, "limit", 1, SecurityLogReader.MAX_PAGE, DEFAULT_LIMIT, check);
        int skip = number(offset, "offset", 0, Integer.MAX_VALUE, 0, check);
        check.throwIfAny();

        List<SecurityLogEntry> entries =
                log.list(new SecurityLogQuery(wanted, user, fromTime, toTime, address), skip, size);
        JsonArrayBuilder items = JsonP.PROVIDER.createArrayBuilder();
        for (SecurityLogEntry entry : entries) {
            JsonObjectBuilder item = JsonP.PROVIDER
                    .createObjectBuilder()
                    .add("id", entry.id())
                    .add("occurredAt", RecordJson.utc(entry.occurredAt()))
                    .add("kind", entry.kind().name());
            text(item, "actor", entry.actor());
            text(item, "subjectUser", entry.subjectUser());
            text(item, "subject", entry.subject());
            text(item, "clientAddress", entry.clientAddress());
            text(item, "detail", entry.detail());
            items.add(item);
        }
        JsonObjectBuilder body = JsonP.PROVIDER.createObjectBuilder().add("items", items);
        Response.ResponseBuilder answer;
        if (entries.size() == size) {
            String next = uri.getRequestUriBuilder()
                    .replaceQueryParam("offset", skip + size)
                    .build()
                    .toString();
            body.add("next", next);
            answer = Response.ok(body.build().toString()).header("Link", "<" + next + ">; rel=\"next\"");
        } else {
            answer = Response.ok(body.addNull("next").build().toString());
        }
        return answer.build();
    }

    private static void text(JsonObjectBuilder item, String name, String value) {
        if (value == null) {
            item.addNull(name);
        } else {
            item.add(name, value);
        }
    }

    /** A time with its offset; a '+' that arrived unencoded (as a space) is read as the '+' it was. */
    private static Instant time(String value, String name, Validation check) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant();
        } catch (DateTimeException e) {
            check.add(RequestProblems.field(name, "must be a time with its offset such as 2025-12-27T09:00:00Z"));
            return null;
        }
    }

    private static int number(String value, String name, int min, int max, int fallback, Validation check) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        check.add(RequestProblems.field(name, "must be a whole number from " + min + " to " + max));
        return fallback;
    }
}
