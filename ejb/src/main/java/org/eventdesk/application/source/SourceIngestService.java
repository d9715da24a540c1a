package org.eventdesk.application.source;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.LogText;
import org.eventdesk.domain.source.ArticleCleaner;
import org.eventdesk.domain.source.CleanedArticle;
import org.eventdesk.domain.source.DuplicateSourceException;
import org.eventdesk.domain.source.ExistingSource;
import org.eventdesk.domain.source.InputFormat;
import org.eventdesk.domain.source.Source;
import org.eventdesk.domain.source.SourceRepository;
import org.eventdesk.domain.source.SourceSubmission;
import org.eventdesk.domain.user.Role;

/**
 * Bringing reports into the desk: cleaning pasted or pushed input, refusing duplicates, storing the source.
 */
@Stateless
public class SourceIngestService {
    private static final Logger LOG = Logger.getLogger(SourceIngestService.class.getName());

    @Inject
    private SourceRepository sources;

    @EJB
    private SourceCatalog catalog;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    private final ArticleCleaner cleaner = new ArticleCleaner();

    /** Cleans the input for the editor to check, and says whether the desk already holds it. */
    @RolesAllowed(Role.Names.EDITOR)
    public SourcePreview preview(String raw, InputFormat format) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(FieldError.of("text", "source.text.missing"));
        }
        if (raw.length() > Source.MAX_RAW_CHARS) {
            throw new InvalidInputException(FieldError.of("text", "source.text.tooLarge"));
        }
        if (raw.indexOf(0) >= 0) {
            throw new InvalidInputException(FieldError.of("text", "source.text.hasNulUpload"));
        }
        CleanedArticle cleaned = cleaner.clean(raw, format == null ? InputFormat.detect(raw) : format);
        Optional<ExistingSource> duplicate = cleaned.text().isBlank()
                ? Optional.empty()
                : catalog.duplicateOf(cleaned.text(), cleaned.metadata().url());
        return new SourcePreview(cleaned, duplicate);
    }

    /**
     * Stores a new source. Without cleaned text (the API sends only raw text or HTML) the input is cleaned
     * here; with it (the editor confirmed or corrected the cleaner's output) that text is kept as given.
     *
     * @throws DuplicateSourceException when the same text or canonical URL is already in the desk
     */
    @RolesAllowed({Role.Names.EDITOR, Role.Names.PARTNER})
    public SourceDetails ingest(SourceSubmission submission) {
        SourceSubmission complete = submission;
        if (submission.cleanedText() == null
                && submission.raw() != null
                && !submission.raw().isBlank()) {
            InputFormat format =
                    submission.format() == null ? InputFormat.detect(submission.raw()) : submission.format();
            complete = new SourceSubmission(
                    submission.kind(),
                    submission.title(),
                    submission.outlet(),
                    submission.author(),
                    submission.url(),
                    submission.publishedAt(),
                    submission.retrievedAt(),
                    submission.language(),
                    submission.raw(),
                    format,
                    cleaner.clean(submission.raw(), format).text());
        }
        String caller = context.getCallerPrincipal().getName();
        Source source = Source.receive(complete, caller, clock.instant());
        Optional<ExistingSource> duplicate = catalog.duplicateOf(source.getCleanedText(), source.getUrl());
        if (duplicate.isPresent()) {
            throw duplicateFor(duplicate.get());
        }
        try {
            sources.store(source);
        } catch (PersistenceException raceLost) {
            // Another request stored the same report between our check and our insert.
            context.setRollbackOnly();
            throw catalog.duplicateOf(source.getCleanedText(), source.getUrl())
                    .map(this::duplicateFor)
                    .orElseThrow(() -> raceLost);
        }
        // The title comes from outside (a partner's push): escaped, so that it cannot forge a line of the log.
        LOG.info(() -> "Source #" + source.getId() + " " + LogText.quoted(source.getTitle()) + " added by " + caller);
        return SourceDetails.of(source);
    }

    /**
     * The refusal of a duplicate, as the caller may hear it: an editor (who reads sources anyway) learns the existing
     * source's title; a partner system, which may push sources but read none, learns only that the desk has it and
     * its number, not what someone else's report is called.
     */
    private DuplicateSourceException duplicateFor(ExistingSource existing) {
        return new DuplicateSourceException(
                context.isCallerInRole(Role.Names.EDITOR) ? existing : existing.withoutTitle());
    }
}
