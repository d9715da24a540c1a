package org.eventdesk.application.record;

import static org.eventdesk.application.Callers.admin;
import static org.eventdesk.application.Callers.editor;
import static org.eventdesk.application.Callers.partner;
import static org.eventdesk.domain.record.RecordInputs.fraction;
import static org.eventdesk.domain.record.RecordInputs.partOf;
import static org.eventdesk.domain.record.RecordInputs.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eventdesk.application.Callers;
import org.eventdesk.application.Deployments;
import org.eventdesk.application.source.SourceDetails;
import org.eventdesk.application.source.SourceIngestService;
import org.eventdesk.application.taxonomy.TaxonomyEntry;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.LinkRelation;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.RecordInputs;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.domain.record.RecordQuery;
import org.eventdesk.domain.record.RecordStatus;
import org.eventdesk.domain.record.StaleRecordException;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.source.InputFormat;
import org.eventdesk.domain.source.SourceKind;
import org.eventdesk.domain.source.SourceSubmission;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Writing and reading event records on the real server and database: evidence resolved against stored sources,
 * versions that refuse stale and racing saves, the list's filters and cursors, links seen from both ends, roles.
 * The test server's database outlives a run, so every test makes its own sources and records, with a random
 * marker in their texts and titles, and narrows every list to that marker.
 */
@ExtendWith(ArquillianExtension.class)
class RecordServicesIT {
    private static final String STRIKE = "EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE";

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    private RecordService service;

    @Inject
    private RecordCatalog catalog;

    @Inject
    private SourceIngestService ingest;

    @Inject
    private WorkflowService workflow;

    private static String marker() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private SourceDetails source(String outlet, String text) throws Exception {
        return editor(() -> ingest.ingest(new SourceSubmission(
                SourceKind.NEWS_ARTICLE,
                "Strike report",
                outlet,
                null,
                null,
                ZonedDateTime.of(2025, 12, 27, 14, 0, 0, 0, ZoneId.of("Europe/London")),
                null,
                "en",
                text,
                InputFormat.PLAIN_TEXT,
                null)));
    }

    private SourceDetails strikeReport(String marker) throws Exception {
        return source(
                "The Independent",
                "Russia launched almost 500 drones and 40 missiles targeting Kyiv overnight on Friday (" + marker
                        + "). Authorities said two people were killed in Kyiv, while at least 46 people were wounded,"
                        + " including two children. A third of the capital was left without heat, and the air raid"
                        + " alert only ended at 11.20am.");
    }

    private static RecordQuery matching(String text) {
        return new RecordQuery(
                text, null, null, null, null, null, null, null, null, null, RecordQuery.Order.LAST_CHANGE);
    }

    private List<Long> ids(RecordQuery query) throws Exception {
        return editor(() -> catalog.list(query, 0, 200)).stream()
                .map(RecordListing::id)
                .toList();
    }

    private static List<Long> ids(List<RecordListing> listings) {
        return listings.stream().map(RecordListing::id).toList();
    }

    private Set<Long> idSet(RecordQuery query) throws Exception {
        return new HashSet<>(ids(query));
    }

