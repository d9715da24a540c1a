package org.eventdesk.web.ui.records;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eventdesk.application.record.FactReviewService;
import org.eventdesk.application.record.PresenceService;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.application.record.RecordService;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.application.record.WorkflowService;
import org.eventdesk.domain.record.WorkflowStep;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.user.Role;
import org.eventdesk.web.ui.CurrentUser;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.MainLayout;
import org.eventdesk.web.ui.i18n.Texts;
import org.eventdesk.web.ui.records.editor.RecordEditor;

/**
 * A record as a reviewer reads it: every fact with the words it came from beside it, figures of one category
 * side by side (competing counts stay visible), parts under their whole, links from both ends.
 */
@Route(value = "records", layout = MainLayout.class)
@RolesAllowed(Role.Names.EDITOR)
@CdiComponent
public class RecordPage extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final RecordCatalog catalog;
    private final RecordService service;
    private final WorkflowService workflow;
    private final PresenceService presence;
    private final CurrentUser currentUser;
    private final FactReviewService factReview;

    @Inject
    public RecordPage(
            RecordCatalog catalog,
            RecordService service,
            WorkflowService workflow,
            PresenceService presence,
            CurrentUser currentUser,
            FactReviewService factReview) {
        this.factReview = factReview;
        this.catalog = catalog;
        this.service = service;
        this.workflow = workflow;
        this.presence = presence;
        this.currentUser = currentUser;
        setMaxWidth("1100px");
    }

    @Override
    public String getPageTitle() {
        return t("records.page.page-title");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        try {
            show(catalog.view(id));
        } catch (NotFoundException e) {
            add(new H2(t("records.page.missing-title")), new Paragraph(t("records.page.missing", String.valueOf(id))));
        }
    }

    private void show(RecordView record) {
        removeAll();
        H2 title = new H2(record.title());
        title.setId("record-title");
        Button edit = new Button(t("records.page.edit"), VaadinIcon.EDIT.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate(RecordEditor.class, RecordEditor.idParameter(record.id()))));
        edit.setId("edit-record");
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button all = new Button(t("records.page.all-records"), VaadinIcon.ARROW_LEFT.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate(RecordsView.class)));
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout badges =
                new HorizontalLayout(Badges.status(record.status()), Badges.verification(record.verification()));
        if (record.typeLabel() != null) {
            badges.add(new Span(record.typeLabel()));
        }
        if (record.occurrence() != null) {
            badges.add(new Span("· " + Texts.of(record.occurrence())));
        }
        if (!record.tags().isEmpty()) {
            badges.add(new Span("· #" + String.join(" #", record.tags())));
        }
        badges.setAlignItems(FlexComponent.Alignment.CENTER);
        edit.setVisible(record.workflow().step(WorkflowStep.EDIT).isPresent());
        HorizontalLayout actions = new HorizontalLayout(all, edit);
        if (record.workflow().step(WorkflowStep.APPROVE).isPresent()) {
            Button review = new Button(t("records.page.review"), VaadinIcon.GLASSES.create(), e -> getUI().ifPresent(
                            ui -> ui.navigate(ReviewView.class, ReviewView.idParameter(record.id()))));
            review.setId("review-record");
            actions.add(review);
        }
        add(actions, title, badges);
        showPresence(record.id());
        add(new WorkflowBar(record, workflow, this::show));
        if (record.workflow().correctionNote() != null) {
            add(new Span(t(
                    "records.page.correction-note",
                    String.valueOf(record.workflow().publishedVersion() + 1),
                    record.workflow().correctionNote())));
        }

        add(new RecordFacts(record));
        FactComments.of(factReview.review(record.id())).ifPresent(this::add);
        Span changed = new Span(t(
                "records.page.created-changed",
                record.createdBy(),
                Formats.utc(record.createdAt()),
                record.updatedBy(),
                Formats.utc(record.updatedAt()),
                String.valueOf(record.version())));
        changed.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(changed);
        add(new HistoryPanel(
                catalog.publications(record.id()),
                catalog.history(record.id()),
                catalog.comments(record.id()),
                text -> service.comment(record.id(), text)));
    }

    /** Who has the record open in the editor right now; an admin may clear a presence left behind. */
    private void showPresence(long id) {
        for (PresenceService.Editing editing : presence.editing(id)) {
            HorizontalLayout line = new HorizontalLayout(
                    new Span(t("records.page.being-edited", editing.username(), Formats.utc(editing.since()))));
            line.addClassName("presence-note");
            if (currentUser.has(Role.ADMIN)) {
                Button takeOver = new Button(t("records.page.take-over"), e -> {
                    presence.takeOver(id, editing.username());
                    show(catalog.view(id));
                });
                line.add(takeOver);
            }
            add(line);
        }
    }
}
