package org.eventdesk.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eventdesk.application.publishing.PublicCatalog;
import org.eventdesk.domain.publishing.PublicQuery;
import org.eventdesk.domain.record.RecordQuery;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.Validation;
import org.eventdesk.domain.shared.Wording;

/**
 * The public list's query string, read once for the API, the feed, the exports and the reader's pages: every
 * filter of {@link PublicQuery}, {@code limit} and {@code cursor}. Anything else is refused by name, so a typo
 * ({@code contry=UA}) is a 400 rather than a silently unfiltered list.
 *
 * @param query the filters and order
 * @param limit the page size, 1 to {@value PublicCatalog#MAX_PAGE}
 */
public record PublicListRequest(PublicQuery query, int limit, Optional<PublicQuery.Cursor> cursor) {
    public static final int DEFAULT_LIMIT = 50;

    /** The parameters every public list takes. */
    public static final Set<String> PARAMETERS = Set.of(
            "q",
            "type",
            "country",
            "place",
            "bbox",
            "from",
            "to",
            "updatedSince",
            "verification",
            "category",
            "order",
            "limit",
            "cursor");

    /**
     * @param parameters the query string, each name with its values
     * @param extra parameters this endpoint takes besides the list's ({@code format} for the CSV export)
     * @throws InvalidInputException naming every bad parameter
     */
    public static PublicListRequest read(
            Map<String, List<String>> parameters, Set<String> extra, PublicCatalog catalog) {
        Validation check = new Validation();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (!PARAMETERS.contains(name) && !extra.contains(name)) {
                Set<String> known = new TreeSet<>(PARAMETERS);
                known.addAll(extra);
                check.add(RequestProblems.field(
                        QueryValues.shorten(name),
                        "is not a parameter of this list; it takes " + String.join(", ", known)));
            } else if (parameter.getValue().size() > 1) {
                check.add(RequestProblems.field(name, "is given more than once; give it once"));
            }
        }
        for (String words : List.of("q", "place")) {
            // Refused here, not by the database: PostgreSQL refuses a NUL in a query outright (a 500 otherwise).
            Wording problem = Validation.textProblem(value(parameters, words), RecordQuery.MAX_WORDS);
            if (problem != null) {
                check.add(new FieldError(words, problem));
            }
        }
        String type = value(parameters, "type");
        if (type != null && !catalog.typeCodes().contains(type)) {
            check.add(RequestProblems.field(
                    "type",
                    "'" + QueryValues.shorten(type)
                            + "' is not in the taxonomy (GET /api/v1/taxonomy lists the codes)"));
        }
        String category = value(parameters, "category");
        if (category != null && !catalog.categoryCodes().contains(category)) {
            check.add(RequestProblems.field(
                    "category",
                    "'" + QueryValues.shorten(category)
                            + "' is not a figure category (GET /api/v1/figure-categories lists the codes)"));
        }
        String country = value(parameters, "country");
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            check.add(RequestProblems.field("country", "must be an ISO 3166-1 alpha-2 code such as UA or US"));
        }
        Instant from = QueryValues.bound(value(parameters, "from"), "from", false, check);
        Instant before = QueryValues.bound(value(parameters, "to"), "to", true, check);
        if (from != null && before != null && !before.isAfter(from)) {
            check.add(RequestProblems.field("to", "must lie after 'from'"));
        }
        Instant updatedSince = QueryValues.bound(value(parameters, "updatedSince"), "updatedSince", false, check);
        PublicQuery.Order order = PublicQuery.Order.EVENT_TIME;
        String orderName = value(parameters, "order");
        if ("updated".equalsIgnoreCase(orderName)) {
            order = PublicQuery.Order.UPDATED;
        } else if (orderName != null && !"event".equalsIgnoreCase(orderName)) {
            check.add(RequestProblems.field(
                    "order", "must be 'event' (newest event first, the default) or 'updated' (latest change first)"));
        }
        PublicQuery.Box box = box(value(parameters, "bbox"), check);
        int limit = QueryValues.limit(value(parameters, "limit"), DEFAULT_LIMIT, PublicCatalog.MAX_PAGE, check);
        Optional<PublicQuery.Cursor> cursor = Optional.empty();
        String token = value(parameters, "cursor");
        if (token != null) {
            try {
                cursor = Optional.of(PublicCursor.decode(token, order));
            } catch (IllegalArgumentException e) {
                check.add(RequestProblems.field("cursor", e.getMessage()));
            }
        }
        Verification verification =
                QueryValues.code(value(parameters, "verification"), "verification", Verification.class, check);
        check.throwIfAny();
        return new PublicListRequest(
                new PublicQuery(
                        value(parameters, "q"),
                        type,
                        value(parameters, "place"),
                        country == null ? null : country.toUpperCase(Locale.ROOT),
                        box,
                        from,
                        before,
                        updatedSince,
                        verification,
                        category,
                        order),
                limit,
                cursor);
    }

    /** The token a caller sends to continue the list at {@code position}. */
    public String token(PublicQuery.Cursor position) {
        return PublicCursor.encode(query.order(), position);
    }

    /** The first value of a parameter, blank as absent. */
    static String value(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : QueryValues.blankToNull(values.get(0));
    }

    /** {@code minLon,minLat,maxLon,maxLat} in degrees, as GeoJSON orders a bounding box. */
    private static PublicQuery.Box box(String text, Validation check) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(",", -1);
        String expected = "must be minLon,minLat,maxLon,maxLat in degrees, such as 22.1,44.3,40.2,52.4";
        if (parts.length != 4) {
            check.add(RequestProblems.field("bbox", expected));
            return null;
        }
        double[] values = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                values[i] = Double.parseDouble(parts[i].strip());
                if (!Double.isFinite(values[i])) {
                    throw new NumberFormatException();
                }
            }
        } catch (NumberFormatException e) {
            check.add(RequestProblems.field("bbox", expected));
            return null;
        }
        boolean inRange = Math.abs(values[0]) <= 180
                && Math.abs(values[2]) <= 180
                && Math.abs(values[1]) <= 90
                && Math.abs(values[3]) <= 90;
        if (!inRange || values[1] > values[3]) {
            check.add(RequestProblems.field(
                    "bbox",
                    "longitudes lie within ±180 and latitudes within ±90, the south edge below the north edge"));
            return null;
        }
        return new PublicQuery.Box(values[0], values[1], values[2], values[3]);
    }
}