    private static Set<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    @Test
    void aRecordIsStoredWithItsEvidenceReadBackAndRevised() throws Exception {
        String marker = marker();
        SourceDetails report = strikeReport(marker);
        SourceDetails wire = source(
                "Kyiv Wire " + marker,
                "The air force said Russia fired 40 missiles at Kyiv overnight (" + marker + ").");
        RecordInput input = RecordInputs.titled("Russian drone and missile strike on Kyiv " + marker)
                .withoutTime()
                .summary("Overnight strike on Kyiv.", span(report, "targeting Kyiv overnight on Friday"))
                .at(
                        "2025-12-27T00:00:00+02:00",
                        "2025-12-27T11:20:00+02:00",
                        TimePrecision.PART_OF_DAY,
                        "Europe/Kyiv",
                        span(report, "overnight on Friday"),
                        span(report, "11.20am"))
                .place("Kyiv", "ua", span(report, "Kyiv"))
                .actor("Russia", ActorKind.STATE, ActorRole.INITIATOR, span(report, "Russia"))
                .figure(figureOf("DRONES_LAUNCHED", Qualifier.APPROXIMATE, 500, span(report, "almost 500 drones")))
                .figure(figureOf(
                        "MISSILES_LAUNCHED",
                        Qualifier.EXACT,
                        40,
                        span(report, "40 missiles"),
                        span(wire, "40 missiles")))
                .figure(figureOf("INJURED", Qualifier.AT_LEAST, 46, span(report, "at least 46 people were wounded")))
                .figure(partOf("CHILDREN", Qualifier.EXACT, 2, 2, span(report, "including two children")))
                .figure(new RecordInput.FigureInput(
                        "WITHOUT_HEAT",
                        new Amount(Qualifier.FRACTION, null, null, null, BigDecimal.ONE, BigDecimal.valueOf(3)),
                        null,
                        null,
                        "the desk",
                        null,
                        List.of(span(report, "A third of the capital was left without heat"))))
                .tag(" Air Strikes ")
                .input();

        RecordView created = editor(() -> service.create(input));

        assertEquals(RecordStatus.DRAFT, created.status());
        assertEquals("editor", created.createdBy());
        assertEquals("Air/drone strike", created.typeLabel());
        assertEquals(List.of("air strikes"), created.tags());
        assertEquals("UA", created.places().get(0).country());
        assertEquals("2025-12-27T00:00+02:00", created.time().start().toString());
        assertEquals("2025-12-27T11:20+02:00", created.time().end().toString());
        assertEquals("Europe/Kyiv", created.time().zone());
        assertEquals(
                List.of("overnight on Friday", "11.20am"),
                created.time().evidence().stream()
                        .map(RecordView.EvidenceView::quote)
                        .toList());
        RecordView.FigureView drones = created.figures().get(0);
        assertEquals("Drones launched", drones.categoryLabel());
        assertEquals("about 500", drones.described());
        assertEquals(new BigDecimal("500"), drones.amount().value(), "no trailing zeros from the database");
        RecordView.EvidenceView dronesWords = drones.evidence().get(0);
        assertEquals("almost 500 drones", dronesWords.quote());
        assertEquals(report.text().substring(dronesWords.start(), dronesWords.end()), dronesWords.quote());
        assertEquals("The Independent", dronesWords.outlet());
        assertEquals(Verification.SINGLE_SOURCE, drones.verification());
        assertEquals(Verification.CORROBORATED, created.figures().get(1).verification(), "two outlets");
        assertEquals("at least 46", created.figures().get(2).described());
        assertEquals(2, created.figures().get(3).parent());
        assertEquals("1/3", created.figures().get(4).described());
        assertEquals(Verification.CORROBORATED, created.verification(), "the record draws on two outlets");
        assertEquals(
                Set.of(report.id(), wire.id()),
                created.sources().stream().map(RecordView.SourceRef::id).collect(Collectors.toSet()));

        RecordView read = editor(() -> catalog.view(created.id()));
        assertEquals(created, read, "what is read back is what was stored");

        RecordInput changed = RecordInputs.titled("Strike on Kyiv and the region " + marker)
                .withoutTime()
                .at("2025-12-27T00:00:00+02:00", null, TimePrecision.PART_OF_DAY, "Europe/Kyiv")
                .figure(figureOf("KILLED", Qualifier.EXACT, 2, span(report, "two people were killed")))
                .input();
        RecordView revised =
                Callers.as("editor2", Set.of("EDITOR"), () -> service.update(created.id(), changed, created.version()));

        assertEquals(created.version() + 1, revised.version());
        assertEquals("editor2", revised.updatedBy());
        assertEquals("editor", revised.createdBy());
        assertEquals("Strike on Kyiv and the region " + marker, revised.title());
        assertEquals(1, revised.figures().size(), "the content is replaced as a whole");
        assertTrue(revised.places().isEmpty());
        assertEquals(Verification.SINGLE_SOURCE, revised.verification());
        assertEquals(revised, editor(() -> catalog.view(created.id())));

        RecordView roundTrip = editor(() -> service.update(created.id(), revised.toInput(), revised.version()));
        assertEquals(revised.figures(), roundTrip.figures(), "a record saved as read keeps its facts");
        assertEquals(revised.time(), roundTrip.time());
    }

