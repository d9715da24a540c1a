package org.eventdesk.web.ui.records.editor;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventdesk.application.extraction.SuggestionService;
import org.eventdesk.application.record.PresenceService;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.application.record.RecordService;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.application.source.SourceCatalog;
import org.eventdesk.application.taxonomy.TaxonomyEntry;
import org.eventdesk.domain.extraction.ActorSuggestion;
import org.eventdesk.domain.extraction.FigureSuggestion;
import org.eventdesk.domain.extraction.PlaceSuggestion;
import org.eventdesk.domain.extraction.QuoteSuggestion;
import org.eventdesk.domain.extraction.TimeSuggestion;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.ClaimForm;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.Occurrence;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.StaleRecordException;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.user.Role;
import org.eventdesk.web.ui.DiscardGuard;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.Limits;
import org.eventdesk.web.ui.MainLayout;
import org.eventdesk.web.ui.QueuesChanged;
import org.eventdesk.web.ui.records.RecordPage;

/**
 * Editing a record beside its source: the form on the left, the source's text on the right. Every fact has a
 * "Use selection" button that turns the words selected in the source into its evidence.
 *
 * <p>Fields are buffered: nothing reaches the record until Save (or Ctrl+S), which sends the whole record
 * with the version it was read at. The server's rules answer with field paths ({@code figures[1].high}), shown
 * on the field they name; a version someone else replaced is refused with their name, and the editor keeps
 * what was typed. Leaving with unsaved changes asks first.
 */
@Route(value = "records/:recordId([0-9]+)/edit", layout = MainLayout.class)
@RouteAlias(value = "records/new", layout = MainLayout.class)
@PageTitle("Edit record · Event Desk")
@RolesAllowed(Role.Names.EDITOR)
@CdiComponent
public class RecordEditor extends SplitLayout implements BeforeEnterObserver, BeforeLeaveObserver, SuggestionTarget {
    private static final Pattern PATH = Pattern.compile("(places|actors|figures|claims|links)\\[(\\d+)](?:\\.(.+))?");

    private final RecordService service;
    private final RecordCatalog catalog;
    private final PresenceService presence;
    private final Span presenceBanner = new Span();
    private Registration heartbeat;
    private final SourcePanel sourcePanel;
    private final SameEventPanel sameEvent;
    private final List<TaxonomyEntry> categories;

    private final BasicsBean basicsBean = new BasicsBean();
    private final Binder<BasicsBean> basics = new Binder<>(BasicsBean.class);
    private final TextField title = new TextField("Title");
    private final ComboBox<TaxonomyEntry> type = new ComboBox<>("Type");
    private final TextArea summary = new TextArea("Summary");
    private final Select<Occurrence> occurrence = new Select<>();
    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>("Tags");
    private final Select<Verification> judgement = new Select<>();
    private final DateTimePicker start = new DateTimePicker("Start (in the report's zone)");
    private final DateTimePicker end = new DateTimePicker("End");
    private final ComboBox<String> zone = new ComboBox<>("Zone");
    private final Select<TimePrecision> precision = new Select<>();
    private final Span utcReading = new Span();
    private final EvidenceEditor summaryEvidence;
    private final EvidenceEditor timeEvidence;

    private final VerticalLayout placeList = cardList();
    private final VerticalLayout actorList = cardList();
    private final VerticalLayout figureList = cardList();
    private final VerticalLayout claimList = cardList();
    private final VerticalLayout linkList = cardList();
    private final List<PlaceCard> places = new ArrayList<>();
    private final List<ActorCard> actors = new ArrayList<>();
    private final List<FigureCard> figures = new ArrayList<>();
    private final List<ClaimCard> claims = new ArrayList<>();
    private final List<LinkRow> links = new ArrayList<>();

    private final H2 heading = new H2();
    private final Span versionInfo = new Span();
    private final Button save = new Button("Save", VaadinIcon.CHECK.create());
    private final Span problems = new Span();

    private Long recordId;
    private long version;
    private boolean dirty;
    private boolean loading;

