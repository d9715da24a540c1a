package org.eventdesk.web.ui.records.editor;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventdesk.application.extraction.SuggestionService;
import org.eventdesk.application.record.FactReviewService;
import org.eventdesk.application.record.PresenceService;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.application.record.RecordService;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.application.source.SourceCatalog;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.StaleRecordException;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.user.Role;
import org.eventdesk.web.ui.DiscardGuard;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.MainLayout;
import org.eventdesk.web.ui.QueuesChanged;
import org.eventdesk.web.ui.i18n.Texts;
import org.eventdesk.web.ui.map.MapTiles;
import org.eventdesk.web.ui.records.FactComments;
import org.eventdesk.web.ui.records.RecordPage;

/**
 * Editing a record beside its source: the form on the left, the source's text on the right. Every fact has a
 * "Use selection" button that turns the words selected in the source into its evidence.
 *
 * <p>Fields are buffered: nothing reaches the record until Save (or Ctrl+S), which sends the whole record
 * with the version it was read at. The server's rules answer with field paths ({@code figures[1].high}), shown
 * on the field they name ({@link ErrorRouting}); a version someone else replaced is refused with their name, and
 * the editor keeps what was typed ({@link StaleSaveDialog}). Leaving with unsaved changes asks first.
 *
 * <p>This class composes the parts and saves; each part does one job: the record's own fields and time
 * ({@link BasicsForm}), the facts ({@link FactLists}), the assistant's suggestions taken in ({@link
 * SuggestionIntake}), and who else has the record open ({@link PresenceBanner}).
 */
@Route(value = "records/:recordId([0-9]+)/edit", layout = MainLayout.class)
@RouteAlias(value = "records/new", layout = MainLayout.class)
@RolesAllowed(Role.Names.EDITOR)
@CdiComponent
public class RecordEditor extends SplitLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {
    private final RecordService service;
    private final RecordCatalog catalog;
    private final SourcePanel sourcePanel;
    private final SameEventPanel sameEvent;
    private final PresenceBanner presence;
    private final BasicsForm basics;
    private final FactLists facts;
    private final ErrorRouting errors;
    private final FactReviewService factReview;
    /** Where the reviewers' comments on facts go, above the form, when there are any. */
    private final Div reviewersSay = new Div();

    private final H2 heading = new H2();
    private final Span versionInfo = new Span();
    private final Button save = new Button(t("editor.save"), VaadinIcon.CHECK.create());
    private final Span problems = new Span();

    private Long recordId;
    private long version;
    private boolean dirty;
    private boolean loading;

    @Inject
    public RecordEditor(
            RecordService service,
            RecordCatalog catalog,
            SourceCatalog sources,
            PresenceService presence,
            SuggestionService assistant,
            FactReviewService factReview,
            MapTiles tiles) {
        this.service = service;
        this.factReview = factReview;
        this.catalog = catalog;
        this.sourcePanel = new SourcePanel(sources, assistant);
        this.sameEvent = new SameEventPanel(catalog);
        this.presence = new PresenceBanner(presence);
        this.basics = new BasicsForm(catalog::eventTypes, sourcePanel, this::changed);
        this.facts =
                new FactLists(catalog.figureCategories(), sourcePanel, catalog, tiles, () -> recordId, this::changed);
        this.errors = new ErrorRouting(basics, facts);
        sourcePanel.sendSuggestionsTo(new SuggestionIntake(basics, facts, this::changed));
        setSizeFull();
        setSplitterPosition(58);

        List<Component> parts = new ArrayList<>(
                List.of(heading, versionInfo, this.presence, reviewersSay, sameEvent, basics.basics(), basics.time()));
        parts.addAll(facts.sections());
        parts.add(saveBar());
        VerticalLayout form = new VerticalLayout(parts.toArray(Component[]::new));
        form.setId("record-form");
        addToPrimary(new Scroller(form));
        sourcePanel.setPadding(true);
        addToSecondary(sourcePanel);
        Shortcuts.addShortcutListener(this, this::save, Key.KEY_S, KeyModifier.CONTROL);
    }

