package org.eventdesk.domain.record;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.Validation;
import org.eventdesk.domain.shared.Wording;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * The aggregate root: one event as the desk records it, with its time, places, actors, figures and claims, each
 * fact carrying the words it came from.
 *
 * <p>Content changes as a whole through {@link #revise}: the rules in {@link RecordRules} check the input, the
 * evidence is resolved against the sources, and only then is anything replaced, so a record is never saved
 * half-changed. The version counts changes; a caller who read version n can only save over version n
 * ({@link StaleRecordException} otherwise), so two editors never silently overwrite each other.
 */
@Entity
@Table(name = "event_record")
@Indexed(index = RecordIndex.NAME)
public class EventRecord {
    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 10_000;
    public static final int MAX_ZONE = 64;
    /** A tag as stored: stripped and lower-cased ({@link #normalizeTag}), which can make it longer ("İ" is two). */
    public static final int MAX_TAG = 60;
    /**
     * A public correction note or retraction reason. It goes into the record's own column and into the publication
     * log's {@code note} column, both of this size.
     */
    public static final int MAX_PUBLIC_NOTE = 4000;

    // How many facts one record holds. A record of a real event has a handful of each; the caps are far above that
    // and keep one request (at most 5 MB) from holding tens of thousands of them (README, "The API").
    public static final int MAX_PLACES = 50;
    public static final int MAX_ACTORS = 100;
    public static final int MAX_FIGURES = 200;
    public static final int MAX_CLAIMS = 100;
    public static final int MAX_LINKS = 50;
    public static final int MAX_TAGS = 30;
    /** For each fact, the summary and the time alike. */
    public static final int MAX_EVIDENCE = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "record_seq")
    @SequenceGenerator(name = "record_seq", sequenceName = "record_seq", allocationSize = 50)
    @GenericField(name = RecordIndex.ID, sortable = Sortable.YES)
    private Long id;

    @Version
    private long version;

    @Column(name = "type_code", length = 100)
    private String type;

    @Column(nullable = false, length = MAX_TITLE)
    @FullTextField(analyzer = RecordIndex.ENGLISH, projectable = Projectable.YES, highlightable = Highlightable.UNIFIED)
    private String title;

    @Column(length = MAX_SUMMARY)
    @FullTextField(analyzer = RecordIndex.ENGLISH, projectable = Projectable.YES, highlightable = Highlightable.UNIFIED)
    private String summary;

    @ElementCollection
    @CollectionTable(name = "record_summary_evidence", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "position")
    private List<Evidence> summaryEvidence = new ArrayList<>();

    @Column(name = "event_start")
    @GenericField(name = RecordIndex.START, sortable = Sortable.YES)
    private Instant start;

    @Column(name = "event_end")
    private Instant end;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_precision", length = 20)
    private TimePrecision precision;

    @Column(name = "time_zone", length = MAX_ZONE)
    private String zone;

    @ElementCollection
    @CollectionTable(name = "record_time_evidence", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "position")
    private List<Evidence> timeEvidence = new ArrayList<>();

    // The facts' lists are read in the order of their position column, which each fact writes itself with its row
    // (RecordFact, RecordLink): a list that wrote it would follow every insert with an update of the same row, as
    // Hibernate does for a list kept on the other side of the relation (seen in the import's SQL).
    @OneToMany(mappedBy = "record", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position", insertable = false, updatable = false)
    @IndexedEmbedded(includePaths = {"name", "alias", "country", "lat", "lon"})
    private List<RecordPlace> places = new ArrayList<>();

    @OneToMany(mappedBy = "record", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position", insertable = false, updatable = false)
    @IndexedEmbedded(includePaths = "name")
    private List<RecordActor> actors = new ArrayList<>();

    @OneToMany(mappedBy = "record", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position", insertable = false, updatable = false)
    @IndexedEmbedded(includePaths = "category")
    private List<Figure> figures = new ArrayList<>();

    @OneToMany(mappedBy = "record", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position", insertable = false, updatable = false)
    @IndexedEmbedded(includePaths = {"text", "speaker"})
    private List<Claim> claims = new ArrayList<>();

    @OneToMany(mappedBy = "record", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position", insertable = false, updatable = false)
    private List<RecordLink> links = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "record_tag", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag", nullable = false, length = MAX_TAG)
    private List<String> tags = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Occurrence occurrence;

    @Enumerated(EnumType.STRING)
    @Column(name = "verification_judgement", length = 30)
    private Verification judgement;

    /** The judgement if any, else what all the record's evidence says; stored for filtering. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    @GenericField(name = RecordIndex.VERIFICATION)
    private Verification verification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @GenericField(name = RecordIndex.STATUS)
    private RecordStatus status;

    /** The revision being worked on: 1 until the first correction starts, then 2, and so on. */
    @Column(nullable = false)
    private int revision;

    /** How many versions went public (0 before the first publication). */
    @Column(name = "published_version", nullable = false)
    private int publishedVersion;

    /** Everyone who authored or edited the current revision: none of them may approve it (four eyes). */
    @ElementCollection
    @CollectionTable(name = "record_revision_editor", joinColumns = @JoinColumn(name = "record_id"))
    @Column(name = "username", nullable = false, length = 64)
    private Set<String> revisionEditors = new LinkedHashSet<>();

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "scheduled_by", length = 64)
    private String scheduledBy;

    /** The public note the next publication of a correction will carry. */
    @Column(name = "correction_note", length = MAX_PUBLIC_NOTE)
    private String correctionNote;

    @Column(name = "retraction_reason", length = MAX_PUBLIC_NOTE)
    private String retractionReason;

    @Column(name = "last_published_at")
    private Instant lastPublishedAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    @GenericField(name = RecordIndex.UPDATED_AT, sortable = Sortable.YES)
    private Instant updatedAt;

    /** The record's id in the archive it was imported from ("ACLED:UKR1234"); unique, so an import never repeats. */
    @Column(name = "external_id", length = 80, unique = true)
    private String externalId;

    protected EventRecord() {}

    /** A new draft. */
    public static EventRecord create(RecordInput input, RecordReferences references, String by, Instant now) {
        RecordRules.Resolved resolved = RecordRules.check(input, references, null, RecordRules.CodesInUse.NONE);
        EventRecord record = new EventRecord();
        record.status = RecordStatus.DRAFT;
        record.revision = 1;
        record.createdBy = by;
        record.createdAt = now;
        record.replaceContent(input, resolved, by, now);
        return record;
    }

    /**
     * A record taken from an archive (an import). As a draft it goes through review like any other; as published
     * history it is published at once as version 1: the archive's editors reviewed it, and the admin who chose to
     * import it as history is the one who publishes it (the record's history and the publication log say so,
     * {@link #archivePublication}).
     *
     * @param externalId the archive's id of the event, prefixed with the archive's name ("ACLED:UKR1234")
     */
    public static EventRecord importFromArchive(
            RecordInput input,
            RecordReferences references,
            String externalId,
            boolean asPublished,
            String by,
            Instant now) {
        EventRecord record = create(input, references, by, now);
        record.externalId = externalId;
        if (asPublished) {
            record.status = RecordStatus.PUBLISHED;
            record.publishedVersion = 1;
            record.submittedBy = by;
            record.approvedBy = by;
            record.lastPublishedAt = now;
        }
        return record;
    }

    /**
     * What the publication log records for a record imported as published history, once it has its id.
     *
     * @param note where it came from, for the record's history ("import #3 of acled.csv")
     */
    public Publishing archivePublication(String note) {
        if (externalId == null || status != RecordStatus.PUBLISHED || publishedVersion != 1) {
            throw new WorkflowException(Wording.of("workflow.notImportedAsPublished", idWords()));
        }
        RecordChange entry = new RecordChange(
                id, revision, ChangeAction.PUBLISHED, updatedBy, updatedAt, "version 1, " + note, List.of());
        return new Publishing(PublicationKind.PUBLISHED, 1, null, approvedBy, entry);
    }

    public String getExternalId() {
        return externalId;
    }

    /**
     * Replaces the content with the input, if the caller saw the current version.
     *
     * @throws StaleRecordException when someone saved a newer version in the meantime
     * @throws InvalidInputException naming every field that breaks a rule; nothing changes then
     */
    public void revise(RecordInput input, long seenVersion, RecordReferences references, String by, Instant now) {
        if (!offers(WorkflowStep.EDIT, now)) {
            throw new WorkflowException(Wording.of(
                    switch (status) {
                        case PUBLISHED -> "workflow.edit.published";
                        case SUBMITTED -> "workflow.edit.inReview";
                        case APPROVED, SCHEDULED -> "workflow.edit.approved";
                        case SPIKED -> "workflow.edit.spiked";
                        case RETRACTED -> "workflow.edit.retracted";
                        default -> "workflow.edit.closed";
                    },
                    idWords()));
        }
        if (seenVersion != version) {
            throw new StaleRecordException(id, seenVersion, version, updatedBy, updatedAt);
        }
        RecordRules.Resolved resolved = RecordRules.check(
                input,
                references,
                id,
                new RecordRules.CodesInUse(
                        type, figures.stream().map(Figure::category).collect(Collectors.toSet())));
        replaceContent(input, resolved, by, now);
    }

    private void replaceContent(RecordInput input, RecordRules.Resolved resolved, String by, Instant now) {
        type = input.type() == null || input.type().isBlank()
                ? null
                : input.type().strip();
        title = input.title().strip();
        summary = org.eventdesk.domain.shared.Validation.trimToNull(input.summary());
        summaryEvidence.clear();
        summaryEvidence.addAll(resolved.summary());

        RecordInput.TimeInput time = input.time();
        start = time == null || time.start() == null ? null : time.start().toInstant();
        end = time == null || time.end() == null ? null : time.end().toInstant();
        precision = start == null ? null : time.precision();
        zone = start == null ? null : zoneOf(time);
        timeEvidence.clear();
        timeEvidence.addAll(resolved.time());

        places.clear();
        for (int i = 0; i < input.places().size(); i++) {
            places.add(new RecordPlace(
                    this, i, input.places().get(i), resolved.places().get(i)));
        }
        actors.clear();
        for (int i = 0; i < input.actors().size(); i++) {
            actors.add(new RecordActor(
                    this, i, input.actors().get(i), resolved.actors().get(i)));
        }
        figures.clear();
        for (int i = 0; i < input.figures().size(); i++) {
            figures.add(new Figure(
                    this, i, input.figures().get(i), resolved.figures().get(i)));
        }
        claims.clear();
        for (int i = 0; i < input.claims().size(); i++) {
            claims.add(
                    new Claim(this, i, input.claims().get(i), resolved.claims().get(i)));
        }
        links.clear();
        for (int i = 0; i < input.links().size(); i++) {
            RecordInput.LinkInput link = input.links().get(i);
            links.add(new RecordLink(this, i, link.relation(), link.recordId()));
        }
        tags.clear();
        new LinkedHashSet<>(input.tags().stream().map(EventRecord::normalizeTag).toList()).forEach(tags::add);
        occurrence = input.occurrence();
        judgement = input.verification() != null && input.verification().isJudgement() ? input.verification() : null;
        verification = judgement != null
                ? judgement
                : Verification.fromOutlets(sourceOutlets().count());
        revisionEditors.add(by);
        updatedBy = by;
        updatedAt = now;
    }

    /** A tag as it is stored and compared: stripped and lower-cased the same way in every language. */
    public static String normalizeTag(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT);
    }

    /** What keeps a tag off a record, or {@code null}; its length counts as stored, after {@link #normalizeTag}. */
    public static Wording tagProblem(String tag) {
        if (tag == null || tag.isBlank()) {
            return Wording.of("text.empty");
        }
        Wording problem = Validation.textProblem(tag, MAX_TAG);
        if (problem != null) {
            return problem;
        }
        int stored = normalizeTag(tag).length();
        return stored > MAX_TAG ? Wording.of("text.tooLongLowerCased", MAX_TAG, stored) : null;
    }

    // ---- the workflow (DOMAIN.md, "The workflow") ---------------------------------------------------

    /**
     * The steps that judge a revision (approve, return, publish) take the version the person read: a reviewer who
     * read version n never approves what the author changed after it. Checked before anything else, so whoever
     * acted on an old screen hears first that the record changed.
     */
    private void requireSeen(long seenVersion) {
        if (seenVersion != version) {
            throw new StaleRecordException(id, seenVersion, version, updatedBy, updatedAt);
        }
    }

    /** @param action the key of what the record cannot be now ({@code workflow.action.submitted}) */
    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new WorkflowException(Wording.of("workflow.notNow", idWords(), status, Wording.of(action)));
        }
    }

    /** The record's id as its refusals name it; a record not yet stored reads "null", as it always did. */
    private String idWords() {
        return String.valueOf(id);
    }

    /**
     * The steps this record offers to someone now: those their roles allow and the record's state opens, each
     * allowed or refused with the reason. The desk's screens and the API render from this; the transitions below
     * check the same two rules ({@link #offers} and {@link #refusal}), so nobody is offered a step that the record
     * would refuse, and nobody is refused one without being told why beforehand.
     */
    public List<WorkflowStep.Option> availableSteps(WorkflowStep.Actor actor, Instant now) {
        List<WorkflowStep.Option> options = new ArrayList<>();
        for (WorkflowStep step : WorkflowStep.values()) {
            if (actor.roles().contains(step.role()) && offers(step, now)) {
                options.add(refusal(step, actor.username())
                        .map(refused -> new WorkflowStep.Option(step, refused.wording(), refused.missing()))
                        .orElse(WorkflowStep.Option.allowed(step)));
            }
        }
        return options;
    }

    /** Whether the record's state opens the step at all (DOMAIN.md, "The workflow"). */
    private boolean offers(WorkflowStep step, Instant now) {
        boolean open = status.isOpenForEditing();
        return switch (step) {
            case EDIT, SUBMIT -> open;
            case NOTE_CORRECTION -> open && publishedVersion > 0;
            case SPIKE -> publishedVersion == 0 && (open || status == RecordStatus.SUBMITTED);
            case APPROVE, RETURN -> status == RecordStatus.SUBMITTED;
            case PUBLISH -> status == RecordStatus.APPROVED || isDue(now);
            case SCHEDULE -> status == RecordStatus.APPROVED;
            case UNSCHEDULE -> status == RecordStatus.SCHEDULED;
            case START_CORRECTION, RETRACT -> status == RecordStatus.PUBLISHED;
        };
    }

    /**
     * Why the record refuses a step its state opens, for this person: a record not ready for review, or four
     * eyes. Empty when the step may be taken.
     */
    private Optional<WorkflowException> refusal(WorkflowStep step, String by) {
        if (step == WorkflowStep.SUBMIT) {
            List<Wording> missing = readinessProblems();
            if (!missing.isEmpty()) {
                return Optional.of(new WorkflowException(Wording.of("workflow.notReady", idWords(), missing), missing));
            }
        }
        if (step == WorkflowStep.APPROVE && revisionEditors.contains(by)) {
            return Optional.of(
                    new WorkflowException(Wording.of("workflow.fourEyes.approve", String.valueOf(by), idWords())));
        }
        return Optional.empty();
    }

    /** The state check and the person's check of a step, as {@link #availableSteps} tells them beforehand. */
    private void permit(WorkflowStep step, String by, Instant now, String action) {
        require(offers(step, now), action);
        Optional<WorkflowException> refused = refusal(step, by);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    // ---- the reviewer's work on single facts (issue 11) -------------------------------------------

    /**
     * Why this person may not tick or comment on this record's facts now; empty when they may. The same people who
     * may judge the revision: a reviewer, while the record is in review, who did not author or edit this revision
     * (four eyes: ticking one's own facts as checked is no check).
     */
    public Optional<WorkflowException> factReviewRefusal(WorkflowStep.Actor actor) {
        if (!actor.roles().contains(org.eventdesk.domain.user.Role.REVIEWER)) {
            return Optional.of(
                    new WorkflowException(Wording.of("workflow.facts.notReviewer", String.valueOf(actor.username()))));
        }
        if (status != RecordStatus.SUBMITTED) {
            return Optional.of(new WorkflowException(Wording.of("workflow.facts.notInReview", idWords(), status)));
        }
        if (revisionEditors.contains(actor.username())) {
            return Optional.of(new WorkflowException(
                    Wording.of("workflow.fourEyes.facts", String.valueOf(actor.username()), idWords())));
        }
        return Optional.empty();
    }

    private void requireFactReviewer(WorkflowStep.Actor actor) {
        Optional<WorkflowException> refused = factReviewRefusal(actor);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    /**
     * A tick on one fact, for the fact as it is now (its fingerprint) in this revision; {@code existing} is the
     * fact's earlier tick, renewed rather than doubled.
     */
    public FactCheck checkFact(
            WorkflowStep.Actor actor, String factRef, String fingerprint, Optional<FactCheck> existing, Instant now) {
        requireFactReviewer(actor);
        if (existing.isPresent()) {
            existing.get().renew(revision, fingerprint, actor.username(), now);
            return existing.get();
        }
        return FactCheck.of(id, factRef, revision, fingerprint, actor.username(), now);
    }

    /** Taking a tick back is checking too: the same people may. */
    public void uncheckFact(WorkflowStep.Actor actor) {
        requireFactReviewer(actor);
    }

    /** A reviewer's remark on one fact, with the fact's words as they are now. */
    public FactComment commentOnFact(
            WorkflowStep.Actor actor, String factRef, String factWords, String text, Instant now) {
        requireFactReviewer(actor);
        requireWords(text, "text", "workflow.words.factComment", FactComment.MAX_TEXT);
        return FactComment.of(id, factRef, revision, factWords, text, actor.username(), now);
    }

    /** What the record still lacks before review, each worded for its reader; empty when it is ready. */
    public List<Wording> readinessProblems() {
        List<Wording> missing = new ArrayList<>();
        if (type == null) {
            missing.add(Wording.of("workflow.missing.type"));
        }
        if (start == null) {
            missing.add(Wording.of("workflow.missing.time"));
        }
        if (places.isEmpty()) {
            missing.add(Wording.of("workflow.missing.place"));
        }
        if (sourceIds().isEmpty()) {
            missing.add(Wording.of("workflow.missing.source"));
        }
        for (int i = 0; i < figures.size(); i++) {
            if (figures.get(i).evidence().isEmpty()) {
                missing.add(Wording.of(
                        "workflow.missing.figureEvidence",
                        i + 1,
                        String.valueOf(figures.get(i).category())));
            }
        }
        if (publishedVersion > 0 && (correctionNote == null || correctionNote.isBlank())) {
            missing.add(Wording.of("workflow.missing.correctionNote"));
        }
        return missing;
    }

    /** @return the history entry of the step (as every transition returns its own) */
    public RecordChange submit(String by, Instant now) {
        permit(WorkflowStep.SUBMIT, by, now, "workflow.action.submitted");
        status = RecordStatus.SUBMITTED;
        submittedBy = by;
        return touch(ChangeAction.SUBMITTED, by, now, null);
    }

    /**
     * Four eyes: whoever authored or edited this revision cannot approve it.
     *
     * @param seenVersion the version the reviewer read
     * @throws StaleRecordException when the record changed since
     */
    public RecordChange approve(String by, long seenVersion, Instant now) {
        requireSeen(seenVersion);
        permit(WorkflowStep.APPROVE, by, now, "workflow.action.approved");
        status = RecordStatus.APPROVED;
        approvedBy = by;
        return touch(ChangeAction.APPROVED, by, now, null);
    }

    /** Back to its editors with a comment that says what to fix, about the version the reviewer read. */
    public RecordChange sendBack(String by, String comment, long seenVersion, Instant now) {
        requireSeen(seenVersion);
        permit(WorkflowStep.RETURN, by, now, "workflow.action.returned");
        requireWords(comment, "comment", "workflow.words.returnComment", RecordChange.MAX_COMMENT);
        status = RecordStatus.RETURNED;
        return touch(ChangeAction.RETURNED, by, now, comment);
    }

    /** Publishes the approved revision the editor read at a later time (see {@link #publish}). */
    public RecordChange schedule(String by, Instant at, long seenVersion, Instant now) {
        requireSeen(seenVersion);
        permit(WorkflowStep.SCHEDULE, by, now, "workflow.action.scheduled");
        if (at == null || !at.isAfter(now)) {
            throw new InvalidInputException(FieldError.of("at", "workflow.schedule.notInFuture"));
        }
        status = RecordStatus.SCHEDULED;
        publishAt = at;
        scheduledBy = by;
        return touch(ChangeAction.SCHEDULED, by, now, "for " + at);
    }

    public RecordChange unschedule(String by, Instant now) {
        permit(WorkflowStep.UNSCHEDULE, by, now, "workflow.action.unscheduled");
        status = RecordStatus.APPROVED;
        publishAt = null;
        scheduledBy = null;
        return touch(ChangeAction.UNSCHEDULED, by, now, null);
    }

    /** Whether the scheduler should publish this record now. */
    public boolean isDue(Instant now) {
        return status == RecordStatus.SCHEDULED && publishAt != null && !publishAt.isAfter(now);
    }

    /**
     * Makes the approved revision the next public version. Returns what the publication log must record; the
     * caller seals it with the record's snapshot.
     */
    public Publishing publish(String by, long seenVersion, Instant now) {
        requireSeen(seenVersion);
        permit(WorkflowStep.PUBLISH, by, now, "workflow.action.published");
        publishedVersion++;
        PublicationKind kind = publishedVersion == 1 ? PublicationKind.PUBLISHED : PublicationKind.CORRECTED;
        String note = kind == PublicationKind.CORRECTED ? correctionNote : null;
        status = RecordStatus.PUBLISHED;
        lastPublishedAt = now;
        publishAt = null;
        correctionNote = null;
        RecordChange entry = touch(
                ChangeAction.PUBLISHED,
                by,
                now,
                kind == PublicationKind.CORRECTED
                        ? "version " + publishedVersion + ", correction: " + note
                        : "version " + publishedVersion);
        return new Publishing(kind, publishedVersion, note, approvedBy, entry);
    }

    /**
     * The scheduler's publication of a record whose time has come: nobody read a version then, the schedule was the
     * decision (and scheduling needed an approved revision, which cannot change while it waits).
     */
    public Publishing publishDue(String by, Instant now) {
        require(isDue(now), "workflow.action.publishedDue");
        return publish(by, version, now);
    }

    /**
     * The scheduler could not publish the record and gives up on it: it goes back to approved (the approval still
     * stands), out of the schedule, for a person to look at; the history says why.
     */
    public RecordChange abandonSchedule(String by, String reason, Instant now) {
        require(status == RecordStatus.SCHEDULED, "workflow.action.unscheduled");
        status = RecordStatus.APPROVED;
        publishAt = null;
        scheduledBy = null;
        return touch(ChangeAction.SCHEDULE_FAILED, by, now, reason);
    }

    /**
     * What a publication records beside the snapshot, and the record's history entry for it.
     */
    public record Publishing(PublicationKind kind, int version, String note, String approvedBy, RecordChange entry) {}

    /** Discards a record that never went public; the reason, if given, goes into the history. */
    public RecordChange spike(String by, String reason, Instant now) {
        permit(WorkflowStep.SPIKE, by, now, "workflow.action.spiked");
        checkLength(reason, "reason", RecordChange.MAX_COMMENT);
        status = RecordStatus.SPIKED;
        return touch(ChangeAction.SPIKED, by, now, reason);
    }

    /** Withdraws a published record from the public, with a public reason; it stays visible as retracted. */
    public Publishing retract(String by, String reason, Instant now) {
        permit(WorkflowStep.RETRACT, by, now, "workflow.action.retracted");
        requireWords(reason, "reason", "workflow.words.retractionReason", MAX_PUBLIC_NOTE);
        status = RecordStatus.RETRACTED;
        retractionReason = reason.strip();
        RecordChange entry = touch(ChangeAction.RETRACTED, by, now, retractionReason);
        return new Publishing(PublicationKind.RETRACTED, publishedVersion, retractionReason, null, entry);
    }

    /**
     * Opens a new revision of a published record. The public keeps seeing version n until the correction is
     * reviewed and published as version n+1 with its note.
     */
    public RecordChange startCorrection(String by, String note, Instant now) {
        permit(WorkflowStep.START_CORRECTION, by, now, "workflow.action.corrected");
        checkLength(note, "note", MAX_PUBLIC_NOTE);
        status = RecordStatus.DRAFT;
        revision++;
        revisionEditors.clear();
        revisionEditors.add(by);
        submittedBy = null;
        approvedBy = null;
        correctionNote = note == null || note.isBlank() ? null : note.strip();
        return touch(ChangeAction.CORRECTION_STARTED, by, now, note);
    }

    /** Changes the pending correction note (part of the revision, so its author counts as an editor). */
    public RecordChange noteCorrection(String by, String note, Instant now) {
        permit(WorkflowStep.NOTE_CORRECTION, by, now, "workflow.action.correctionNote");
        checkLength(note, "note", MAX_PUBLIC_NOTE);
        correctionNote = note == null || note.isBlank() ? null : note.strip();
        revisionEditors.add(by);
        return touch(ChangeAction.SAVED, by, now, "correction note: " + note);
    }

    private void touch(String by, Instant now) {
        updatedBy = by;
        updatedAt = now;
    }

    /** Marks the record changed by a workflow step and returns the step's history entry. */
    private RecordChange touch(ChangeAction action, String by, Instant now, String comment) {
        touch(by, now);
        return new RecordChange(id, revision, action, by, now, comment, List.of());
    }

    /** @param what the key of what the words must say ({@code workflow.words.returnComment}) */
    private static void requireWords(String text, String field, String what, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(FieldError.of(field, "workflow.wordsRequired", Wording.of(what)));
        }
        checkLength(text, field, maxLength);
    }

    private static void checkLength(String text, String field, int maxLength) {
        new Validation().optionalText(text, field, maxLength).throwIfAny();
    }

    private static String zoneOf(RecordInput.TimeInput time) {
        if (time.zone() != null && !time.zone().isBlank()) {
            return ZoneId.of(time.zone().strip()).getId();
        }
        ZoneOffset offset = time.start().getOffset();
        return offset.equals(ZoneOffset.UTC) ? "UTC" : offset.getId();
    }

    /** Every piece of evidence in the record, whatever fact it supports. */
    public Stream<Evidence> allEvidence() {
        return Stream.of(
                        summaryEvidence.stream(),
                        timeEvidence.stream(),
                        places.stream().flatMap(p -> p.evidence().stream()),
                        actors.stream().flatMap(a -> a.evidence().stream()),
                        figures.stream().flatMap(f -> f.evidence().stream()),
                        claims.stream().flatMap(c -> c.evidence().stream()))
                .flatMap(s -> s);
    }

    /**
     * The words the record cites from its sources (every evidence quote), for the search index: a record is found
     * by what its sources say about it, without loading whole articles on every save.
     */
    @FullTextField(name = RecordIndex.CITED, analyzer = RecordIndex.ENGLISH)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "summaryEvidence")),
                @ObjectPath(@PropertyValue(propertyName = "timeEvidence")),
                @ObjectPath({@PropertyValue(propertyName = "places"), @PropertyValue(propertyName = "evidence")}),
                @ObjectPath({@PropertyValue(propertyName = "actors"), @PropertyValue(propertyName = "evidence")}),
                @ObjectPath({@PropertyValue(propertyName = "figures"), @PropertyValue(propertyName = "evidence")}),
                @ObjectPath({@PropertyValue(propertyName = "claims"), @PropertyValue(propertyName = "evidence")})
            })
    public List<String> getCitedText() {
        return allEvidence().map(Evidence::quote).distinct().toList();
    }

    /**
     * The type's code and the codes above it ("PROTESTS.PEACEFUL" gives it and "PROTESTS"), for the search index:
     * filtering by a top-level type then finds its sub-types too, as the database query does.
     */
    @KeywordField(name = RecordIndex.TYPE_LINEAGE)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "type")))
    public List<String> getTypeLineage() {
        List<String> lineage = new ArrayList<>();
        for (int dot = type == null ? -1 : type.indexOf('.'); dot >= 0; dot = type.indexOf('.', dot + 1)) {
            lineage.add(type.substring(0, dot));
        }
        if (type != null) {
            lineage.add(type);
        }
        return lineage;
    }

    /** The sources the record draws on: those its evidence quotes. */
    public Set<Long> sourceIds() {
        return new LinkedHashSet<>(allEvidence().map(Evidence::sourceId).toList());
    }

    private Stream<String> sourceOutlets() {
        return allEvidence().map(Evidence::outletKey).distinct();
    }

    /** The start as the report gave it, in its own zone. */
    public Optional<ZonedDateTime> startInItsZone() {
        return start == null ? Optional.empty() : Optional.of(start.atZone(ZoneId.of(zone)));
    }

    public Optional<ZonedDateTime> endInItsZone() {
        return end == null ? Optional.empty() : Optional.of(end.atZone(ZoneId.of(zone)));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public List<Evidence> getSummaryEvidence() {
        return List.copyOf(summaryEvidence);
    }

    public Instant getStart() {
        return start;
    }

    public Instant getEnd() {
        return end;
    }

    public TimePrecision getPrecision() {
        return precision;
    }

    public String getZone() {
        return zone;
    }

    public List<Evidence> getTimeEvidence() {
        return List.copyOf(timeEvidence);
    }

    public List<RecordPlace> getPlaces() {
        return List.copyOf(places);
    }

    public List<RecordActor> getActors() {
        return List.copyOf(actors);
    }

    public List<Figure> getFigures() {
        return List.copyOf(figures);
    }

    public List<Claim> getClaims() {
        return List.copyOf(claims);
    }

    public List<RecordLink> getLinks() {
        return List.copyOf(links);
    }

    public List<String> getTags() {
        return List.copyOf(tags);
    }

    public Occurrence getOccurrence() {
        return occurrence;
    }

    public Verification getJudgement() {
        return judgement;
    }

    public Verification getVerification() {
        return verification;
    }

    public int getRevision() {
        return revision;
    }

    public int getPublishedVersion() {
        return publishedVersion;
    }

    public Set<String> getRevisionEditors() {
        return Set.copyOf(revisionEditors);
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public String getScheduledBy() {
        return scheduledBy;
    }

    public String getCorrectionNote() {
        return correctionNote;
    }

    public String getRetractionReason() {
        return retractionReason;
    }

    public Instant getLastPublishedAt() {
        return lastPublishedAt;
    }

    public RecordStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