    @Test
    void aSaveBasedOnAnOldVersionIsRefusedAndChangesNothing() throws Exception {
        String marker = marker();
        RecordView created = editor(() -> service.create(RecordInputs.titled("First title " + marker)
                .withoutTime()
                .at("2025-12-27T09:20:00Z")
                .input()));
        RecordView first = Callers.as(
                "editor2",
                Set.of("EDITOR"),
                () -> service.update(
                        created.id(),
                        RecordInputs.titled("Second title " + marker)
                                .withoutTime()
                                .input(),
                        created.version()));

        StaleRecordException stale = assertThrows(
                StaleRecordException.class,
                () -> editor(() -> service.update(
                        created.id(),
                        RecordInputs.titled("Third title " + marker)
                                .withoutTime()
                                .input(),
                        created.version())));

        assertEquals(created.version(), stale.seenVersion());
        assertEquals(first.version(), stale.currentVersion());
        assertTrue(stale.getMessage().contains("editor2"), "says who changed it: " + stale.getMessage());
        RecordView now = editor(() -> catalog.view(created.id()));
        assertEquals("Second title " + marker, now.title());
        assertEquals(first.version(), now.version());
        assertNull(now.time().start(), "the second save removed the time; the refused one did not bring it back");
    }

    @Test
    void anEditorRefusedAsStaleSeesTheirFormFieldByFieldAgainstTheVersionSavedInBetween() throws Exception {
        String marker = marker();
        RecordView created = editor(() -> service.create(
                RecordInputs.titled("First title " + marker).withoutTime().input()));
        RecordInput theirs =
                RecordInputs.titled("Second title " + marker).withoutTime().input();
        RecordView saved =
                Callers.as("editor2", Set.of("EDITOR"), () -> service.update(created.id(), theirs, created.version()));
        RecordInput mine = RecordInputs.titled("Third title " + marker).input();

        RecordCatalog.SavedComparison comparison = editor(() -> catalog.compareWithSaved(created.id(), mine, Map.of()));

        assertEquals(saved.version(), comparison.version());
        assertEquals("editor2", comparison.savedBy());
        assertTrue(
                comparison
                        .changes()
                        .contains(new ChangeView.FieldView("title", "Second title " + marker, "Third title " + marker)),
                "the title, theirs before mine: " + comparison.changes());
        ChangeView.FieldView start = comparison.changes().stream()
                .filter(c -> c.field().equals("time.start"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the time only the form has: " + comparison.changes()));
        assertNull(start.before());
        assertTrue(start.after().contains("2025-12-27"), start.after());
        assertEquals(
                List.of(),
                editor(() -> catalog.compareWithSaved(created.id(), theirs, Map.of()))
                        .changes(),
                "a form that holds what they saved differs in nothing");
        assertThrows(NotFoundException.class, () -> editor(() -> catalog.compareWithSaved(-1, mine, Map.of())));
    }

    @Test
    void ofFiftyConcurrentSavesOfOneVersionExactlyOneWinsAndNothingIsLost() throws Exception {
        String marker = marker();
        SourceDetails report = strikeReport(marker);
        RecordView created = editor(() -> service.create(
                RecordInputs.titled("Contested record " + marker).withoutTime().input()));
        long version = created.version();
        int editors = 50;

        // Worker threads are not request threads: they run as the editor through the test's own security domain.
        SecurityDomain domain = SecurityDomain.getCurrent();
        SecurityIdentity editor = domain.createAdHocIdentity("editor")
                .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(Set.of("EDITOR"))));
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RecordView>> saves = new ArrayList<>();
        try {
            for (int i = 0; i < editors; i++) {
                int n = i;
                RecordInput input = RecordInputs.titled("Save " + n + " " + marker)
                        .withoutTime()
                        .place("Place " + n, "UA", span(report, "Kyiv"))
                        .figure(figureOf("KILLED", Qualifier.EXACT, n, span(report, "two people were killed")))
                        .figure(figureOf("INJURED", Qualifier.AT_LEAST, 100 + n))
                        .input();
                saves.add(pool.submit(() -> {
                    start.await();
                    return runAs(editor, () -> service.update(created.id(), input, version));
                }));
            }
            start.countDown();
            pool.shutdown();
            assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES), "all saves finish");
        } finally {
            pool.shutdownNow();
        }

        List<RecordView> won = new ArrayList<>();
        int refused = 0;
        for (Future<RecordView> save : saves) {
            try {
                won.add(save.get());
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof StaleRecordException) {
                    refused++;
                } else {
                    fail("a save failed otherwise than as stale", e.getCause());
                }
            }
        }
        assertEquals(1, won.size(), "exactly one save wins");
        assertEquals(editors - 1, refused, "every other save is refused as stale");

        RecordView winner = won.get(0);
        int n = Integer.parseInt(winner.title().split(" ")[1]);
        RecordView now = editor(() -> catalog.view(created.id()));
        assertEquals(version + 1, now.version());
        assertEquals("Save " + n + " " + marker, now.title());
        assertEquals(
                List.of("Place " + n),
                now.places().stream().map(RecordView.PlaceView::name).toList());
        assertEquals(
                List.of(new BigDecimal(n), new BigDecimal(100 + n)),
                now.figures().stream().map(f -> f.amount().value()).toList(),
                "the winner's figures, whole, and none of the losers'");
        assertEquals(
                "two people were killed",
                now.figures().get(0).evidence().get(0).quote(),
                "the winner's evidence is kept");
        assertEquals(winner, now);
    }

    private static <T> T runAs(SecurityIdentity identity, PrivilegedExceptionAction<T> step) throws Exception {
        try {
            return identity.runAs(step);
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }

    @Test
    void aFilterByANameAloneFindsTheNamesOfNewAndEditedRecords() throws Exception {
        // Without words the list asks the database rather than the search index: on H2 through the names the server
        // lists as it saves each fact (KnownNamesIntegrator), on PostgreSQL through trigram indexes.
        String marker = marker();
        RecordView created = editor(() -> service.create(RecordInputs.titled("Clash near " + marker + "ivka")
                .withoutTime()
                .place(marker + "ivka", "UA")
                .actor("Brigade " + marker, ActorKind.ARMED_GROUP, ActorRole.INITIATOR)
                .input()));
        assertEquals(Set.of(created.id()), idSet(byName(marker.toUpperCase() + "IVKA", null)), "case is ignored");
        assertEquals(Set.of(created.id()), idSet(byName(null, "brigade " + marker)));
        assertEquals(Set.of(), idSet(byName(null, marker + "x")), "a name nobody has");
        assertEquals(Set.of(), idSet(byName(marker + "ivka", "brigade " + marker + "x")), "both must match");

        // An edit writes the record's facts anew: the new name is found, the one it no longer has is not.
        editor(() -> service.update(
                created.id(),
                RecordInputs.titled("Clash near " + marker + "ivka")
                        .withoutTime()
                        .place(marker + "ivka", "UA")
                        .actor("Battalion " + marker, ActorKind.ARMED_GROUP, ActorRole.INITIATOR)
                        .input(),
                created.version()));
        assertEquals(Set.of(created.id()), idSet(byName(marker + "ivka", "battalion " + marker)));
        assertEquals(Set.of(), idSet(byName(null, "brigade " + marker)), "a name the record no longer has");

        // The words are the words: a LIKE wildcard in them is a character, and a name need not be ASCII.
        long other = editor(() -> service.create(RecordInputs.titled("Raid in Culiacán " + marker)
                        .withoutTime()
                        .place("Culiacán " + marker, "MX")
                        .actor("Unit_" + marker, ActorKind.ARMED_GROUP, ActorRole.INITIATOR)
                        .input()))
                .id();
        long lookalike = editor(() -> service.create(RecordInputs.titled("Raid by Unitz " + marker)
                        .withoutTime()
                        .actor("Unitz" + marker, ActorKind.ARMED_GROUP, ActorRole.INITIATOR)
                        .input()))
                .id();
        assertEquals(Set.of(other), idSet(byName(null, "unit_" + marker)), "an underscore is not a wildcard");
        assertEquals(Set.of(lookalike), idSet(byName(null, "unitz" + marker)));
        assertEquals(Set.of(other), idSet(byName("CULIACÁN " + marker, null)));
    }

    private static RecordQuery byName(String place, String actor) {
        return new RecordQuery(
                null, null, null, null, null, place, null, actor, null, null, RecordQuery.Order.LAST_CHANGE);
    }

    @Test
    void theListFiltersByEveryFieldOfTheGrid() throws Exception {
        String marker = marker();
        String inSummary = marker();
        SourceDetails report = strikeReport(marker);
        long kyiv = editor(() -> service.create(RecordInputs.titled("Strike on Kyiv " + marker + " overnight")
                        .withoutTime()
                        .at("2025-12-27T02:00:00+02:00")
                        .place("Kyiv", "UA", span(report, "Kyiv"))
                        .actor("Russia", ActorKind.STATE, ActorRole.INITIATOR)
                        .figure(figureOf("KILLED", Qualifier.EXACT, 2, span(report, "two people were killed")))
                        .input()))
                .id();
        long kharkiv = editor(() -> service.create(RecordInputs.titled("Shelling of Kharkiv " + marker)
                        .withoutTime()
                        .type("EXPLOSIONS_REMOTE_VIOLENCE.SHELLING_ARTILLERY_MISSILE_ATTACK")
                        .at("2025-12-23T10:00:00Z")
                        .place("Kharkiv", "UA")
                        .actor("Russian armed forces", ActorKind.ARMED_GROUP, ActorRole.INITIATOR)
                        .figure(figureOf("INJURED", Qualifier.AT_LEAST, 5))
                        .input()))
                .id();
        long meeting = editor(() -> service.create(RecordInputs.titled("Zelensky meets Trump " + marker)
                        .withoutTime()
                        .type("MEETING")
                        .summary("Talks at Mar-a-Lago, " + inSummary.toUpperCase())
                        .at("2025-12-28T20:00:00Z")
                        .place("Mar-a-Lago", "US")
                        .actor("Volodymyr Zelensky", ActorKind.PERSON, ActorRole.PARTICIPANT)
                        .judged(Verification.DISPUTED)
                        .input()))
                .id();
        long undated = editor(() -> service.create(RecordInputs.titled("Undated note " + marker)
                        .withoutTime()
                        .type("OTHER")
                        .input()))
                .id();

        RecordQuery all = matching(marker);
        assertEquals(Set.of(kyiv, kharkiv, meeting, undated), idSet(all));
        assertEquals(Set.of(kyiv, kharkiv, meeting, undated), idSet(matching(marker.toUpperCase())), "case is ignored");
        assertEquals(Set.of(meeting), idSet(matching(inSummary)), "free text finds words in the summary");
        assertEquals(Set.of(), idSet(matching(marker + "_")), "an underscore is a character, not a wildcard");

        assertEquals(Set.of(kyiv, kharkiv), idSet(withType(all, "EXPLOSIONS_REMOTE_VIOLENCE")), "with sub-types");
        assertEquals(Set.of(kyiv), idSet(withType(all, STRIKE)));
        assertEquals(Set.of(meeting), idSet(withType(all, "MEETING")));
        assertEquals(
                Set.of(kyiv, kharkiv, meeting, undated),
                idSet(new RecordQuery(
                        marker, null, RecordStatus.DRAFT, null, null, null, null, null, null, null, all.order())));
        assertEquals(
                Set.of(),
                idSet(new RecordQuery(
                        marker, null, RecordStatus.PUBLISHED, null, null, null, null, null, null, null, all.order())));

        assertEquals(
                Set.of(kyiv),
                idSet(new RecordQuery(marker, null, null, null, null, "KYI", null, null, null, null, all.order())));
        assertEquals(
                Set.of(kyiv, kharkiv),
                idSet(new RecordQuery(marker, null, null, null, null, null, "ua", null, null, null, all.order())));
        assertEquals(
                Set.of(meeting),
                idSet(new RecordQuery(marker, null, null, null, null, null, "US", null, null, null, all.order())));
        assertEquals(
                Set.of(meeting),
                idSet(new RecordQuery(
                        marker, null, null, null, null, null, null, "zelensky", null, null, all.order())));
        assertEquals(
                Set.of(kyiv, kharkiv),
                idSet(new RecordQuery(marker, null, null, null, null, null, null, "russia", null, null, all.order())));
        assertEquals(
                Set.of(kyiv),
                idSet(new RecordQuery(marker, null, null, null, null, null, null, null, null, "KILLED", all.order())));
        assertEquals(
                Set.of(kharkiv),
                idSet(new RecordQuery(marker, null, null, null, null, null, null, null, null, "INJURED", all.order())));

        assertEquals(Set.of(kyiv), idSet(verified(all, Verification.SINGLE_SOURCE)));
        assertEquals(Set.of(kharkiv, undated), idSet(verified(all, Verification.UNVERIFIED)));
        assertEquals(Set.of(meeting), idSet(verified(all, Verification.DISPUTED)));

        Instant day = Instant.parse("2025-12-27T00:00:00Z");
        assertEquals(
                Set.of(kyiv),
                idSet(between(all, day, day.plusSeconds(86_400))),
                "from is inclusive (the Kyiv strike starts at midnight UTC), before is exclusive");
        assertEquals(Set.of(kyiv, meeting), idSet(between(all, day, null)));
        assertEquals(Set.of(kharkiv), idSet(between(all, null, day)));
        assertEquals(Set.of(), idSet(between(all, day.plusSeconds(1), Instant.parse("2025-12-28T20:00:00Z"))));

        RecordQuery byEvent = new RecordQuery(
                marker, null, null, null, null, null, null, null, null, null, RecordQuery.Order.EVENT_TIME);
        assertEquals(List.of(meeting, kyiv, kharkiv, undated), ids(byEvent), "latest event first, undated last");
        assertEquals(List.of(undated, meeting, kharkiv, kyiv), ids(all), "latest change first");
    }

    private static RecordQuery withType(RecordQuery q, String type) {
        return new RecordQuery(q.text(), type, null, null, null, null, null, null, null, null, q.order());
    }

    private static RecordQuery verified(RecordQuery q, Verification verification) {
        return new RecordQuery(q.text(), null, null, null, null, null, null, null, verification, null, q.order());
    }

    private static RecordQuery between(RecordQuery q, Instant from, Instant before) {
        return new RecordQuery(q.text(), null, null, from, before, null, null, null, null, null, q.order());
    }

    @Test
    void cursorsPageThroughTheListWithoutOverlapOrGapInEitherOrder() throws Exception {
        String marker = marker();
        List<Long> created = new ArrayList<>();
        String[] starts = {"2025-12-20T10:00:00Z", null, "2025-12-22T10:00:00Z", null, "2025-12-21T10:00:00Z"};
        for (int i = 0; i < starts.length; i++) {
            RecordInputs draft =
                    RecordInputs.titled("Paged record " + i + " " + marker).withoutTime();
            if (starts[i] != null) {
                draft.at(starts[i]);
            }
            created.add(editor(() -> service.create(draft.input())).id());
        }

        List<Long> byChange = pages(matching(marker), 2);
        List<Long> newestFirst = new ArrayList<>(created);
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, byChange, "newest change first, every record once");

        RecordQuery byEvent = new RecordQuery(
                marker, null, null, null, null, null, null, null, null, null, RecordQuery.Order.EVENT_TIME);
        List<Long> byTime = pages(byEvent, 2);
        assertEquals(
                List.of(created.get(2), created.get(4), created.get(0), created.get(3), created.get(1)),
                byTime,
                "latest event first, then the undated ones, across page ends and the undated boundary");

        assertEquals(byChange, pages(matching(marker), 1));
        assertEquals(byChange, pages(matching(marker), 200));
    }

    /** Follows the cursors from the first page to the last and returns the ids in the order read. */
    private List<Long> pages(RecordQuery query, int size) throws Exception {
        List<Long> read = new ArrayList<>();
        Optional<RecordListing.Cursor> after = Optional.empty();
        for (int page = 0; page < 20; page++) {
            Optional<RecordListing.Cursor> cursor = after;
            RecordCatalog.RecordPage got = editor(() -> catalog.page(query, cursor, size));
            assertTrue(got.items().size() <= size);
            got.items().forEach(item -> read.add(item.id()));
            if (got.next().isEmpty()) {
                assertEquals(read.size(), new HashSet<>(read).size(), "no record twice: " + read);
                return read;
            }
            assertEquals(size, got.items().size(), "only the last page is short");
            after = got.next();
        }
        return fail("the cursor never reached the end: " + read);
    }

    @Test
    void linksAreSeenFromTheRecordTheyPointAt() throws Exception {
        String marker = marker();
        RecordView tuesday = editor(() -> service.create(RecordInputs.titled("Tuesday strike " + marker)
                .withoutTime()
                .at("2025-12-23T03:00:00+02:00")
                .input()));
        RecordView friday = editor(() -> service.create(RecordInputs.titled("Friday strike " + marker)
                .withoutTime()
                .link(LinkRelation.FOLLOWS, tuesday.id())
                .input()));

        assertEquals(
                List.of(new RecordView.LinkView(
                        LinkRelation.FOLLOWS, tuesday.id(), "Tuesday strike " + marker, "follows")),
                friday.links());
        RecordView target = editor(() -> catalog.view(tuesday.id()));
        assertEquals(
                List.of(new RecordView.LinkView(
                        LinkRelation.FOLLOWS, friday.id(), "Friday strike " + marker, "is followed by")),
                target.linkedFrom());
        assertTrue(target.links().isEmpty());

        InvalidInputException self = assertThrows(
                InvalidInputException.class,
                () -> editor(() -> service.update(
                        friday.id(),
                        RecordInputs.titled("Friday strike " + marker)
                                .withoutTime()
                                .link(LinkRelation.SAME_INCIDENT, friday.id())
                                .input(),
                        friday.version())));
        assertEquals(Set.of("links[0].recordId"), fields(self));
        InvalidInputException missing = assertThrows(
                InvalidInputException.class,
                () -> editor(() -> service.create(RecordInputs.titled("Dangling " + marker)
                        .withoutTime()
                        .link(LinkRelation.FOLLOWS, Long.MAX_VALUE)
                        .input())));
        assertEquals(Set.of("links[0].recordId"), fields(missing));
        assertEquals(1, editor(() -> catalog.view(tuesday.id())).linkedFrom().size());
    }

    @Test
    void badInputIsRefusedWholeNamingEveryFieldAndNothingIsStored() throws Exception {
        String marker = marker();
        SourceDetails report = strikeReport(marker);
        int length = report.text().length();
        RecordInput broken = RecordInputs.titled("Broken record " + marker)
                .withoutTime()
                .type("NOT_A_TYPE")
                .at("2025-12-27T12:00:00+02:00", "2025-12-27T11:00:00+02:00", TimePrecision.HOUR, "Europe/Kyiv")
                .place(new RecordInput.PlaceInput("Nowhere", "UA", null, null, 91.0, 200.0, null, null, List.of()))
                .figure(figureOf("NOT_A_CATEGORY", Qualifier.EXACT, 5))
                .figure(range("KILLED", 20L, 10L))
                .figure(range("KILLED", 5L, null))
                .figure(fraction("WITHOUT_HEAT", 1L, null))
                .figure(figureOf("INJURED", Qualifier.EXACT, 2))
                .figure(partOf("CHILDREN", Qualifier.EXACT, 3, 4))
                .figure(figureOf(
                        "KILLED", Qualifier.EXACT, 1, new RecordInput.EvidenceRef(report.id(), length - 5, length + 5)))
                .figure(figureOf("KILLED", Qualifier.EXACT, 1, new RecordInput.EvidenceRef(Long.MAX_VALUE, 0, 5)))
                .input();

        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> editor(() -> service.create(broken)));

        assertEquals(
                Set.of(
                        "type",
                        "time.end",
                        "places[0].lat",
                        "places[0].lon",
                        "places[0].precision",
                        "figures[0].category",
                        "figures[1].low",
                        "figures[2].high",
                        "figures[3].denominator",
                        "figures[5].value",
                        "figures[6].evidence[0]",
                        "figures[7].evidence[0].sourceId"),
                fields(refused));
        assertTrue(ids(matching(marker)).isEmpty(), "nothing of the refused record is stored");

        RecordView stored = editor(() -> service.create(RecordInputs.titled("Good record " + marker)
                .withoutTime()
                .figure(figureOf("KILLED", Qualifier.EXACT, 2, span(report, "two people were killed")))
                .input()));
        InvalidInputException refusedChange = assertThrows(
                InvalidInputException.class, () -> editor(() -> service.update(stored.id(), broken, stored.version())));
        assertEquals(fields(refused), fields(refusedChange));
        RecordView after = editor(() -> catalog.view(stored.id()));
        assertEquals(stored, after, "a refused change leaves the record as it was, version and all");
    }

    @Test
    void onlyEditorsMayReadOrWriteRecords() throws Exception {
        String marker = marker();
        RecordInput input =
                RecordInputs.titled("Forbidden " + marker).withoutTime().input();
        RecordView existing = editor(() -> service.create(
                RecordInputs.titled("Allowed " + marker).withoutTime().input()));
        List<PrivilegedExceptionAction<?>> steps = List.of(
                () -> service.create(input),
                () -> service.update(existing.id(), input, existing.version()),
                () -> catalog.view(existing.id()),
                () -> catalog.page(RecordQuery.all(), Optional.empty(), 10),
                () -> catalog.list(RecordQuery.all(), 0, 10),
                () -> catalog.eventTypes(),
                () -> catalog.figureCategories());

        for (PrivilegedExceptionAction<?> step : steps) {
            assertThrows(EJBAccessException.class, () -> admin(step), "an admin is not an editor");
            assertThrows(EJBAccessException.class, () -> partner(step), "a partner may only push sources");
            assertThrows(EJBAccessException.class, step::run, "an anonymous caller");
        }
        RecordView after = editor(() -> catalog.view(existing.id()));
        assertEquals(existing.version(), after.version());
        assertEquals("Allowed " + marker, after.title());
        assertEquals(List.of(existing.id()), ids(matching(marker)), "the refused create stored nothing");
    }

    @Test
    void aRecordOfTheSameKindPlaceAndTimeIsOfferedAsTheSameEvent() throws Exception {
        String marker = marker();
        String town = "Samesville " + marker;
        long existing = editor(() -> service.create(RecordInputs.titled("Drone strike on " + town)
                        .withoutTime()
                        .at("2025-12-27T02:00:00+02:00")
                        .place(town, "UA")
                        .input()))
                .id();
        long spiked = editor(() -> service.create(RecordInputs.titled("Spiked strike on " + town)
                        .withoutTime()
                        .at("2025-12-27T02:00:00+02:00")
                        .place(town, "UA")
                        .input()))
                .id();
        editor(() -> workflow.spike(spiked, "Duplicate of the other"));
        Instant hoursLater = Instant.parse("2025-12-27T09:20:00Z");
        String shelling = "EXPLOSIONS_REMOTE_VIOLENCE.SHELLING_ARTILLERY_MISSILE_ATTACK";

        assertEquals(
                List.of(existing),
                ids(editor(() -> catalog.sameEvent(shelling, List.of(town.toUpperCase()), hoursLater, null))),
                "another sub-type of the same type, the place named in other case, hours later; spiked left out");
        assertEquals(
                List.of(),
                ids(editor(() -> catalog.sameEvent("PROTESTS", List.of(town), hoursLater, null))),
                "another type");
        assertEquals(
                List.of(),
                ids(editor(() -> catalog.sameEvent(shelling, List.of("Elsewhere " + marker), hoursLater, null))),
                "another place");
        assertEquals(
                List.of(),
                ids(editor(() -> catalog.sameEvent(shelling, List.of(town), hoursLater.plusSeconds(3 * 86_400), null))),
                "three days later");
        assertEquals(
                List.of(existing),
                ids(editor(() -> catalog.sameEvent(
                        shelling,
                        List.of(town),
                        Instant.parse("2025-12-20T00:00:00Z"),
                        Instant.parse("2025-12-27T00:00:00Z")))),
                "a week that ends as the existing record begins");
        assertEquals(List.of(), editor(() -> catalog.sameEvent(null, List.of(town), hoursLater, null)), "no type yet");
    }

    @Test
    void theCodeListsHoldTheSeededTaxonomyAndCategories() throws Exception {
        List<TaxonomyEntry> types = editor(() -> catalog.eventTypes());
        TaxonomyEntry strike =
                types.stream().filter(t -> t.code().equals(STRIKE)).findFirst().orElseThrow();
        assertEquals("EXPLOSIONS_REMOTE_VIOLENCE", strike.parentCode());
        assertEquals("ACLED", strike.family());
        assertTrue(types.indexOf(strike)
                > types.stream().map(TaxonomyEntry::code).toList().indexOf("EXPLOSIONS_REMOTE_VIOLENCE"));
        assertTrue(types.stream()
                .anyMatch(t -> t.code().equals("MEETING") && t.family().equals("NEWS")));
        assertTrue(editor(() -> catalog.figureCategories()).stream()
                .anyMatch(c -> c.code().equals("INJURED") && c.label().equals("Injured")));
    }

    /** The offsets of a phrase in a source's cleaned text, as an editor's selection would give them. */
    private static RecordInput.EvidenceRef span(SourceDetails source, String phrase) {
        return RecordInputs.span(source.id(), source.text(), phrase);
    }

    private static RecordInput.FigureInput figureOf(
            String category, Qualifier qualifier, long value, RecordInput.EvidenceRef... evidence) {
        return RecordInputs.figureOf(category, qualifier, value, evidence);
    }
}
