package org.eventdesk.web.ui.sources;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.DefaultBinderValidationErrorHandler;
import com.vaadin.flow.data.binder.ErrorLevel;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eventdesk.application.source.SourceDetails;
import org.eventdesk.application.source.SourceIngestService;
import org.eventdesk.application.source.SourcePreview;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.source.ArticleMetadata;
import org.eventdesk.domain.source.DuplicateSourceException;
import org.eventdesk.domain.source.ExistingSource;
import org.eventdesk.domain.source.InputFormat;
import org.eventdesk.domain.source.Source;
import org.eventdesk.domain.source.SourceKind;
import org.eventdesk.domain.user.Role;
import org.eventdesk.web.ui.DiscardGuard;
import org.eventdesk.web.ui.MainLayout;
import org.eventdesk.web.ui.i18n.Pickers;
import org.eventdesk.web.ui.i18n.Texts;
import org.eventdesk.web.ui.i18n.Uploads;

/**
 * Adding a source: paste text or HTML (or upload a file), see it cleaned, correct the text and the
 * prefilled metadata, save. A report already in the desk is recognised as soon as it is cleaned, and the
 * editor is taken to it. Nothing typed is lost when saving fails: the form keeps every value and marks the
 * fields the server refused.
 */
@Route(value = "sources/new", layout = MainLayout.class)
@RolesAllowed(Role.Names.EDITOR)
@CdiComponent
public class NewSourceView extends VerticalLayout implements BeforeLeaveObserver, HasDynamicTitle {
    private static final int MAX_UPLOAD = 5 * 1024 * 1024;

    private final SourceIngestService ingest;
    private final BeanValidationBinder<SourceForm> binder = new BeanValidationBinder<>(SourceForm.class);
    private final SourceForm form = new SourceForm();

    private final TextArea raw = new TextArea(t("sources.new.raw"));
    private final TextArea cleaned = new TextArea(t("sources.new.cleaned"));
    private final Select<SourceKind> kind = new Select<>();
    private final TextField title = new TextField(t("sources.new.field.title"));
    private final TextField outlet = new TextField(t("sources.new.field.outlet"));
    private final TextField author = new TextField(t("sources.new.field.author"));
    private final TextField url = new TextField(t("sources.new.field.url"));
    private final DateTimePicker publishedAt =
            Pickers.localized(new DateTimePicker(t("sources.new.field.published-at")));
    private final ComboBox<String> publishedZone = new ComboBox<>(t("sources.new.field.zone"));
    private final TextField language = new TextField(t("sources.new.field.language"));
    private final Details dropped = new Details();
    private final Button save = new Button(t("sources.new.save"), VaadinIcon.CHECK.create());

    private InputFormat format;
    private String lastCleanedText = "";
    private boolean saved;

    @Override
    public String getPageTitle() {
        return t("sources.new.page-title");
    }

