package org.eventdesk.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.eventdesk.audit.LogAudit;
import org.eventdesk.domain.publishing.PublicCopy;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.Evidence;
import org.eventdesk.domain.record.Publication;
import org.eventdesk.domain.record.PublicationKind;
import org.eventdesk.domain.record.RecordSnapshot;
import org.eventdesk.domain.record.RecordStatus;
import org.eventdesk.domain.source.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small generated desk, read back the way the desk reads it: through its own persistence unit, its snapshot and
 * publication rules, and the offline audit.
 */
class RecordGeneratorTest {
    private static final int RECORDS = GeneratedDesk.RECORDS;

    @TempDir
    static Path dir;

    private static String url;
    private static RecordGenerator.Summary summary;

    @BeforeAll
    static void generate() throws Exception {
        GeneratedDesk desk = GeneratedDesk.get();
        url = desk.url;
        summary = desk.summary;
    }

    @Test
    void writesTheRecordsInANewsroomsProportionsOfStates() {
        assertEquals(RECORDS, summary.records());
        long published = summary.states().getOrDefault(RecordStatus.PUBLISHED, 0L);
        // 70 % expected; 400 draws stay within a few points of it.
        assertTrue(published > RECORDS * 0.6 && published < RECORDS * 0.8, "published: " + published);
        for (RecordStatus status : List.of(
                RecordStatus.DRAFT,
                RecordStatus.SUBMITTED,
                RecordStatus.RETURNED,
                RecordStatus.APPROVED,
                RecordStatus.SPIKED,
                RecordStatus.RETRACTED)) {
            assertTrue(summary.states().getOrDefault(status, 0L) > 0, "no " + status + " records: " + summary.states());
        }
        assertEquals(
                RECORDS,
                summary.states().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void everyRecordLoadsThroughTheDesksModelWithItsFactsQuotedFromItsSources() {
        EntityManagerFactory jpa = DeskJpa.open(url, "sa", "sa");
        try {
            EntityManager em = jpa.createEntityManager();
            List<EventRecord> records = em.createQuery("select r from EventRecord r order by r.id", EventRecord.class)
                    .getResultList();
            assertEquals(RECORDS, records.size());
            int withFigures = 0;
            int withClaims = 0;
            for (EventRecord record : records) {
                assertFalse(record.getPlaces().isEmpty(), "record " + record.getId() + " has no place");
                assertNotNull(record.getPlaces().get(0).lat());
                assertFalse(record.getActors().isEmpty());
                withFigures += record.getFigures().isEmpty() ? 0 : 1;
                withClaims += record.getClaims().isEmpty() ? 0 : 1;
                record.getFigures().forEach(f -> assertNotNull(f.value().qualifier()));
                // Every quote is the span of its source's text that the evidence names.
                List<Evidence> evidence = record.allEvidence().toList();
                assertFalse(evidence.isEmpty());
                if (record.getStart() == null) {
                    assertEquals(RecordStatus.DRAFT, record.getStatus(), "only drafts may lack a time");
                }
                for (Evidence e : evidence) {
                    Source source = em.find(Source.class, e.sourceId());
                    assertEquals(source.quote(e.start(), e.end()).orElseThrow(), e.quote());
                    assertEquals(source.getOutlet(), e.outlet());
                }
                // Records on their way out passed the desk's readiness rule when they were submitted.
                if (List.of(
                                RecordStatus.SUBMITTED,
                                RecordStatus.RETURNED,
                                RecordStatus.APPROVED,
                                RecordStatus.SCHEDULED)
                        .contains(record.getStatus())) {
                    assertEquals(List.of(), record.readinessProblems(), "record " + record.getId());
                }
                assertTrue(em.createQuery("select count(c) from RecordChange c where c.recordId = :id", Long.class)
                                .setParameter("id", record.getId())
                                .getSingleResult()
                        >= 1);
            }
            assertTrue(withFigures > RECORDS / 2, "figures on " + withFigures);
            assertTrue(withClaims > 0);
            em.close();
        } finally {
            jpa.close();
        }
    }

    @Test
    void publishedRecordsAreSealedAsTheDeskSealsThemAndServedFromTheirPublicCopy() {
        EntityManagerFactory jpa = DeskJpa.open(url, "sa", "sa");
        try {
            EntityManager em = jpa.createEntityManager();
            List<EventRecord> out = em.createQuery(
                            "select r from EventRecord r where r.status in :out order by r.id", EventRecord.class)
                    .setParameter("out", List.of(RecordStatus.PUBLISHED, RecordStatus.RETRACTED))
                    .getResultList();
            assertFalse(out.isEmpty());
            for (EventRecord record : out) {
                List<Publication> entries = em.createQuery(
                                "select p from Publication p where p.recordId = :id order by p.seq", Publication.class)
                        .setParameter("id", record.getId())
                        .getResultList();
                assertEquals(PublicationKind.PUBLISHED, entries.get(0).kind());
                // The sealed snapshot is what the desk's own rule makes of the record as stored.
                assertEquals(
                        RecordSnapshot.of(record).serialize(),
                        entries.get(0).snapshot().serialize(),
                        "record " + record.getId());
                PublicRecord copy = em.find(PublicCopy.class, record.getId()).record();
                boolean retracted = record.getStatus() == RecordStatus.RETRACTED;
                assertEquals(retracted ? 2 : 1, entries.size());
                assertEquals(retracted, copy.isRetracted());
                assertEquals(record.getTitle(), copy.title());
                if (!retracted) {
                    assertEquals(record.getPlaces().size(), copy.places().size());
                    assertEquals(record.getFigures().size(), copy.figures().size());
                }
            }
            em.close();
        } finally {
            jpa.close();
        }
    }

    @Test
    void theOfflineAuditFindsTheLogIntact() throws Exception {
        try (Connection db = DriverManager.getConnection(url, "sa", "sa")) {
            LogAudit.Result result = LogAudit.audit(db, summary.head());
            assertTrue(result.valid(), () -> result.report().problems().toString());
            assertEquals(summary.logEntries(), result.report().entries());
        }
    }

    @Test
    void theSameSeedWritesTheSameDeskAndAFullDeskIsRefused() throws Exception {
        List<String> heads = new ArrayList<>();
        for (String name : List.of("again-1", "again-2")) {
            String other = "jdbc:h2:file:" + dir.resolve(name);
            RecordGenerator.migrate(other, "sa", "sa");
            try (Connection db = DriverManager.getConnection(other, "sa", "sa")) {
                heads.add(RecordGenerator.generate(db, 50, 11, RecordGenerator.STATES)
                        .head());
                assertThrows(
                        IllegalStateException.class,
                        () -> RecordGenerator.generate(db, 10, 11, RecordGenerator.STATES));
            }
        }
        assertEquals(heads.get(0), heads.get(1));
    }
}
