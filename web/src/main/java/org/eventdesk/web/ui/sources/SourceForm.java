package org.eventdesk.web.ui.sources;

import static org.eventdesk.web.ui.i18n.Texts.t;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.eventdesk.domain.source.InputFormat;
import org.eventdesk.domain.source.Source;
import org.eventdesk.domain.source.SourceKind;
import org.eventdesk.domain.source.SourceSubmission;

/**
 * The add-source form's bean, buffered by a {@code BeanValidationBinder}: the annotations give the editor
 * field messages while typing; {@link Source#receive} checks the same rules again on the server.
 *
 * <p>The messages given here are keys of the sources' texts, which {@link #message} turns into words in the tab's
 * language (an annotation's message has to be a constant).
 */
public class SourceForm {
    private static final String KEYS = "sources.form.";

    @NotNull(message = "sources.form.kind-required")
    private SourceKind kind = SourceKind.NEWS_ARTICLE;

    @NotBlank(message = "sources.form.title-required")
    @Size(max = Source.MAX_TITLE)
    private String title = "";

    @NotBlank(message = "sources.form.outlet-required")
    @Size(max = Source.MAX_OUTLET)
    private String outlet = "";

    @Size(max = Source.MAX_AUTHOR)
    private String author = "";

    @Size(max = Source.MAX_URL)
    @Pattern(regexp = "^$|^https?://\\S+$", message = "sources.form.url-invalid")
    private String url = "";

    @NotNull(message = "sources.form.published-required")
    private LocalDateTime publishedAt;

    @NotBlank(message = "sources.form.zone-required")
    private String publishedZone = "UTC";

    @Size(max = Source.MAX_LANGUAGE)
    @Pattern(regexp = "^$|^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", message = "sources.form.language-invalid")
    private String language = "";

    @NotBlank(message = "sources.form.text-required")
    private String cleanedText = "";

    /** A validation message in words: this form's own (a key) in the tab's language, any other as it came. */
    static String message(String message) {
        return message != null && message.startsWith(KEYS) ? t(message) : message;
    }

    public SourceSubmission toSubmission(String raw, InputFormat format) {
        ZonedDateTime published = publishedAt == null ? null : publishedAt.atZone(ZoneId.of(publishedZone));
        return new SourceSubmission(
                kind, title, outlet, author, url, published, null, language, raw, format, cleanedText);
    }

    public SourceKind getKind() {
        return kind;
    }

    public void setKind(SourceKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(LocalDateTime publishedAt) {
        this.publishedAt = publishedAt;
    }

    public String getPublishedZone() {
        return publishedZone;
    }

    public void setPublishedZone(String publishedZone) {
        this.publishedZone = publishedZone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCleanedText() {
        return cleanedText;
    }

    public void setCleanedText(String cleanedText) {
        this.cleanedText = cleanedText;
    }
}
