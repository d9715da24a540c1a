package org.eventdesk.application.admin;

import java.time.Instant;
import org.eventdesk.domain.security.SecurityEvent;
import org.eventdesk.domain.security.SecurityEventKind;

/** One line of the security log as the admin reads it. */
public record SecurityLogEntry(
        long id,
        Instant occurredAt,
        SecurityEventKind kind,
        String actor,
        String subjectUser,
        String subject,
        String clientAddress,
        String detail) {

    static SecurityLogEntry of(SecurityEvent event) {
        return new SecurityLogEntry(
                event.getId(),
                event.getOccurredAt(),
                event.getKind(),
                event.getActor(),
                event.getSubjectUser(),
                event.getSubject(),
                event.getClientAddress(),
                event.getDetail());
    }
}
