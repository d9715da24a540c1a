package org.eventdesk.application.source;

import static org.eventdesk.application.Callers.admin;
import static org.eventdesk.application.Callers.editor;
import static org.eventdesk.application.Callers.partner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eventdesk.application.Deployments;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.source.DuplicateSourceException;
import org.eventdesk.domain.source.ExistingSource;
import org.eventdesk.domain.source.InputFormat;
import org.eventdesk.domain.source.SourceKind;
import org.eventdesk.domain.source.SourceListing;
import org.eventdesk.domain.source.SourceQuery;
import org.eventdesk.domain.source.SourceSubmission;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bringing sources in and reading them back, on the real server and database. Every test makes sources of its
 * own (a random marker in the text) because the test server's database outlives a single run.
 */
@ExtendWith(ArquillianExtension.class)
class SourceServicesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    private SourceIngestService ingest;

    @Inject
    private SourceCatalog catalog;

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static SourceSubmission wire(String outlet, String text, String url) {
        return new SourceSubmission(
                SourceKind.WIRE,
                "Fire in the port district",
                outlet,
                "A. Reporter",
                url,
                ZonedDateTime.of(2025, 12, 27, 11, 20, 0, 0, ZoneId.of("Europe/Kyiv")),
                null,
                "en",
                text,
                InputFormat.PLAIN_TEXT,
                null);
    }

    @Test
    void anEditorAddsASourceThatIsCleanedStoredAndReadBack() throws Exception {
        String marker = marker();
        String raw =
                "Get all your news in one place.\n\nTwelve people were hurt in fire " + marker + ".\n\nRelated Stories";

        SourceDetails stored = editor(() -> ingest.ingest(wire("Wire " + marker, raw, null)));

        assertEquals("Twelve people were hurt in fire " + marker + ".", stored.text());
        assertEquals(raw, stored.raw(), "the raw input is kept verbatim");
        assertEquals("editor", stored.addedBy());
        SourceDetails read = editor(() -> catalog.details(stored.id()));
        assertEquals(stored.text(), read.text());
        assertEquals(stored.contentHash(), read.contentHash());
        assertEquals("2025-12-27T11:20+02:00", read.publishedAt().toString());
    }

    @Test
    void thePreviewShowsTheCleanedTextAndSaysWhenTheDeskAlreadyHasIt() throws Exception {
        String raw = "Start reading\n\nThe bridge reopened on Monday, " + marker() + ".";

        SourcePreview before = editor(() -> ingest.preview(raw, null));
        assertTrue(before.duplicateOf().isEmpty());
        assertFalse(before.cleaned().text().contains("Start reading"));

        SourceDetails stored = editor(() -> ingest.ingest(wire("Wire", raw, null)));
        SourcePreview after = editor(() -> ingest.preview(raw, null));

        assertEquals(stored.id(), after.duplicateOf().orElseThrow().id());
        assertEquals(
                ExistingSource.Match.SAME_TEXT,
                after.duplicateOf().orElseThrow().match());
    }

    @Test
    void theSameTextOrTheSameCanonicalUrlIsRefusedAndNamesTheExistingSource() throws Exception {
        String marker = marker();
        String url = "https://example.com/news/" + marker;
        SourceDetails first = editor(() -> ingest.ingest(wire("Wire", "Original report " + marker + ".", url)));

        DuplicateSourceException sameText = assertThrows(
                DuplicateSourceException.class,
                () -> editor(() -> ingest.ingest(wire("Other wire", "Original  report " + marker + ".\n", null))));
        assertEquals(first.id(), sameText.existing().id());
        assertEquals(ExistingSource.Match.SAME_TEXT, sameText.existing().match());

        DuplicateSourceException sameUrl = assertThrows(
                DuplicateSourceException.class,
                () -> editor(() -> ingest.ingest(wire(
                        "Wire", "A rewrite " + marker, "http://www.example.com/news/" + marker + "/?utm_source=x"))));
        assertEquals(first.id(), sameUrl.existing().id());
        assertEquals(ExistingSource.Match.SAME_URL, sameUrl.existing().match());
    }

    @Test
    void badInputIsRefusedWholeNamingEveryFieldAndStoresNothing() throws Exception {
        String marker = marker();
        SourceSubmission broken = new SourceSubmission(
                null,
                "",
                "Outlet " + marker,
                null,
                "not-a-url",
                null,
                null,
                null,
                "some text " + marker,
                InputFormat.PLAIN_TEXT,
                null);

        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> editor(() -> ingest.ingest(broken)));

        Set<String> fields = refused.errors().stream().map(FieldError::field).collect(Collectors.toSet());
        assertEquals(Set.of("kind", "title", "url", "publishedAt"), fields);
        List<SourceListing> stored = editor(() ->
                catalog.list(new SourceQuery(null, "Outlet " + marker, null, null, SourceQuery.Order.ADDED), 0, 10));
        assertTrue(stored.isEmpty());
    }

    @Test
    void aPartnerSystemMayPushSourcesButNotReadThem() throws Exception {
        SourceDetails pushed = partner(() -> ingest.ingest(wire("Partner wire", "Pushed report " + marker(), null)));

        assertEquals("partner", pushed.addedBy());
        assertThrows(EJBAccessException.class, () -> partner(() -> catalog.details(pushed.id())));
        assertThrows(EJBAccessException.class, () -> partner(() -> ingest.preview("text", null)));
    }

    @Test
    void anAdminWithoutTheEditorRoleCannotTouchSourcesAndNeitherCanAnonymousCallers() throws Exception {
        assertThrows(
                EJBAccessException.class, () -> admin(() -> ingest.ingest(wire("W", "Admin text " + marker(), null))));
        assertThrows(EJBAccessException.class, () -> admin(() -> catalog.list(SourceQuery.all(), 0, 10)));
        assertThrows(EJBAccessException.class, () -> ingest.ingest(wire("W", "Anonymous text " + marker(), null)));
        assertThrows(EJBAccessException.class, () -> catalog.list(SourceQuery.all(), 0, 10));
    }

    @Test
    void theListIsNewestFirstFiltersByOutletAndTextAndPagesWithoutOverlap() throws Exception {
        String marker = marker();
        String outlet = "Outlet " + marker;
        for (int i = 0; i < 5; i++) {
            int n = i;
            editor(() -> ingest.ingest(wire(outlet, "Report number " + n + " of " + marker, null)));
        }
        editor(() -> ingest.ingest(wire("Elsewhere " + marker, "Unrelated " + marker, null)));

        SourceQuery byOutlet = new SourceQuery(null, outlet, null, null, SourceQuery.Order.ADDED);
        List<SourceListing> firstPage = editor(() -> catalog.list(byOutlet, 0, 3));
        List<SourceListing> secondPage = editor(() -> catalog.list(byOutlet, 3, 3));

        assertEquals(3, firstPage.size());
        assertEquals(2, secondPage.size());
        List<Long> ids = java.util.stream.Stream.concat(firstPage.stream(), secondPage.stream())
                .map(SourceListing::id)
                .toList();
        assertEquals(ids.stream().sorted(java.util.Comparator.reverseOrder()).toList(), ids, "newest first");
        assertEquals(5, ids.stream().distinct().count());

        List<SourceListing> byText = editor(() -> catalog.list(
                new SourceQuery("elsewhere " + marker.toUpperCase(), null, null, null, SourceQuery.Order.PUBLISHED),
                0,
                10));
        assertEquals(
                List.of("Elsewhere " + marker),
                byText.stream().map(SourceListing::outlet).toList());

        List<String> outlets = editor(() -> catalog.outletsStartingWith("outlet " + marker, 10));
        assertEquals(List.of(outlet), outlets);
    }
}
