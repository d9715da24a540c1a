package org.eventdesk.domain.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the security log. Append-only by construction: it is built whole by {@link #of} and its
 * {@link Builder}, has no setters, every column is {@code updatable = false} (so not even a changed field could
 * reach the database), and the log's repository has no update or delete. Texts that come from outside (a user
 * name typed at the login screen) are cut to their column's size rather than refused: the log must never lose an
 * event because of what an attacker typed.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {
    static final int NAME_LENGTH = 64;
    static final int SUBJECT_LENGTH = 200;
    static final int ADDRESS_LENGTH = 64;
    static final int DETAIL_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_event_seq")
    @SequenceGenerator(name = "security_event_seq", sequenceName = "security_event_seq", allocationSize = 50)
    @Column(updatable = false)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private SecurityEventKind kind;

    /** Who did it: the admin acting, the user logging in, the token's owner. Absent for the desk itself. */
    @Column(updatable = false, length = NAME_LENGTH)
    private String actor;

    /** The account it is about (the user changed, the owner of the token), for filtering by user. */
    @Column(name = "subject_user", updatable = false, length = NAME_LENGTH)
    private String subjectUser;

    /** What else it is about, in words: a token ("token #12 “CI feed”"), a taxonomy code. */
    @Column(updatable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(name = "client_address", updatable = false, length = ADDRESS_LENGTH)
    private String clientAddress;

    @Column(updatable = false, length = DETAIL_LENGTH)
    private String detail;

    protected SecurityEvent() {}

    public static Builder of(SecurityEventKind kind, Instant at) {
        return new Builder(Objects.requireNonNull(kind), Objects.requireNonNull(at));
    }

    /** Collects an entry's parts; {@link #build()} makes the entry, which never changes after. */
    public static final class Builder {
        private final SecurityEventKind kind;
        private final Instant at;
        private String actor;
        private String subjectUser;
        private String subject;
        private String clientAddress;
        private String detail;

        private Builder(SecurityEventKind kind, Instant at) {
            this.kind = kind;
            this.at = at;
        }

        public Builder actor(String username) {
            this.actor = username;
            return this;
        }

        public Builder subjectUser(String username) {
            this.subjectUser = username;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder clientAddress(String address) {
            this.clientAddress = address;
            return this;
        }

        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        public SecurityEvent build() {
            SecurityEvent event = new SecurityEvent();
            event.kind = kind;
            event.occurredAt = at;
            event.actor = cut(actor, NAME_LENGTH);
            event.subjectUser = cut(subjectUser, NAME_LENGTH);
            event.subject = cut(subject, SUBJECT_LENGTH);
            event.clientAddress = cut(clientAddress, ADDRESS_LENGTH);
            event.detail = cut(detail, DETAIL_LENGTH);
            return event;
        }
    }

    private static String cut(String text, int length) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.strip().replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= length ? clean : clean.substring(0, length - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventKind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public String getSubjectUser() {
        return subjectUser;
    }

    public String getSubject() {
        return subject;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getDetail() {
        return detail;
    }
}
