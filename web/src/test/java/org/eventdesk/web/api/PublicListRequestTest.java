package org.eventdesk.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventdesk.application.publishing.PublicCatalog;
import org.eventdesk.domain.publishing.PublicQuery;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.Validation;
import org.junit.jupiter.api.Test;

/** The public lists' query string: every filter read, every bad parameter named in one refusal. */
class PublicListRequestTest {
    /** The taxonomy's codes as the catalog answers them from the database; nothing else of it is asked here. */
    private static final PublicCatalog TAXONOMY = new PublicCatalog() {
        @Override
        public Set<String> typeCodes() {
            return Set.of("EXPLOSIONS_REMOTE_VIOLENCE", "EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE");
        }

        @Override
        public Set<String> categoryCodes() {
            return Set.of("KILLED", "INJURED");
        }
    };

    private static Map<String, List<String>> query(String... nameValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            parameters
                    .computeIfAbsent(nameValues[i], n -> new java.util.ArrayList<>())
                    .add(nameValues[i + 1]);
        }
        return parameters;
    }

    private static PublicListRequest read(String... nameValues) {
        return PublicListRequest.read(query(nameValues), Set.of(), TAXONOMY);
    }

    private static Map<String, String> refusal(Map<String, List<String>> parameters, Set<String> extra) {
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> PublicListRequest.read(parameters, extra, TAXONOMY));
        Map<String, String> errors = new LinkedHashMap<>();
        refused.errors().forEach(e -> errors.put(e.field(), e.message()));
        return errors;
    }

    @Test
    void everyFilterIsRead() {
        PublicListRequest request = read(
                "q", " drones ",
                "type", "EXPLOSIONS_REMOTE_VIOLENCE",
                "country", "ua",
                "place", "Kyiv",
                "bbox", "22.1,44.3,40.2,52.4",
                "from", "2025-12-26",
                "to", "2025-12-27",
                "updatedSince", "2025-12-27T09:00:00 02:00",
                "verification", "corroborated",
                "category", "KILLED",
                "order", "updated",
                "limit", "20");

        PublicQuery query = request.query();
        assertEquals("drones", query.text());
        assertEquals("EXPLOSIONS_REMOTE_VIOLENCE", query.type());
        assertEquals("UA", query.country());
        assertEquals("Kyiv", query.place());
        assertEquals(new PublicQuery.Box(22.1, 44.3, 40.2, 52.4), query.box());
        assertEquals(Instant.parse("2025-12-26T00:00:00Z"), query.from());
        assertEquals(Instant.parse("2025-12-28T00:00:00Z"), query.before(), "a date as upper bound is its whole day");
        assertEquals(
                Instant.parse("2025-12-27T07:00:00Z"),
                query.updatedSince(),
                "a '+' that arrived as a space is the offset it was");
        assertEquals(Verification.CORROBORATED, query.verification());
        assertEquals("KILLED", query.category());
        assertEquals(PublicQuery.Order.UPDATED, query.order());
        assertEquals(20, request.limit());
        assertEquals(Optional.empty(), request.cursor());
    }

    @Test
    void nothingGivenIsTheWholeListInEventOrderFiftyAPage() {
        PublicListRequest request = read("q", "  ");

        assertEquals(PublicQuery.ALL, request.query());
        assertEquals(PublicListRequest.DEFAULT_LIMIT, request.limit());
    }

    @Test
    void theCursorItGivesOutContinuesTheSameList() {
        PublicListRequest first = read("order", "updated");
        String next = first.token(PublicQuery.Cursor.after(Instant.parse("2025-12-27T09:20:00Z"), 42));

        PublicListRequest second = read("order", "updated", "cursor", next);

        assertEquals(Optional.of(PublicQuery.Cursor.after(Instant.parse("2025-12-27T09:20:00Z"), 42)), second.cursor());
        assertEquals(
                "was given out for order=updated; continue with the same order, or start again without a cursor",
                refusal(query("cursor", next), Set.of()).get("cursor"));
    }

    @Test
    void everyBadParameterIsNamedInOneRefusal() {
        Map<String, String> errors = refusal(
                query(
                        "contry", "UA",
                        "type", "PROTESTS",
                        "category", "WOUNDED",
                        "country", "Ukraine",
                        "bbox", "1,2,3",
                        "from", "27/12/2025",
                        "verification", "CONFIRMED",
                        "order", "newest",
                        "limit", "201",
                        "cursor", "garbage!",
                        "q", "a\u0000b"),
                Set.of());

        assertTrue(
                errors.get("contry").startsWith("is not a parameter of this list; it takes bbox, category,"),
                errors.toString());
        assertTrue(errors.get("type").startsWith("'PROTESTS' is not in the taxonomy"), errors.toString());
        assertTrue(errors.get("category").startsWith("'WOUNDED' is not a figure category"), errors.toString());
        assertEquals("must be an ISO 3166-1 alpha-2 code such as UA or US", errors.get("country"));
        assertTrue(errors.get("bbox").startsWith("must be minLon,minLat,maxLon,maxLat"), errors.toString());
        assertTrue(errors.get("from").startsWith("must be a date such as 2025-12-27"), errors.toString());
        assertTrue(
                errors.get("verification").startsWith("'CONFIRMED' is not allowed; must be one of UNVERIFIED,"),
                errors.toString());
        assertTrue(errors.get("order").startsWith("must be 'event'"), errors.toString());
        assertEquals("must be a whole number from 1 to " + PublicCatalog.MAX_PAGE, errors.get("limit"));
        assertEquals("is not a cursor this list gave out", errors.get("cursor"));
        assertTrue(errors.get("q").contains("NUL"), errors.toString());
        assertEquals(11, errors.size(), errors.toString());
    }

    @Test
    void aRepeatedParameterIsRefusedAndAnEndpointsOwnParameterIsTaken() {
        assertEquals(
                Map.of("limit", "is given more than once; give it once"),
                refusal(query("limit", "5", "limit", "6"), Set.of()));

        assertEquals(
                10,
                PublicListRequest.read(query("format", "csv", "limit", "10"), Set.of("format"), TAXONOMY)
                        .limit());
        assertTrue(refusal(query("format", "csv"), Set.of()).containsKey("format"));
    }

    @Test
    void aBoxOutsideTheGlobeOrUpsideDownIsRefusedAndTheToBoundMustFollowTheFromBound() {
        for (String box : List.of("0,91,1,92", "-181,0,0,1", "0,50,1,40", "0,NaN,1,2", "0,Infinity,1,2")) {
            assertTrue(refusal(query("bbox", box), Set.of()).containsKey("bbox"), box);
        }
        assertEquals(
                Map.of("to", "must lie after 'from'"),
                refusal(query("from", "2025-12-27T10:00:00Z", "to", "2025-12-27T10:00:00Z"), Set.of()));
    }

    @Test
    void aLongValueIsQuotedBackShortened() {
        String name = "x".repeat(500);

        Map<String, String> errors = refusal(query(name, "1"), Set.of());

        String field = errors.keySet().iterator().next();
        assertEquals(58, field.length(), "57 characters and an ellipsis");
        assertTrue(field.endsWith("…"));
    }

    @Test
    void queryValuesReadBlanksAsAbsentAndYearsTheDeskCanStore() {
        Validation check = new Validation();

        assertNull(QueryValues.blankToNull(" \t"));
        assertNull(QueryValues.bound("", "from", false, check));
        assertEquals(Instant.parse("2025-12-27T00:00:00Z"), QueryValues.bound(" 2025-12-27 ", "from", false, check));
        assertNull(QueryValues.bound("+10000-01-01T00:00:00Z", "from", false, check));
        assertEquals(7, QueryValues.limit(null, 7, 200, check));
        assertEquals(7, QueryValues.limit("0", 7, 200, check));
        assertEquals(Verification.FALSE, QueryValues.code(" false ", "verification", Verification.class, check));

        InvalidInputException refused = assertThrows(InvalidInputException.class, check::throwIfAny);
        assertEquals(
                List.of("from", "limit"),
                refused.errors().stream().map(e -> e.field()).toList());
    }
}
