package org.eventdesk.web.ui.records;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.eventdesk.application.record.ChangeView;
import org.eventdesk.application.record.FactReview;
import org.eventdesk.application.record.FactReviewService;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.application.record.WorkflowService;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.user.Role;
import org.eventdesk.web.pages.RecordRendering;
import org.eventdesk.web.ui.MainLayout;

/**
 * The reviewer's screen: how many facts are checked, beside approve and return; what would change for readers since
 * the published version, in words; the record fact by fact ({@link FactChecklist}: changes marked in place, each quote
 * in its sentence, a tick and comments per fact); the record as readers will read it (the public page's own template,
 * over the working copy); then the desk's fields one by one.
 */
@Route(value = "records/:recordId([0-9]+)/review", layout = MainLayout.class)
@RolesAllowed(Role.Names.REVIEWER)
@CdiComponent
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final RecordCatalog catalog;
    private final WorkflowService workflow;
    private final FactReviewService factReview;
    private final Span progress = new Span();

    @Inject
    public ReviewView(RecordCatalog catalog, WorkflowService workflow, FactReviewService factReview) {
        this.catalog = catalog;
        this.workflow = workflow;
        this.factReview = factReview;
        progress.setId("review-progress");
        setMaxWidth("1100px");
    }

    static RouteParameters idParameter(long id) {
        return new RouteParameters("recordId", String.valueOf(id));
    }

    @Override
    public String getPageTitle() {
        return t("records.review.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("recordId").orElseThrow();
        try {
            show(catalog.view(id));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No record " + id);
        }
    }

    private void show(RecordView record) {
        removeAll();
        Button back = new Button(t("records.review.back"), VaadinIcon.ARROW_LEFT.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate(RecordPage.class, record.id())));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(back, new H2(t("records.review.title", record.title())));
        FactReview facts = factReview.review(record.id());
        showProgress(facts);
        add(progress);
        add(new WorkflowBar(
                record, workflow, after -> getUI().ifPresent(ui -> ui.navigate(RecordPage.class, after.id()))));

        RecordCatalog.ReadersView readers = catalog.readersView(record.id());
        if (readers.publishedVersion() == 0) {
            add(new H3(t("records.review.never-published")));
        } else {
            H3 heading = new H3(t("records.review.changes-since", String.valueOf(readers.publishedVersion())));
            UnorderedList words = new UnorderedList();
            words.setId("review-changes");
            if (readers.changes().isEmpty()) {
                words.add(new ListItem(t("records.review.no-reader-changes")));
            }
            readers.changes().forEach(change -> words.add(new ListItem(change)));
            add(heading, words);
        }
        if (record.workflow().correctionNote() != null) {
            add(new Span(t("records.review.correction-note", record.workflow().correctionNote())));
        }

        add(new H3(t("records.review.fact-by-fact")));
        add(new FactChecklist(facts, factReview, () -> showProgress(factReview.review(record.id()))));

        add(new H3(t("records.review.as-readers-read")));
        Html page = new Html(RecordRendering.facts(readers.record()));
        page.setId("review-readers-view");
        add(page);

        // The desk's own fields (statuses, coordinates, evidence offsets) for whoever wants the detail.
        List<ChangeView.FieldView> changes = catalog.changesSincePublished(record.id());
        Grid<ChangeView.FieldView> diff = new Grid<>();
        diff.setId("review-diff");
        diff.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        diff.addColumn(ChangeView.FieldView::field)
                .setHeader(t("records.review.diff.field"))
                .setAutoWidth(true);
        diff.addColumn(f -> f.before() == null ? "" : f.before())
                .setHeader(t("records.review.diff.published"))
                .setFlexGrow(1);
        diff.addColumn(f -> f.after() == null ? t("records.review.diff.removed") : f.after())
                .setHeader(t("records.review.diff.now"))
                .setFlexGrow(1);
        diff.setItems(changes);
        diff.setAllRowsVisible(true);
        add(new H3(t("records.review.field-by-field")), diff);
    }

    /**
     * How far the reviewer got, beside the steps. Unchecked facts do not block approval (the reviewer may have
     * judged them another way); the line says how many are left, so approving with some unchecked is a choice.
     */
    private void showProgress(FactReview facts) {
        String checked = String.valueOf(facts.checked());
        String total = String.valueOf(facts.total());
        String line = t("records.review.progress", checked, total);
        if (facts.checked() < facts.total()) {
            int left = facts.total() - facts.checked();
            line = left == 1
                    ? t("records.review.progress-one-left", checked, total)
                    : t("records.review.progress-left", checked, total, String.valueOf(left));
        }
        progress.setText(line);
        progress.getStyle()
                .set("color", facts.checked() < facts.total() ? "var(--lumo-warning-text-color, #8a5a00)" : "inherit");
    }
}
