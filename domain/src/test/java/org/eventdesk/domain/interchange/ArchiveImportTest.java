package org.eventdesk.domain.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.eventdesk.domain.record.WorkflowException;
import org.junit.jupiter.api.Test;

/** An import's life: which server runs it, its counts as chunks commit, and the steps refused once it ended. */
class ArchiveImportTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static ArchiveImport queuedOn(String server) {
        return ArchiveImport.queue(
                ArchiveImport.Format.ACLED, " archive.csv ", "/data/a.upload", server, false, "admin", NOW);
    }

    @Test
    void onlyTheServerThatKeepsTheFileRunsTheImport() {
        ArchiveImport upload = queuedOn("server-a");
        assertTrue(upload.runsOn("server-a", true));
        assertFalse(upload.runsOn("server-b", true), "another server on the same database leaves it alone");
        assertTrue(upload.runsOn("server-a", false), "its own server resumes it, and reports a lost file");
    }

    @Test
    void anImportQueuedBeforeServersWereToldApartRunsOnTheServerThatHasItsFile() {
        ArchiveImport upload = queuedOn(null); // as a row stored before V18 reads
        assertTrue(upload.runsOn("server-a", true));
        assertFalse(upload.runsOn("server-b", false));
    }

    @Test
    void countsAdvanceByChunkAndGivePaceAndTimeLeft() {
        ArchiveImport upload = queuedOn("server-a");
        assertEquals("archive.csv", upload.getFileName());
        upload.running(7, NOW);
        upload.counted(1_000);
        upload.advance(200, 150, 30, 20);
        upload.advance(200, 200, 0, 0);
        Instant later = NOW.plusSeconds(4);
        assertEquals(400, upload.getRowsRead());
        assertEquals(350, upload.getRowsImported());
        assertEquals(100.0, upload.rowsPerSecond(later));
        assertEquals(Duration.ofSeconds(6), upload.timeLeft(later).orElseThrow());
    }

    @Test
    void anEndedImportCannotBeCancelledOrTakenUpAgain() {
        ArchiveImport upload = queuedOn("server-a");
        upload.running(1, NOW);
        upload.cancel(NOW.plusSeconds(1));
        assertEquals(ArchiveImport.Status.CANCELLED, upload.getStatus());
        assertThrows(WorkflowException.class, () -> upload.cancel(NOW.plusSeconds(2)));
        assertThrows(WorkflowException.class, () -> upload.running(2, NOW.plusSeconds(2)));
        upload.done(NOW.plusSeconds(3));
        assertEquals(ArchiveImport.Status.CANCELLED, upload.getStatus(), "a cancelled import stays cancelled");
    }
}
