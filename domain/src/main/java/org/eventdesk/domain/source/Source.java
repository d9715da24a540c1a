package org.eventdesk.domain.source;

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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eventdesk.domain.shared.Validation;
import org.eventdesk.domain.shared.Wording;

/**
 * One report as the desk received it.
 *
 * <p>The raw input is kept verbatim and the cleaned text is fixed once the source is saved: evidence points
 * into the cleaned text by character offsets, so changing it would move every quote. There are therefore no
 * setters; a source is created whole by {@link #receive} and read from then on.
 */
@Entity
@Table(name = "source")
public class Source {
    public static final int MAX_TITLE = 500;
    public static final int MAX_OUTLET = 200;
    public static final int MAX_AUTHOR = 300;
    /** For the address as given and for its canonical form, which can be longer ({@code http} becomes {@code https}). */
    public static final int MAX_URL = 2000;
    /** A BCP 47 language tag; 35 characters hold any tag a report needs. */
    public static final int MAX_LANGUAGE = 35;
    /** 5 MB of raw input; the API and the upload refuse larger bodies before they get here. */
    public static final int MAX_RAW_CHARS = 5 * 1024 * 1024;

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_seq")
    @SequenceGenerator(name = "source_seq", sequenceName = "source_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SourceKind kind;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = MAX_OUTLET)
    private String outlet;

    @Column(length = MAX_AUTHOR)
    private String author;

    @Column(length = MAX_URL)
    private String url;

    @Column(name = "canonical_url", length = MAX_URL, unique = true)
    private String canonicalUrl;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    /** The zone or offset the report gave its time in, so it can be shown as the outlet printed it. */
    @Column(name = "published_zone", nullable = false, length = 64)
    private String publishedZone;

    @Column(name = "retrieved_at", nullable = false)
    private Instant retrievedAt;

    @Column(length = MAX_LANGUAGE)
    private String language;

    @Column(name = "raw_text", nullable = false, length = MAX_RAW_CHARS)
    private String rawText;

    @Enumerated(EnumType.STRING)
    @Column(name = "raw_format", nullable = false, length = 16)
    private InputFormat rawFormat;

    @Column(name = "cleaned_text", nullable = false, length = MAX_RAW_CHARS)
    private String cleanedText;

    @Column(name = "content_hash", nullable = false, unique = true, length = 64)
    private String contentHash;

    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected Source() {}

    /**
     * Builds a source from a submission, refusing it whole if any field is wrong.
     *
     * <p>The submission's cleaned text is the one the editor confirmed (the cleaner's output, possibly
     * corrected); from here on it never changes.
     */
    public static Source receive(SourceSubmission submission, String addedBy, Instant now) {
        Validation check = new Validation()
                .require(submission.kind() != null, "kind", Wording.of("text.required"))
                .requireText(submission.title(), "title", MAX_TITLE)
                .requireText(submission.outlet(), "outlet", MAX_OUTLET)
                .optionalText(submission.author(), "author", MAX_AUTHOR)
                .optionalText(submission.url(), "url", MAX_URL)
                .require(submission.publishedAt() != null, "publishedAt", Wording.of("source.publishedAt.required"))
                .require(
                        submission.retrievedAt() == null
                                || !submission.retrievedAt().isAfter(now.plusSeconds(300)),
                        "retrievedAt",
                        Wording.of("source.retrievedAt.future"))
                .require(
                        submission.raw() != null && !submission.raw().isBlank(),
                        "text",
                        Wording.of("source.text.required"))
                .require(
                        submission.raw() == null || submission.raw().length() <= MAX_RAW_CHARS,
                        "text",
                        Wording.of("source.text.tooLarge"))
                .require(
                        submission.raw() == null || submission.raw().indexOf(0) < 0,
                        "text",
                        Wording.of("source.text.hasNul"))
                .require(
                        submission.cleanedText() != null
                                && !submission.cleanedText().isBlank(),
                        "cleanedText",
                        Wording.of("source.cleanedText.empty"))
                .optionalText(submission.cleanedText(), "cleanedText", MAX_RAW_CHARS)
                .optionalText(submission.language(), "language", MAX_LANGUAGE);
        String url = Validation.trimToNull(submission.url());
        boolean urlFits = Validation.textProblem(url, MAX_URL) == null;
        Optional<String> canonical = urlFits ? CanonicalUrl.of(url) : Optional.empty();
        check.require(url == null || !urlFits || canonical.isPresent(), "url", Wording.of("source.url.notAbsolute"));
        check.require(
                canonical.isEmpty() || canonical.get().length() <= MAX_URL,
                "url",
                Wording.of(
                        "source.url.canonicalTooLong",
                        MAX_URL,
                        canonical.map(String::length).orElse(0)));
        String language = normalizeLanguage(Validation.trimToNull(submission.language()));
        check.require(
                language == null
                        || language.length() > MAX_LANGUAGE
                        || LANGUAGE.matcher(language).matches(),
                "language",
                Wording.of("source.language.invalid"));
        check.throwIfAny();

        Source source = new Source();
        source.kind = submission.kind();
        source.title = submission.title().strip();
        source.outlet = submission.outlet().strip();
        source.author = Validation.trimToNull(submission.author());
        source.url = url;
        source.canonicalUrl = canonical.orElse(null);
        source.publishedAt = submission.publishedAt().toInstant();
        source.publishedZone = submission.publishedAt().getZone().getId();
        source.retrievedAt = submission.retrievedAt() == null ? now : submission.retrievedAt();
        source.language = language;
        source.rawText = submission.raw();
        source.rawFormat = submission.format() == null ? InputFormat.detect(submission.raw()) : submission.format();
        source.cleanedText = submission.cleanedText().strip();
        source.contentHash = ContentHash.of(source.cleanedText);
        source.addedBy = addedBy;
        source.addedAt = now;
        return source;
    }

    /** "EN" and "en" are the same language; a region keeps its own case ("pt-BR"). */
    private static String normalizeLanguage(String tag) {
        if (tag == null) {
            return null;
        }
        String[] parts = tag.split("-", 2);
        return parts[0].toLowerCase(Locale.ROOT) + (parts.length > 1 ? "-" + parts[1] : "");
    }

    /** The words between two offsets of the cleaned text: what a piece of evidence quotes. */
    public Optional<String> quote(int start, int end) {
        if (start < 0 || end > cleanedText.length() || start >= end) {
            return Optional.empty();
        }
        return Optional.of(cleanedText.substring(start, end));
    }

    /** The sentence the words between two offsets sit in ({@link Passage#around}); empty for a span not in the text. */
    public Optional<Passage> sentenceAround(int start, int end) {
        if (start < 0 || end > cleanedText.length() || start >= end) {
            return Optional.empty();
        }
        return Optional.of(Passage.around(cleanedText, start, end));
    }

    public ZonedDateTime publishedAtInItsZone() {
        return publishedAt.atZone(ZoneId.of(publishedZone));
    }

    public OffsetDateTime publishedAtWithOffset() {
        return publishedAtInItsZone().toOffsetDateTime();
    }

    public String publishedAtIso() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(publishedAtWithOffset());
    }

    public Long getId() {
        return id;
    }

    public SourceKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getOutlet() {
        return outlet;
    }

    public String getAuthor() {
        return author;
    }

    public String getUrl() {
        return url;
    }

    public String getCanonicalUrl() {
        return canonicalUrl;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedZone() {
        return publishedZone;
    }

    public Instant getRetrievedAt() {
        return retrievedAt;
    }

    public String getLanguage() {
        return language;
    }

    public String getRawText() {
        return rawText;
    }

    public InputFormat getRawFormat() {
        return rawFormat;
    }

    public String getCleanedText() {
        return cleanedText;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