    /** The record-level fields under one buffered binder. */
    static final class BasicsBean {
        String title = "";
        TaxonomyEntry type;
        String summary = "";
        Occurrence occurrence;
        Set<String> tags = new LinkedHashSet<>();
        Verification judgement;
        LocalDateTime start;
        LocalDateTime end;
        String zone = "UTC";
        TimePrecision precision;
    }

    @Inject
    public RecordEditor(
            RecordService service,
            RecordCatalog catalog,
            SourceCatalog sources,
            PresenceService presence,
            SuggestionService assistant) {
        this.service = service;
        this.catalog = catalog;
        this.presence = presence;
        this.sourcePanel = new SourcePanel(sources, assistant, this);
        this.sameEvent = new SameEventPanel(catalog);
        this.categories = catalog.figureCategories();
        this.summaryEvidence = new EvidenceEditor(sourcePanel, this::changed);
        this.timeEvidence = new EvidenceEditor(sourcePanel, this::changed);
        summaryEvidence.setId("summary-evidence");
        timeEvidence.setId("time-evidence");
        setSizeFull();
        setSplitterPosition(58);

        configureFields();
        presenceBanner.setId("presence-banner");
        presenceBanner
                .getStyle()
                .set("background", "var(--lumo-warning-color-10pct, #fff3cd)")
                .set("padding", "0.3em 0.6em");
        presenceBanner.setVisible(false);
        VerticalLayout form = new VerticalLayout(
                heading,
                versionInfo,
                presenceBanner,
                sameEvent,
                basicsSection(),
                timeSection(),
                listSection("Places", "add-place", placeList, () -> addPlace(null)),
                listSection("Actors", "add-actor", actorList, () -> addActor(null)),
                listSection("Figures", "add-figure", figureList, () -> addFigure(null)),
                listSection("Claims", "add-claim", claimList, () -> addClaim(null)),
                listSection("Links to other records", "add-link", linkList, () -> addLink(null)),
                saveBar());
        form.setId("record-form");
        addToPrimary(new Scroller(form));
        sourcePanel.setPadding(true);
        addToSecondary(sourcePanel);
        Shortcuts.addShortcutListener(this, this::save, Key.KEY_S, KeyModifier.CONTROL);
    }

    public static RouteParameters idParameter(long id) {
        return new RouteParameters("recordId", String.valueOf(id));
    }

    // ---- layout -------------------------------------------------------------------------------------

