package org.eventdesk.web.ui.sources;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eventdesk.application.extraction.SuggestionService;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.application.record.RecordService;
import org.eventdesk.application.source.SourceCatalog;
import org.eventdesk.application.source.SourceDetails;
import org.eventdesk.application.taxonomy.TaxonomyEntry;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.source.InputFormat;
import org.eventdesk.domain.user.Role;
import org.eventdesk.extraction.SuggestionKind;
import org.eventdesk.extraction.Suggestions;
import org.eventdesk.extraction.TextSpan;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.MainLayout;
import org.eventdesk.web.ui.QueuesChanged;
import org.eventdesk.web.ui.i18n.Texts;
import org.eventdesk.web.ui.records.RecordPage;
import org.eventdesk.web.ui.records.SameEventOffer;

/**
 * One source: its metadata and its cleaned text, paragraph by paragraph (each paragraph knows its offset in
 * the text, which is what evidence points at); the raw input, verbatim, on request.
 */
@Route(value = "sources", layout = MainLayout.class)
@RolesAllowed(Role.Names.EDITOR)
@CdiComponent
public class SourceView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final SourceCatalog catalog;
    private final RecordCatalog records;
    private final SuggestionService assistant;
    private final RecordService recordService;
    private final SourceReader reader = new SourceReader();
    private final Div suggestionBox = new Div();

    @Override
    public String getPageTitle() {
        return t("sources.source.page-title");
    }

    @Inject
    public SourceView(
            SourceCatalog catalog, RecordCatalog records, SuggestionService assistant, RecordService recordService) {
        this.catalog = catalog;
        this.records = records;
        this.assistant = assistant;
        this.recordService = recordService;
        setMaxWidth("1000px");
    }

    /** {@code /sources/12?highlight=120-168} opens the source with those words marked and in view. */
    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        SourceDetails source;
        try {
            source = catalog.details(id);
        } catch (NotFoundException e) {
            add(
                    new H2(t("sources.source.missing.title")),
                    new Paragraph(t("sources.source.missing.text", String.valueOf(id))));
            return;
        }
        show(source);
        event.getLocation().getQueryParameters().getSingleParameter("highlight").ifPresent(this::highlight);
    }

    /** The assistant's suggestions, marked in the text and listed; a rejected one disappears for everyone. */
    private void showSuggestions(long sourceId) {
        Suggestions found = assistant.suggestions(sourceId);
        reader.showMarks(SuggestionList.marks(found, p -> p.name() + ", " + p.country()));
        suggestionBox.removeAll();
        Details details =
                new Details(t("sources.source.suggestions"), new SuggestionList(found, new SuggestionList.Actions() {
                    @Override
                    public void focus(int start, int end) {
                        reader.focus(start, end);
                    }

                    @Override
                    public void reject(SuggestionKind kind, List<TextSpan> spans) {
                        assistant.reject(sourceId, kind.code(), spans);
                        showSuggestions(sourceId);
                    }
                }));
        details.setOpened(true);
        details.setId("suggestions-details");
        suggestionBox.add(details);
    }

    private void highlight(String span) {
        String[] parts = span.split("-");
        try {
            reader.focus(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (RuntimeException ignored) {
            // A hand-edited address with a broken span shows the text without a mark.
        }
    }

    /**
     * Opens a new record beside this source. Words selected in the text (typically the headline) become the
     * record's title and the evidence for its summary; without a selection the record starts empty.
     */
    private void startRecord(long sourceId) {
        reader.readSelection(selection -> {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("source", String.valueOf(sourceId));
            selection.ifPresent(span -> parameters.put("evidence", span.start() + "-" + span.end()));
            getUI().ifPresent(ui -> ui.navigate("records/new", QueryParameters.simple(parameters)));
        });
    }

    /**
     * Opens the records the assistant drafts from this article; those the editor creates appear under "Records
     * quoting it" and in the navigation's draft counts at once.
     */
    private void draftRecords(long sourceId) {
        Map<String, String> typeLabels = records.eventTypes().stream()
                .collect(Collectors.toMap(TaxonomyEntry::code, TaxonomyEntry::label, (a, b) -> a));
        new DraftRecordsDialog(
                        assistant.draftRecords(sourceId),
                        code -> typeLabels.getOrDefault(code, code),
                        input -> recordService.create(input).id(),
                        ids -> {
                            QueuesChanged.announce();
                            Notification.show(
                                    ids.size() == 1
                                            ? t("sources.source.drafts-created.one")
                                            : t("sources.source.drafts-created.many", String.valueOf(ids.size())),
                                    4000,
                                    Notification.Position.BOTTOM_START);
                            removeAll();
                            show(catalog.details(sourceId));
                        })
                .open();
    }

    private void show(SourceDetails source) {
        H2 heading = new H2(source.title());
        heading.setId("source-heading");

        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(source.outlet()), t("sources.source.fact.outlet"));
        facts.addFormItem(new Span(Texts.of(source.kind())), t("sources.source.fact.kind"));
        facts.addFormItem(new Span(source.author() == null ? "—" : source.author()), t("sources.source.fact.author"));
        facts.addFormItem(
                new Span(Formats.withOffset(source.publishedAt(), source.publishedZone())),
                t("sources.source.fact.published"));
        facts.addFormItem(
                new Span(source.language() == null ? "—" : source.language()), t("sources.source.fact.language"));
        facts.addFormItem(
                source.url() == null ? new Span("—") : new Anchor(source.url(), source.url()),
                t("sources.source.fact.url"));
        facts.addFormItem(
                new Span(source.addedBy() + ", " + Formats.utc(source.addedAt())), t("sources.source.fact.added"));
        facts.addFormItem(new Span(source.contentHash().substring(0, 16) + "…"), t("sources.source.fact.content-hash"));

        reader.setId("source-text");
        reader.show(source.id(), source.text());
        suggestionBox.setId("suggestion-box");
        showSuggestions(source.id());

        Button startRecord =
                new Button(t("sources.source.new-record"), VaadinIcon.PLUS.create(), e -> startRecord(source.id()));
        startRecord.setId("start-record");
        startRecord.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button draftRecords = new Button(
                t("sources.source.draft-records"), VaadinIcon.MAGIC.create(), e -> draftRecords(source.id()));
        draftRecords.setId("draft-records");

        VerticalLayout citing = new VerticalLayout();
        citing.setPadding(false);
        citing.setSpacing(false);
        citing.setId("records-citing");
        records.citing(source.id(), 50).forEach(r -> citing.add(new RouterLink(r.title(), RecordPage.class, r.id())));
        if (citing.getComponentCount() == 0) {
            citing.add(new Span(t("sources.source.no-citing")));
        }

        Pre rawText = new Pre(source.raw());
        rawText.setId("source-raw");
        rawText.getStyle()
                .set("white-space", "pre-wrap")
                .set("max-height", "40em")
                .set("overflow", "auto");
        Details raw = new Details(t("sources.source.raw", formatWords(source.rawFormat())), rawText);
        raw.setId("source-raw-details");

        Button back = new Button(t("sources.source.back"), VaadinIcon.ARROW_LEFT.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate(SourcesView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        VerticalLayout similar = new VerticalLayout();
        similar.setPadding(false);
        similar.setSpacing(false);
        similar.setId("similar-records");
        for (RecordListing record : assistant.similarRecords(source.id())) {
            similar.add(SameEventOffer.row(record, source.id()));
        }

        add(
                back,
                heading,
                facts,
                new HorizontalLayout(startRecord, draftRecords),
                new H3(t("sources.source.citing")),
                citing);
        if (similar.getComponentCount() > 0) {
            add(new H3(t("sources.source.similar.title")), new Span(t("sources.source.similar.text")), similar);
        }
        add(new H3(t("sources.source.text")), reader, suggestionBox, raw);
    }

    /** How the raw input was written, in a word or two: "plain text", "html". */
    private static String formatWords(InputFormat format) {
        return switch (format) {
            case PLAIN_TEXT -> t("sources.source.raw-format.plain-text");
            case HTML -> t("sources.source.raw-format.html");
        };
    }
}