    @Inject
    public NewSourceView(SourceIngestService ingest) {
        this.ingest = ingest;
        setMaxWidth("1100px");

        raw.setId("raw-input");
        raw.setWidthFull();
        raw.setMinHeight("12em");
        raw.setMaxHeight("24em");
        raw.setPlaceholder(t("sources.new.raw-placeholder"));
        raw.setMaxLength(Source.MAX_RAW_CHARS);
        raw.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                format = null; // typed or pasted: detect the format again
            }
            if (cleaned.getValue().isBlank() || cleaned.getValue().equals(lastCleanedText)) {
                clean();
            }
        });

        // Read here, not by Vaadin's in-memory handler: the browser's size check is advice, and the upload address
        // admits an archive's size (ArchiveUploadAllowance), so the server stops reading past this page's limit.
        Upload upload = new Upload((UploadHandler) event -> {
            byte[] bytes = event.getInputStream().readNBytes(MAX_UPLOAD + 1);
            String fileName = event.getFileName();
            event.getUI().access(() -> {
                if (bytes.length > MAX_UPLOAD) {
                    error(t("sources.new.upload.too-large"));
                    return;
                }
                format = fileName.toLowerCase(Locale.ROOT).endsWith(".txt") ? InputFormat.PLAIN_TEXT : InputFormat.HTML;
                raw.setValue(new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", ""));
            });
        });
        upload.setId("upload");
        Uploads.localized(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD);
        upload.setAcceptedFileTypes(".html", ".htm", ".txt", "text/html", "text/plain");
        upload.addFileRejectedListener(e -> error(t("sources.new.upload.rejected", e.getErrorMessage())));

        Button clean = new Button(t("sources.new.clean"), VaadinIcon.MAGIC.create(), e -> clean());
        clean.setId("clean");

        cleaned.setId("cleaned-text");
        cleaned.setWidthFull();
        cleaned.setMinHeight("12em");
        cleaned.setMaxHeight("30em");
        cleaned.setHelperText(t("sources.new.cleaned-helper"));
        dropped.setSummaryText(t("sources.new.dropped"));
        dropped.setVisible(false);

        kind.setLabel(t("sources.new.field.kind"));
        kind.setItems(SourceKind.values());
        kind.setItemLabelGenerator(Texts::of);
        title.setId("source-title");
        outlet.setId("source-outlet-field");
        author.setId("source-author");
        url.setId("source-url");
        publishedAt.setId("source-published");
        publishedZone.setId("source-zone");
        publishedZone.setItems(zones(null));
        language.setPlaceholder("en");
        language.setId("source-language");

        // The form's own messages are keys of this area's texts (SourceForm): told in the tab's language.
        binder.setValidationErrorHandler(new DefaultBinderValidationErrorHandler() {
            @Override
            public void handleError(HasValue<?, ?> field, ValidationResult result) {
                super.handleError(
                        field,
                        ValidationResult.create(
                                SourceForm.message(result.getErrorMessage()),
                                result.getErrorLevel().orElse(ErrorLevel.ERROR)));
            }
        });
        binder.forField(kind).bind("kind");
        binder.forField(title).bind("title");
        binder.forField(outlet).bind("outlet");
        binder.forField(author).bind("author");
        binder.forField(url).bind("url");
        binder.forField(publishedAt).bind("publishedAt");
        binder.forField(publishedZone).bind("publishedZone");
        binder.forField(language).bind("language");
        binder.forField(cleaned).bind("cleanedText");
        binder.readBean(form);

        FormLayout metadata = new FormLayout(kind, title, outlet, author, url, language, publishedAt, publishedZone);
        metadata.setColspan(title, 2);
        metadata.setColspan(url, 2);

        save.setId("save-source");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Shortcuts.addShortcutListener(this, this::save, Key.KEY_S, KeyModifier.CONTROL);

        add(
                new H2(t("sources.new.title")),
                raw,
                new HorizontalLayout(clean, upload),
                cleaned,
                dropped,
                metadata,
                new HorizontalLayout(save, new Paragraph(t("sources.new.save-hint"))));
    }

    private void clean() {
        if (raw.getValue().isBlank()) {
            return;
        }
        SourcePreview preview;
        try {
            preview = ingest.preview(raw.getValue(), format);
        } catch (InvalidInputException e) {
            showErrors(e.errors());
            return;
        }
        if (preview.duplicateOf().isPresent()) {
            goToExisting(preview.duplicateOf().get());
            return;
        }
        lastCleanedText = preview.cleaned().text();
        cleaned.setValue(lastCleanedText);
        showDropped(preview.cleaned().droppedLines());
        prefill(preview.cleaned().metadata());
    }

    /** Fills only what the editor has not typed: a second clean never overwrites their corrections. */
    private void prefill(ArticleMetadata found) {
        fillIfEmpty(title, found.title());
        fillIfEmpty(outlet, found.outlet());
        fillIfEmpty(author, found.author());
        fillIfEmpty(url, found.url());
        fillIfEmpty(language, found.language());
        if (publishedAt.isEmpty() && found.publishedAt() != null) {
            String zone = found.publishedAt().getOffset().getId().equals("Z")
                    ? "UTC"
                    : found.publishedAt().getOffset().getId();
            publishedZone.setItems(zones(zone));
            publishedZone.setValue(zone);
            publishedAt.setValue(found.publishedAt().toLocalDateTime());
        }
    }

    private static void fillIfEmpty(TextField field, String value) {
        if (field.isEmpty() && value != null) {
            field.setValue(value);
        }
    }

    private void showDropped(List<String> lines) {
        dropped.setVisible(!lines.isEmpty());
        dropped.setSummaryText(t("sources.new.dropped-lines", String.valueOf(lines.size())));
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        dropped.removeAll();
        dropped.add(list);
    }

    private void save() {
        if (!binder.writeBeanIfValid(form)) {
            error(t("sources.new.check-fields"));
            return;
        }
        try {
            SourceDetails stored = ingest.ingest(form.toSubmission(raw.getValue(), format));
            saved = true;
            Notification.show(t("sources.new.saved", stored.title()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(SourceView.class, stored.id()));
        } catch (InvalidInputException e) {
            showErrors(e.errors());
        } catch (DuplicateSourceException e) {
            goToExisting(e.existing());
        }
    }

    private void goToExisting(ExistingSource existing) {
        saved = true;
        Notification notification = Notification.show(
                t("sources.new.duplicate", Texts.say(existing.wording())), 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        getUI().ifPresent(ui -> ui.navigate(SourceView.class, existing.id()));
    }

    private void showErrors(List<FieldError> errors) {
        Map<String, HasValidation> fields = Map.of(
                "kind", kind,
                "title", title,
                "outlet", outlet,
                "author", author,
                "url", url,
                "publishedAt", publishedAt,
                "language", language,
                "text", raw,
                "cleanedText", cleaned);
        List<String> unplaced = new ArrayList<>();
        for (FieldError error : errors) {
            HasValidation field = fields.get(error.field());
            if (field == null) {
                unplaced.add(error.field() + " " + Texts.say(error.wording()));
            } else {
                field.setErrorMessage(Texts.say(error.wording()));
                field.setInvalid(true);
            }
        }
        error(unplaced.isEmpty() ? t("sources.new.check-fields") : String.join("; ", unplaced));
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Leaving with unsaved input asks first. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (saved || raw.isEmpty() && !binder.hasChanges()) {
            return;
        }
        DiscardGuard.askBeforeLeaving(event, t("sources.new.discard.title"), t("sources.new.discard.text"));
    }

    private static List<String> zones(String extra) {
        List<String> zones =
                new ArrayList<>(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zones.add(0, "UTC");
        if (extra != null && !zones.contains(extra)) {
            zones.add(0, extra);
        }
        return zones;
    }
}
