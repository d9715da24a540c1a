package org.eventdesk.web.ui.sources;

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
 */
public class SourceForm {
    @NotNull(message = "Choose what kind of report this is")
    private SourceKind kind = SourceKind.NEWS_ARTICLE;

    @NotBlank(message = "The report's headline or title is required")
    @Size(max = Source.MAX_TITLE)
    private String title = "";

    @NotBlank(message = "Name the outlet that published it")
    @Size(max = Source.MAX_OUTLET)
    private String outlet = "";

    @Size(max = Source.MAX_AUTHOR)
    private String author = "";

    @Size(max = Source.MAX_URL)
    @Pattern(regexp = "^$|^https?://\\S+$", message = "Give the full address, starting with http:// or https://")
    private String url = "";

    @NotNull(message = "When was it published? The time as the report gives it")
    private LocalDateTime publishedAt;

    @NotBlank(message = "Choose the zone the published time is in")
    private String publishedZone = "UTC";

    @Size(max = Source.MAX_LANGUAGE)
    @Pattern(regexp = "^$|^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", message = "A language code such as en, uk or pt-BR")
    private String language = "";

    @NotBlank(message = "Paste the article and clean it first: nothing is left to save")
    private String cleanedText = "";

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