    @Override
    public String getPageTitle() {
        return t("editor.page-title");
    }

    public static RouteParameters idParameter(long id) {
        return new RouteParameters("recordId", String.valueOf(id));
    }

    private Component saveBar() {
        save.setId("save-record");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(e -> save());
        Button view = new Button(t("editor.view"), VaadinIcon.EYE.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate(RecordPage.class, recordId)));
        view.setId("view-record");
        problems.setId("record-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        HorizontalLayout bar = new HorizontalLayout(save, view, new Span(t("editor.save-hint")));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(problems, bar);
        box.setPadding(false);
        return box;
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

    /** Words selected on the source page ({@code ?evidence=120-180}): they name the new record. */
    private void startFromSelection(String span) {
        String[] bounds = span.split("-");
        SourcePanel.Selection selection =
                sourcePanel.selection(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1]));
        basics.startFrom(selection);
        sourcePanel.highlight(selection.start(), selection.end());
    }

    private void load(RecordView record) {
        loading = true;
        facts.clear();
        reviewersSay.removeAll();
        if (record == null) {
            recordId = null;
            version = 0;
            heading.setText(t("editor.heading.new"));
            versionInfo.setText(t("editor.version.new"));
            basics.clear();
        } else {
            recordId = record.id();
            version = record.version();
            sameEvent.setVisible(false);
            heading.setText(t("editor.heading.edit", String.valueOf(record.id())));
            versionInfo.setText(t(
                    "editor.version.info",
                    String.valueOf(record.version()),
                    record.updatedBy(),
                    Formats.utc(record.updatedAt()),
                    Texts.of(record.status()),
                    Texts.of(record.verification())));
            basics.fill(record);
            facts.fill(record);
            FactComments.of(factReview.review(record.id())).ifPresent(reviewersSay::add);
            if (!sourcePanel.hasSource() && !record.sources().isEmpty()) {
                sourcePanel.show(record.sources().get(0).id());
            }
        }
        basics.showUtc();
        presence.follow(recordId);
        loading = false;
        dirty = false;
        save.setEnabled(false);
        problems.setText("");
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
        sameEvent.refresh(
                basics.typeCode(),
                facts.typedPlaceNames(),
                basics.typedStart(),
                basics.typedEnd(),
                sourcePanel.sourceId());
    }

    // ---- saving -------------------------------------------------------------------------------------

    private void save() {
        if (!dirty) {
            return;
        }
        problems.setText("");
        boolean valid = basics.commit();
        valid &= facts.commit();
        if (!valid) {
            error(t("editor.invalid"));
            return;
        }
        try {
            RecordView saved =
                    recordId == null ? service.create(toInput()) : service.update(recordId, toInput(), version);
            boolean created = recordId == null;
            Notification.show(
                            t("editor.saved", saved.title(), String.valueOf(saved.version())),
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
            problems.setText(String.join(" · ", errors.show(e.errors())));
            error(t("editor.refused"));
        } catch (StaleRecordException e) {
            StaleSaveDialog.open(e, () -> load(catalog.view(recordId)), this::compareWithSaved);
        }
    }

    private RecordInput toInput() {
        return basics.toInput(
                facts.placeInputs(),
                facts.actorInputs(),
                facts.figureInputs(),
                facts.claimInputs(),
                facts.linkInputs());
    }

    /** The form as it stands (invalid fields as last committed) against the version saved in between. */
    private RecordCatalog.SavedComparison compareWithSaved() {
        basics.commit();
        facts.commit();
        Map<RecordInput.EvidenceRef, String> quotes = basics.quotes();
        quotes.putAll(facts.quotes());
        return catalog.compareWithSaved(recordId, toInput(), quotes);
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        DiscardGuard.askBeforeLeaving(event, t("editor.discard.title"), t("editor.discard.text"));
    }
}
