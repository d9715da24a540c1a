package org.eventdesk.application.record;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eventdesk.domain.record.ChangeAction;
import org.eventdesk.domain.record.PresenceRepository;
import org.eventdesk.domain.record.RecordChange;
import org.eventdesk.domain.record.RecordJournal;
import org.eventdesk.domain.record.RecordPresence;
import org.eventdesk.domain.record.RecordRepository;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.user.Role;

/**
 * Who has a record open in the editor. The editor calls {@link #heartbeat} when it opens a record and then
 * every half minute; others see "being edited by X since T" until X's heartbeat is older than
 * {@link RecordPresence#STALE_AFTER}. An admin can clear someone's presence (a session left open overnight).
 */
@Stateless
public class PresenceService {
    @Inject
    private PresenceRepository presences;

    @Inject
    private RecordRepository records;

    @Inject
    private RecordJournal journal;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** Someone with the record open, as others see them. */
    public record Editing(String username, Instant since) {}

    /** Marks the caller as editing the record and returns everyone else who is. */
    @RolesAllowed(Role.Names.EDITOR)
    public List<Editing> heartbeat(long recordId) {
        String caller = context.getCallerPrincipal().getName();
        Instant now = clock.instant();
        if (!records.exists(recordId)) {
            throw new NotFoundException("text.thing.record", recordId);
        }
        presences
                .find(recordId, caller)
                .ifPresentOrElse(
                        p -> p.heartbeat(now), () -> presences.store(new RecordPresence(recordId, caller, now)));
        return others(recordId, caller, now);
    }

    @RolesAllowed({Role.Names.EDITOR, Role.Names.ADMIN})
    public List<Editing> editing(long recordId) {
        return others(recordId, context.getCallerPrincipal().getName(), clock.instant());
    }

    /** The caller closed the editor. */
    @RolesAllowed(Role.Names.EDITOR)
    public void leave(long recordId) {
        presences.find(recordId, context.getCallerPrincipal().getName()).ifPresent(presences::remove);
    }

    /** Clears another user's presence on a record, and says so in the record's history. */
    @RolesAllowed(Role.Names.ADMIN)
    public void takeOver(long recordId, String username) {
        presences.find(recordId, username).ifPresent(p -> {
            presences.remove(p);
            journal.append(new RecordChange(
                    recordId,
                    records.find(recordId).orElseThrow().getRevision(),
                    ChangeAction.TAKEN_OVER,
                    context.getCallerPrincipal().getName(),
                    clock.instant(),
                    "cleared " + username + "'s open editor (since " + p.since() + ")",
                    List.of()));
        });
    }

    private List<Editing> others(long recordId, String caller, Instant now) {
        return presences.onRecord(recordId).stream()
                .filter(p -> !p.username().equals(caller) && !p.isStaleAt(now))
                .map(p -> new Editing(p.username(), p.since()))
                .toList();
    }
}