    private void configureFields() {
        title.setId("record-title-field");
        title.setWidthFull();
        type.setId("record-type");
        type.setItems(
                catalog.eventTypes().stream().filter(TaxonomyEntry::active).toList());
        type.setItemLabelGenerator(t -> t.parentCode() == null ? t.label() : "— " + t.label());
        type.setWidthFull();
        summary.setId("record-summary");
        summary.setWidthFull();
        occurrence.setLabel("Occurrence (planned events)");
        occurrence.setItems(Occurrence.values());
        occurrence.setEmptySelectionAllowed(true);
        occurrence.setItemLabelGenerator(o -> o == null ? "—" : o.label());
        occurrence.setId("record-occurrence");
        tags.setId("record-tags");
        tags.setAllowCustomValue(true);
        tags.setItems(new ArrayList<>());
        tags.addCustomValueSetListener(e -> {
            String problem = EventRecord.tagProblem(e.getDetail());
            if (problem != null) {
                tags.setErrorMessage("Tag “" + shortened(e.getDetail()) + "” " + problem);
                tags.setInvalid(true);
                return;
            }
            tags.setInvalid(false);
            Set<String> value = new LinkedHashSet<>(tags.getValue());
            value.add(EventRecord.normalizeTag(e.getDetail()));
            List<String> items = new ArrayList<>(value);
            tags.setItems(items);
            tags.setValue(value);
        });
        judgement.setLabel("Record verification");
        judgement.setItems(Verification.OFFICIALLY_CONFIRMED, Verification.DISPUTED, Verification.FALSE);
        judgement.setEmptySelectionAllowed(true);
        judgement.setEmptySelectionCaption("From the evidence");
        judgement.setItemLabelGenerator(v -> v == null ? "From the evidence" : v.label());
        start.setId("record-start");
        end.setId("record-end");
        zone.setId("record-zone");
        List<String> zones =
                new ArrayList<>(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zones.add(0, "UTC");
        zone.setItems(zones);
        precision.setLabel("Precision");
        precision.setItems(TimePrecision.values());
        precision.setItemLabelGenerator(p -> p == null ? "" : p.label());
        precision.setId("record-precision");
        utcReading.setId("record-utc");

        basics.forField(title)
                .asRequired("A record needs a title")
                .withValidator(Limits.text(EventRecord.MAX_TITLE))
                .bind(b -> b.title, (b, v) -> b.title = v);
        basics.forField(type).bind(b -> b.type, (b, v) -> b.type = v);
        basics.forField(summary)
                .withValidator(Limits.text(EventRecord.MAX_SUMMARY))
                .bind(b -> b.summary, (b, v) -> b.summary = v);
        basics.forField(occurrence).bind(b -> b.occurrence, (b, v) -> b.occurrence = v);
        basics.forField(tags).bind(b -> b.tags, (b, v) -> b.tags = new LinkedHashSet<>(v));
        basics.forField(judgement).bind(b -> b.judgement, (b, v) -> b.judgement = v);
        basics.forField(start).bind(b -> b.start, (b, v) -> b.start = v);
        basics.forField(end)
                .withValidator(
                        v -> v == null || start.getValue() == null || !v.isBefore(start.getValue()),
                        "The end is before the start")
                .withValidator(v -> v == null || start.getValue() != null, "Give the start first")
                .bind(b -> b.end, (b, v) -> b.end = v);
        basics.forField(zone)
                .asRequired("Choose the zone the report's times are in")
                .bind(b -> b.zone, (b, v) -> b.zone = v);
        basics.forField(precision)
                .withValidator(v -> v != null || start.getValue() == null, "How precise is the time?")
                .bind(b -> b.precision, (b, v) -> b.precision = v);
        basics.addValueChangeListener(e -> changed());
        start.addValueChangeListener(e -> showUtc());
        zone.addValueChangeListener(e -> showUtc());
    }

    private static String shortened(String text) {
        String stripped = text.strip();
        return stripped.length() <= 40 ? stripped : stripped.substring(0, 40) + "…";
    }

    private Component basicsSection() {
        FormLayout layout = new FormLayout(title, type, occurrence, judgement, tags, summary);
        layout.setColspan(title, 2);
        layout.setColspan(summary, 2);
        layout.setColspan(tags, 2);
        Span evidenceLabel = new Span("Summary evidence");
        evidenceLabel.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return new VerticalLayout(layout, evidenceLabel, summaryEvidence);
    }

    private Component timeSection() {
        FormLayout layout = new FormLayout(start, zone, precision, end);
        VerticalLayout section = new VerticalLayout(new H3("When"), layout, utcReading, timeEvidence);
        section.setPadding(false);
        return section;
    }

    private static VerticalLayout cardList() {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        return list;
    }

    private Component listSection(String heading, String addId, VerticalLayout list, Runnable add) {
        Button addButton = new Button("Add", VaadinIcon.PLUS.create(), e -> {
            add.run();
            changed();
        });
        addButton.setId(addId);
        addButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout head = new HorizontalLayout(new H3(heading), addButton);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(head, list);
        section.setPadding(false);
        return section;
    }

    private Component saveBar() {
        save.setId("save-record");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(e -> save());
        Button view = new Button("View record", VaadinIcon.EYE.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate(RecordPage.class, recordId)));
        view.setId("view-record");
        problems.setId("record-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        HorizontalLayout bar = new HorizontalLayout(save, view, new Span("Ctrl+S saves"));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(problems, bar);
        box.setPadding(false);
        return box;
    }

    // ---- facts --------------------------------------------------------------------------------------

    private void addPlace(RecordView.PlaceView loaded) {
        PlaceCard card = new PlaceCard(loaded, sourcePanel, this::changed, c -> remove(c, places, placeList));
        places.add(card);
        placeList.add(card);
    }

    private void addActor(RecordView.ActorView loaded) {
        ActorCard card = new ActorCard(loaded, sourcePanel, this::changed, c -> remove(c, actors, actorList));
        actors.add(card);
        actorList.add(card);
    }

    private void addFigure(RecordView.FigureView loaded) {
        FigureCard card = new FigureCard(loaded, categories, sourcePanel, () -> figures, this::changed, c -> {
            remove(c, figures, figureList);
            figures.forEach(FigureCard::refreshParents);
        });
        figures.add(card);
        figureList.add(card);
        figures.forEach(FigureCard::refreshParents);
    }

    private void addClaim(RecordView.ClaimView loaded) {
        ClaimCard card = new ClaimCard(loaded, sourcePanel, this::changed, c -> remove(c, claims, claimList));
        claims.add(card);
        claimList.add(card);
    }

    private void addLink(RecordView.LinkView loaded) {
        LinkRow row = new LinkRow(loaded, catalog, recordId, this::changed, r -> {
            links.remove(r);
            linkList.remove(r);
            changed();
        });
        links.add(row);
        linkList.add(row);
    }

    private <C extends Component> void remove(Object card, List<C> cards, VerticalLayout list) {
        cards.remove(card);
        list.remove((Component) card);
        changed();
    }

    // ---- the assistant's suggestions, accepted ---------------------------------------------------------

    /** Figures accepted from suggestions, by suggestion, so that a part accepted later finds its whole. */
    private final Map<String, FigureCard> acceptedFigures = new HashMap<>();

    private static List<RecordView.EvidenceView> evidenceOf(SourcePanel.Selection s) {
        return evidenceOf(List.of(s));
    }

    private static List<RecordView.EvidenceView> evidenceOf(List<SourcePanel.Selection> selections) {
        return selections.stream()
                .map(s -> new RecordView.EvidenceView(s.sourceId(), s.start(), s.end(), s.quote(), s.outlet()))
                .toList();
    }

    @Override
    public void acceptFigure(FigureSuggestion f, String key, String parentKey, SourcePanel.Selection evidence) {
        addFigure(new RecordView.FigureView(
                f.category(),
                null,
                f.qualifier(),
                f.value(),
                f.low(),
                f.high(),
                f.numerator(),
                f.denominator(),
                null,
                null,
                null,
                null,
                Verification.UNVERIFIED,
                null,
                evidenceOf(evidence)));
        FigureCard card = figures.get(figures.size() - 1);
        acceptedFigures.put(key, card);
        FigureCard whole = parentKey == null ? null : acceptedFigures.get(parentKey);
        if (whole != null && figures.contains(whole)) {
            card.linkParent(whole);
        }
        accepted("Figure added: “" + f.text() + "”");
    }

    /**
     * Sets the record's time from the reading: its local start, precision and zone as the assistant read them (the
     * zone already chosen stays when the reading gives only an offset that zone has then).
     */
    @Override
    public void acceptTime(TimeSuggestion suggested, SourcePanel.Selection evidence) {
        timeEvidence.add(evidence);
        if (suggested.localStart() == null) {
            accepted("Evidence added to the time; the assistant could not read a time from “" + suggested.text() + "”");
            return;
        }
        TimeSuggestion t = chosenZone().map(suggested::inZone).orElse(suggested);
        start.setValue(t.localStart());
        if (t.zone() != null) {
            // The zone list holds region zones and UTC; an offset the article gave is added to it when chosen.
            String zoneId = t.zone().normalized().equals(java.time.ZoneOffset.UTC)
                    ? "UTC"
                    : t.zone().getId();
            if (zone.getListDataView().getItems().noneMatch(zoneId::equals)) {
                List<String> zones =
                        new ArrayList<>(zone.getListDataView().getItems().toList());
                zones.add(0, zoneId);
                zone.setItems(zones);
            }
            zone.setValue(zoneId);
        }
        precision.setValue(t.precision());
        accepted("Time set from “" + t.text() + "”" + (t.zone() == null ? "" : ", zone " + zone.getValue()));
    }

    private java.util.Optional<ZoneId> chosenZone() {
        try {
            return java.util.Optional.ofNullable(zone.getValue()).map(ZoneId::of);
        } catch (java.time.DateTimeException unknownZone) {
            return java.util.Optional.empty();
        }
    }

    /** One place with every mention the article makes of it as evidence. */
    @Override
    public void acceptPlace(PlaceSuggestion p, List<SourcePanel.Selection> mentions) {
        addPlace(new RecordView.PlaceView(
                p.name(),
                p.alias(),
                p.country(),
                null,
                null,
                p.lat(),
                p.lon(),
                p.precision(),
                Verification.UNVERIFIED,
                null,
                evidenceOf(mentions)));
        accepted("Place added: " + p.name() + " with " + mentions.size() + " mention"
                + (mentions.size() == 1 ? "" : "s") + " as evidence");
    }

    @Override
    public void acceptActor(ActorSuggestion a, List<SourcePanel.Selection> mentions) {
        addActor(new RecordView.ActorView(
                a.name(), a.kind(), ActorRole.PARTICIPANT, Verification.UNVERIFIED, null, evidenceOf(mentions)));
        accepted("Actor added: " + a.name() + " (check the role)");
    }

    @Override
    public void acceptQuote(QuoteSuggestion q, SourcePanel.Selection evidence) {
        addClaim(new RecordView.ClaimView(
                q.speaker() == null ? "" : q.speaker(),
                q.text(),
                ClaimForm.QUOTE,
                q.medium(),
                null,
                Verification.UNVERIFIED,
                null,
                evidenceOf(evidence)));
        accepted("Claim added" + (q.speaker() == null ? " (name the speaker)" : ": " + q.speaker()));
    }

    private void accepted(String what) {
        changed();
        Notification.show(what, 3000, Notification.Position.BOTTOM_END);
    }

    // ---- loading ------------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("recordId");
        if (id.isPresent()) {
            try {
                load(catalog.view(id.get()));
                event.getLocation()
                        .getQueryParameters()
                        .getSingleParameter("source")
                        .ifPresent(source -> {
                            try {
                                sourcePanel.show(Long.parseLong(source));
                            } catch (RuntimeException ignored) {
                                // An unknown source in the address leaves the record's own source in the panel.
                            }
                        });
            } catch (NotFoundException e) {
                event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No record " + id.get());
            }
        } else {
            load(null);
            var parameters = event.getLocation().getQueryParameters();
            parameters.getSingleParameter("source").ifPresent(source -> {
                try {
                    sourcePanel.show(Long.parseLong(source));
                    parameters.getSingleParameter("evidence").ifPresent(this::startFromSelection);
                } catch (RuntimeException ignored) {
                    // An unknown source or a broken span in the address just leaves the panel as it is.
                }
            });
        }
    }

