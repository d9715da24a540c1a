package org.eventdesk.application.record;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventdesk.domain.publishing.PublicCopies;
import org.eventdesk.domain.publishing.PublicCopy;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicRecords;
import org.eventdesk.domain.publishing.ReviewFacts;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.Evidence;
import org.eventdesk.domain.record.FactCheck;
import org.eventdesk.domain.record.FactComment;
import org.eventdesk.domain.record.RecordJournal;
import org.eventdesk.domain.record.RecordRepository;
import org.eventdesk.domain.record.WorkflowException;
import org.eventdesk.domain.record.WorkflowStep;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.shared.Wording;
import org.eventdesk.domain.source.Passage;
import org.eventdesk.domain.source.Source;
import org.eventdesk.domain.source.SourceRepository;
import org.eventdesk.domain.user.Role;

/**
 * The reviewer's work on single facts: reading a record fact by fact (marked with what changed for readers, each quote
 * in its sentence), ticking a fact as checked, taking the tick back, commenting on a fact. Editors read it (the
 * comments are for them); only reviewers write it, and the record decides which reviewer may
 * ({@link EventRecord#factReviewRefusal}: in review, four eyes). Ticks do not gate approval: approving with facts
 * unchecked is the reviewer's call, which the screen warns about.
 */
@Stateless
@RolesAllowed(Role.Names.EDITOR)
public class FactReviewService {
    @Inject
    private RecordRepository records;

    @Inject
    private RecordJournal journal;

    @Inject
    private SourceRepository sources;

    @Inject
    private PublicRecords.References publicReferences;

    @Inject
    private PublicCopies publicCopies;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    public FactReview review(long id) {
        return review(load(id));
    }

    /** Ticks the fact as checked, for the fact as it is now. */
    @RolesAllowed(Role.Names.REVIEWER)
    public FactReview check(long id, String factRef) {
        EventRecord record = load(id);
        ReviewFacts.Fact fact = current(record, factRef);
        FactCheck check = record.checkFact(
                actor(), fact.ref(), fact.fingerprint(), journal.factCheck(id, fact.ref()), clock.instant());
        journal.store(check);
        return review(record);
    }

    /** Takes the fact's tick back (nothing happens when it has none). */
    @RolesAllowed(Role.Names.REVIEWER)
    public FactReview uncheck(long id, String factRef) {
        EventRecord record = load(id);
        ReviewFacts.Fact fact = current(record, factRef);
        record.uncheckFact(actor());
        journal.factCheck(id, fact.ref()).ifPresent(journal::remove);
        return review(record);
    }

    @RolesAllowed(Role.Names.REVIEWER)
    public FactReview comment(long id, String factRef, String text) {
        EventRecord record = load(id);
        ReviewFacts.Fact fact = current(record, factRef);
        journal.append(record.commentOnFact(actor(), fact.ref(), fact.words(), text, clock.instant()));
        return review(record);
    }

    private EventRecord load(long id) {
        return records.find(id).orElseThrow(() -> new NotFoundException("text.thing.record", id));
    }

    private PublicRecord preview(EventRecord record) {
        return PublicRecords.preview(record, clock.instant(), publicReferences);
    }

    /** A fact of the working copy: one that is only in the published version is no longer there to check. */
    private ReviewFacts.Fact current(EventRecord record, String factRef) {
        return ReviewFacts.of(preview(record)).stream()
                .filter(f -> f.ref().equals(factRef))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Wording.of("text.notFound.fact", factRef, record.getId())));
    }

    private WorkflowStep.Actor actor() {
        return RecordViews.actor(context);
    }

    private FactReview review(EventRecord record) {
        long id = record.getId();
        PublicRecord preview = preview(record);
        Optional<PublicRecord> published =
                publicCopies.find(id).map(PublicCopy::record).filter(p -> !p.isRetracted());
        List<ReviewFacts.Marked> marked = ReviewFacts.since(published.orElse(null), preview);
        List<List<Evidence>> evidence = ReviewFacts.evidenceInOrder(record);
        Map<String, List<Evidence>> evidenceByRef = new HashMap<>();
        List<ReviewFacts.Fact> currentFacts = ReviewFacts.of(preview);
        for (int i = 0; i < currentFacts.size() && i < evidence.size(); i++) {
            evidenceByRef.put(currentFacts.get(i).ref(), evidence.get(i));
        }
        Map<String, FactCheck> checks = new HashMap<>();
        journal.factChecks(id).forEach(c -> checks.put(c.factRef(), c));
        Map<String, List<FactReview.Comment>> comments = new HashMap<>();
        for (FactComment c : journal.factComments(id)) {
            comments.computeIfAbsent(c.factRef(), k -> new ArrayList<>()).add(comment(c));
        }
        Map<Long, Optional<Source>> sourceCache = new HashMap<>();
        List<FactReview.Fact> facts = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        int checked = 0;
        int total = 0;
        for (ReviewFacts.Marked m : marked) {
            ReviewFacts.Fact fact = m.fact();
            boolean current = m.change() != ReviewFacts.Change.REMOVED;
            FactCheck check = current ? checks.get(fact.ref()) : null;
            boolean holds = check != null && check.holdsFor(record.getRevision(), fact.fingerprint());
            if (current) {
                total++;
                checked += holds ? 1 : 0;
            }
            shown.add(fact.ref());
            facts.add(new FactReview.Fact(
                    fact.ref(),
                    fact.kind(),
                    fact.words(),
                    m.change(),
                    m.before(),
                    quotes(fact, current ? evidenceByRef.get(fact.ref()) : null, sourceCache),
                    holds ? new FactReview.Check(check.by(), check.at()) : null,
                    check != null && !holds ? new FactReview.Check(check.by(), check.at()) : null,
                    comments.getOrDefault(fact.ref(), List.of())));
        }
        List<FactReview.Comment> former = new ArrayList<>();
        comments.forEach((ref, list) -> {
            if (!shown.contains(ref)) {
                former.addAll(list);
            }
        });
        former.sort(java.util.Comparator.comparingLong(FactReview.Comment::id));
        Wording refusal = record.factReviewRefusal(actor())
                .map(WorkflowException::wording)
                .orElse(null);
        return new FactReview(
                id,
                record.getVersion(),
                published.map(PublicRecord::version).orElse(0),
                facts,
                checked,
                total,
                refusal,
                former);
    }

    private List<FactReview.Quote> quotes(
            ReviewFacts.Fact fact, List<Evidence> evidence, Map<Long, Optional<Source>> sourceCache) {
        List<FactReview.Quote> quotes = new ArrayList<>();
        for (int i = 0; i < fact.quotes().size(); i++) {
            PublicRecord.Quote q = fact.quotes().get(i);
            Evidence e = evidence != null && i < evidence.size() ? evidence.get(i) : null;
            Optional<Passage> passage = e == null
                    ? Optional.empty()
                    : sourceCache
                            .computeIfAbsent(e.sourceId(), sources::find)
                            .flatMap(s -> s.sentenceAround(e.start(), e.end()));
            String outlet = e != null ? e.outlet() : "";
            quotes.add(passage.map(p -> new FactReview.Quote(
                            q.sourceId(), outlet, p.before(), p.quoted(), p.after(), p.cutBefore(), p.cutAfter()))
                    .orElse(new FactReview.Quote(q.sourceId(), outlet, "", q.text(), "", false, false)));
        }
        return quotes;
    }

    private static FactReview.Comment comment(FactComment c) {
        return new FactReview.Comment(c.getId(), c.factRef(), c.factWords(), c.revision(), c.by(), c.at(), c.text());
    }
}