    /** Words selected on the source page: they name the new record and support its summary. */
    private void startFromSelection(String span) {
        String[] bounds = span.split("-");
        SourcePanel.Selection selection =
                sourcePanel.selection(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1]));
        summaryEvidence.add(selection);
        if (selection.quote().length() <= 300) {
            title.setValue(selection.quote().replaceAll("\\s+", " "));
        }
        sourcePanel.highlight(selection.start(), selection.end());
    }

    private void load(RecordView record) {
        loading = true;
        places.clear();
        actors.clear();
        figures.clear();
        claims.clear();
        links.clear();
        placeList.removeAll();
        actorList.removeAll();
        figureList.removeAll();
        claimList.removeAll();
        linkList.removeAll();
        if (record == null) {
            recordId = null;
            version = 0;
            heading.setText("New record");
            versionInfo.setText("Not saved yet.");
            basicsBean.title = "";
            basics.readBean(basicsBean);
            summaryEvidence.setEvidence(List.of());
            timeEvidence.setEvidence(List.of());
        } else {
            recordId = record.id();
            version = record.version();
            sameEvent.setVisible(false);
            heading.setText("Edit record #" + record.id());
            versionInfo.setText("Version " + record.version() + " · last changed by " + record.updatedBy() + ", "
                    + Formats.utc(record.updatedAt()) + " · " + record.status().label() + " · "
                    + record.verification().label());
            fillBasics(record);
            basics.readBean(basicsBean);
            summaryEvidence.setEvidence(record.summaryEvidence());
            timeEvidence.setEvidence(record.time().evidence());
            record.places().forEach(this::addPlace);
            record.actors().forEach(this::addActor);
            record.figures().forEach(this::addFigure);
            for (int i = 0; i < record.figures().size(); i++) {
                Integer parent = record.figures().get(i).parent();
                if (parent != null) {
                    figures.get(i).linkParent(figures.get(parent));
                }
            }
            record.claims().forEach(this::addClaim);
            record.links().forEach(this::addLink);
            if (!sourcePanel.hasSource() && !record.sources().isEmpty()) {
                sourcePanel.show(record.sources().get(0).id());
            }
        }
        showUtc();
        beat();
        loading = false;
        dirty = false;
        save.setEnabled(false);
        problems.setText("");
    }

    private void fillBasics(RecordView record) {
        basicsBean.title = record.title();
        // A type deactivated since stays selectable on the records that already hold it.
        List<TaxonomyEntry> types = catalog.eventTypes().stream()
                .filter(t -> t.active() || t.code().equals(record.type()))
                .toList();
        type.setItems(types);
        basicsBean.type = types.stream()
                .filter(t -> t.code().equals(record.type()))
                .findFirst()
                .orElse(null);
        basicsBean.summary = record.summary() == null ? "" : record.summary();
        basicsBean.occurrence = record.occurrence();
        basicsBean.tags = new LinkedHashSet<>(record.tags());
        tags.setItems(new ArrayList<>(record.tags()));
        basicsBean.judgement = record.judgement();
        RecordView.TimeView time = record.time();
        basicsBean.zone = time.zone() == null ? "UTC" : time.zone();
        basicsBean.start = time.start() == null ? null : time.start().toLocalDateTime();
        basicsBean.end = time.end() == null
                ? null
                : time.end().atZoneSameInstant(ZoneId.of(basicsBean.zone)).toLocalDateTime();
        basicsBean.precision = time.precision();
        if (time.zone() != null && zone.getListDataView().getItems().noneMatch(time.zone()::equals)) {
            List<String> zones =
                    new ArrayList<>(zone.getListDataView().getItems().toList());
            zones.add(0, time.zone());
            zone.setItems(zones);
        }
    }

    private void showUtc() {
        if (start.getValue() == null || zone.getValue() == null) {
            utcReading.setText("");
            return;
        }
        try {
            utcReading.setText("= "
                    + Formats.utc(
                            start.getValue().atZone(ZoneId.of(zone.getValue())).toInstant()));
        } catch (RuntimeException e) {
            utcReading.setText("");
        }
    }

    private void changed() {
        if (loading) {
            return;
        }
        dirty = true;
        save.setEnabled(true);
        if (recordId == null) {
            lookForTheSameEvent();
        }
    }

    /** While a new record is written, offers the records that may already describe its event. */
    private void lookForTheSameEvent() {
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone.getValue() == null ? "UTC" : zone.getValue());
        } catch (java.time.DateTimeException unknownZone) {
            zoneId = ZoneId.of("UTC");
        }
        LocalDateTime from = start.getValue();
        LocalDateTime until = end.getValue();
        sameEvent.refresh(
                type.getValue() == null ? null : type.getValue().code(),
                places.stream().map(PlaceCard::typedName).toList(),
                from == null ? null : from.atZone(zoneId).toInstant(),
                until == null ? null : until.atZone(zoneId).toInstant(),
                sourcePanel.sourceId());
    }

    // ---- presence ------------------------------------------------------------------------------------

    /**
     * While a saved record is open here, the editor says so every half minute (the UI polls) and shows who else
     * has it open. The version check still decides what can be saved; this only warns in time.
     */
    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval(30_000);
        heartbeat = event.getUI().addPollListener(poll -> beat());
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        if (heartbeat != null) {
            heartbeat.remove();
        }
        event.getUI().setPollInterval(-1);
        if (recordId != null) {
            presence.leave(recordId);
        }
        super.onDetach(event);
    }

    private void beat() {
        if (recordId == null) {
            presenceBanner.setVisible(false);
            return;
        }
        List<PresenceService.Editing> others = presence.heartbeat(recordId);
        presenceBanner.setVisible(!others.isEmpty());
        presenceBanner.setText(others.stream()
                .map(o -> "Being edited by " + o.username() + " since " + Formats.utc(o.since()))
                .reduce((a, b) -> a + "; " + b)
                .map(text -> text + ". Saving over a newer version is refused, so agree who saves first.")
                .orElse(""));
    }

    // ---- saving -------------------------------------------------------------------------------------

    private void save() {
        if (!dirty) {
            return;
        }
        problems.setText("");
        boolean valid = basics.writeBeanIfValid(basicsBean);
        for (FactCard<?> card : allCards()) {
            valid &= card.commit();
        }
        if (!valid) {
            error("Some fields need attention; they are marked.");
            return;
        }
        try {
            RecordView saved =
                    recordId == null ? service.create(toInput()) : service.update(recordId, toInput(), version);
            boolean created = recordId == null;
            Notification.show(
                            "Saved: " + saved.title() + " (version " + saved.version() + ")",
                            4000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            dirty = false;
            if (created) {
                getUI().ifPresent(ui -> ui.navigate(RecordEditor.class, idParameter(saved.id())));
            } else {
                // Saving someone else's draft makes it one of mine too.
                QueuesChanged.announce();
                load(saved);
            }
        } catch (InvalidInputException e) {
            showErrors(e.errors());
        } catch (StaleRecordException e) {
            staleDialog(e);
        }
    }

    private List<FactCard<?>> allCards() {
        List<FactCard<?>> cards = new ArrayList<>();
        cards.addAll(places);
        cards.addAll(actors);
        cards.addAll(figures);
        cards.addAll(claims);
        return cards;
    }

    private RecordInput toInput() {
        Map<FigureCard, Integer> positions = new HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            positions.put(figures.get(i), i);
        }
        BasicsBean b = basicsBean;
        RecordInput.TimeInput time = b.start == null
                ? null
                : new RecordInput.TimeInput(
                        b.start.atZone(ZoneId.of(b.zone)).toOffsetDateTime(),
                        b.end == null ? null : b.end.atZone(ZoneId.of(b.zone)).toOffsetDateTime(),
                        b.precision,
                        b.zone,
                        timeEvidence.refs());
        return new RecordInput(
                b.type == null ? null : b.type.code(),
                b.title,
                b.summary,
                summaryEvidence.refs(),
                time,
                places.stream().map(PlaceCard::toInput).toList(),
                actors.stream().map(ActorCard::toInput).toList(),
                figures.stream().map(f -> f.toInput(positions)).toList(),
                claims.stream().map(ClaimCard::toInput).toList(),
                links.stream().map(LinkRow::toInput).toList(),
                List.copyOf(b.tags),
                b.occurrence,
                b.judgement);
    }

    /** Puts each of the server's field errors on the field it names; what has no field is listed. */
    private void showErrors(List<FieldError> errors) {
        Map<String, com.vaadin.flow.component.HasValidation> basicsFields = Map.of(
                "title",
                title,
                "type",
                type,
                "summary",
                summary,
                "time.start",
                start,
                "time.end",
                end,
                "time.zone",
                zone,
                "time.precision",
                precision);
        List<String> unplaced = new ArrayList<>();
        for (FieldError error : errors) {
            Matcher path = PATH.matcher(error.field());
            if (basicsFields.containsKey(error.field())) {
                basicsFields.get(error.field()).setErrorMessage(error.message());
                basicsFields.get(error.field()).setInvalid(true);
            } else if (error.field().startsWith("tags")) {
                tags.setErrorMessage(error.field() + ": " + error.message());
                tags.setInvalid(true);
            } else if (path.matches()) {
                int index = Integer.parseInt(path.group(2));
                String field = path.group(3) == null ? "" : path.group(3);
                Consumer<String> target =
                        switch (path.group(1)) {
                            case "places" -> m -> places.get(index).showError(field, m);
                            case "actors" -> m -> actors.get(index).showError(field, m);
                            case "figures" -> m -> figures.get(index).showError(field, m);
                            case "claims" -> m -> claims.get(index).showError(field, m);
                            default -> m -> links.get(index).showError(m);
                        };
                target.accept(error.message());
            } else {
                unplaced.add(error.field() + ": " + error.message());
            }
        }
        problems.setText(String.join(" · ", unplaced));
        error("The record was not saved: some fields need attention; they are marked.");
    }

    private void staleDialog(StaleRecordException stale) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("stale-dialog");
        dialog.setHeader("Someone else saved this record");
        dialog.setText(stale.getMessage() + " Your changes are still in the form.");
        dialog.setConfirmText("Reload their version (discard mine)");
        dialog.addConfirmListener(e -> load(catalog.view(recordId)));
        dialog.setCancelable(true);
        dialog.setCancelText("Keep my changes");
        dialog.setRejectable(true);
        dialog.setRejectText("Compare");
        dialog.addRejectListener(e -> compare());
        dialog.open();
    }

    /** Shows, field by field, how the form differs from the version saved by someone else. */
    private void compare() {
        RecordView theirs = catalog.view(recordId);
        Map<RecordInput.EvidenceRef, String> theirQuotes = new HashMap<>();
        collectQuotes(theirs, theirQuotes);
        Map<RecordInput.EvidenceRef, String> myQuotes = new HashMap<>(summaryEvidence.quotes());
        myQuotes.putAll(timeEvidence.quotes());
        allCards().forEach(card -> myQuotes.putAll(card.quotes()));
        myQuotes.putAll(theirQuotes);
        basics.writeBeanIfValid(basicsBean);
        allCards().forEach(FactCard::commit);
        List<org.eventdesk.domain.record.FieldChange> changes = org.eventdesk.domain.record.RecordSnapshot.of(
                        toInput(), ref -> myQuotes.getOrDefault(ref, "?"))
                .changesSince(org.eventdesk.domain.record.RecordSnapshot.of(
                        theirs.toInput(), ref -> theirQuotes.getOrDefault(ref, "?")));
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(
                "Your form compared with version " + theirs.version() + " (saved by " + theirs.updatedBy() + ")");
        com.vaadin.flow.component.grid.Grid<org.eventdesk.domain.record.FieldChange> grid =
                new com.vaadin.flow.component.grid.Grid<>();
        grid.setId("compare-grid");
        grid.addColumn(org.eventdesk.domain.record.FieldChange::field)
                .setHeader("Field")
                .setAutoWidth(true);
        grid.addColumn(c -> c.before() == null ? "" : c.before()).setHeader("Theirs (saved)");
        grid.addColumn(c -> c.after() == null ? "" : c.after()).setHeader("Yours (not saved)");
        grid.setItems(changes);
        grid.setWidth("60em");
        dialog.add(changes.isEmpty() ? new Span("No differences: reload their version safely.") : grid);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    private static void collectQuotes(RecordView record, Map<RecordInput.EvidenceRef, String> quotes) {
        List<RecordView.EvidenceView> all = new ArrayList<>(record.summaryEvidence());
        all.addAll(record.time().evidence());
        record.places().forEach(p -> all.addAll(p.evidence()));
        record.actors().forEach(a -> all.addAll(a.evidence()));
        record.figures().forEach(f -> all.addAll(f.evidence()));
        record.claims().forEach(c -> all.addAll(c.evidence()));
        all.forEach(e -> quotes.put(new RecordInput.EvidenceRef(e.sourceId(), e.start(), e.end()), e.quote()));
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        DiscardGuard.askBeforeLeaving(event, "Discard your changes?", "This record has changes that are not saved.");
    }
}
