package org.eventdesk.web.ui.records;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eventdesk.application.record.FoundRecord;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.application.taxonomy.TaxonomyEntry;
import org.eventdesk.domain.record.MarkedText;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.domain.record.RecordQuery;
import org.eventdesk.domain.record.RecordQueue;
import org.eventdesk.domain.record.RecordStatus;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.domain.shared.Validation;
import org.eventdesk.domain.user.Role;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.MainLayout;
import org.eventdesk.web.ui.records.editor.RecordEditor;

/**
 * Every record, narrowed by the filters an editor uses: words, type, status, event dates, place, actor,
 * verification, figure category. Lazy end to end: one page at a time from the service, never a count.
 */
@Route(value = "records", layout = MainLayout.class)
@PageTitle("Records · Event Desk")
@RolesAllowed(Role.Names.EDITOR)
@CdiComponent
public class RecordsView extends VerticalLayout implements BeforeEnterObserver {
    private final RecordCatalog catalog;
    private final Grid<RecordListing> grid = new Grid<>();
    private final KeysetPages pages = new KeysetPages();
    private final TextField text = new TextField("Search");
    private final ComboBox<TaxonomyEntry> type = new ComboBox<>("Type");
    private final Select<RecordStatus> status = new Select<>();
    private final DatePicker from = new DatePicker("Event from");
    private final DatePicker to = new DatePicker("Event to");
    private final TextField place = new TextField("Place");
    private final TextField actor = new TextField("Actor");
    private final Select<Verification> verification = new Select<>();
    private final ComboBox<TaxonomyEntry> category = new ComboBox<>("Has figure");
    private final Select<RecordQuery.Order> order = new Select<>();
    private final H2 heading = new H2("Records");
    private final HorizontalLayout filters;
    private RecordQueue queue;
    /** Where the searched words matched, by record, for the rows of the pages fetched since the last search. */
    private final Map<Long, FoundRecord> found = new HashMap<>();

    @Inject
    public RecordsView(RecordCatalog catalog) {
        this.catalog = catalog;
        setSizeFull();
        Map<String, String> typeLabels =
                catalog.eventTypes().stream().collect(Collectors.toMap(TaxonomyEntry::code, RecordsView::typeLabel));

        text.setPlaceholder("Words: \"a phrase\", -not, either | or, prefix*");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setId("record-search");
        type.setItems(catalog.eventTypes());
        type.setItemLabelGenerator(RecordsView::typeLabel);
        type.setId("record-type-filter");
        status.setLabel("Status");
        status.setItems(RecordStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any" : s.label());
        status.setEmptySelectionAllowed(true);
        place.setId("record-place-filter");
        actor.setId("record-actor-filter");
        verification.setLabel("Verification");
        verification.setItems(Verification.values());
        verification.setItemLabelGenerator(v -> v == null ? "Any" : v.label());
        verification.setEmptySelectionAllowed(true);
        category.setItems(catalog.figureCategories());
        category.setItemLabelGenerator(TaxonomyEntry::label);
        category.setId("record-category-filter");
        order.setLabel("Order");
        order.setItems(RecordQuery.Order.values());
        order.setItemLabelGenerator(o -> switch (o) {
            case EVENT_TIME -> "Newest event";
            case LAST_CHANGE -> "Last change";
            case RELEVANCE -> "Best match";
        });
        // Words typed into the search are ranked by relevance; without words, best match is the latest change.
        order.setValue(RecordQuery.Order.RELEVANCE);
        for (TextField field : new TextField[] {text, place, actor}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> refresh());
        }
        type.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        verification.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        order.addValueChangeListener(e -> refresh());
        type.setClearButtonVisible(true);
        category.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);

        Button create = new Button(
                "New record", VaadinIcon.PLUS.create(), e -> getUI().ifPresent(ui -> ui.navigate(RecordEditor.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-record");

        filters =
                new HorizontalLayout(text, type, status, from, to, place, actor, verification, category, order, create);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("records-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(new ComponentRenderer<>(this::titleCell))
                .setHeader("Title")
                .setWidth("22em")
                .setFlexGrow(6);
        grid.addColumn(r -> r.type() == null ? "" : typeLabels.getOrDefault(r.type(), r.type()))
                .setHeader("Type")
                .setFlexGrow(2);
        grid.addColumn(r -> r.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(r -> Formats.eventTime(r.start(), r.precision(), r.zone()))
                .setHeader("When")
                .setAutoWidth(true);
        grid.addColumn(r -> String.join(", ", r.places())).setHeader("Places").setFlexGrow(1);
        grid.addColumn(r -> r.verification().label()).setHeader("Verification").setAutoWidth(true);
        grid.addColumn(r -> r.updatedBy() + ", " + Formats.utc(r.updatedAt()))
                .setHeader("Last change")
                .setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(RecordPage.class, e.getItem().id())));
        grid.setItems(query -> (queue == null
                        ? listed(query.getOffset(), query.getLimit())
                        : catalog.queue(queue, query.getOffset(), query.getLimit()))
                .stream());

        heading.setId("records-heading");
        add(heading, filters, grid);
        setFlexGrow(1, grid);
    }

    /** {@code /records?queue=awaiting-review} shows one work queue instead of the filtered list. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        queue = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("queue")
                .flatMap(RecordQueue::fromSlug)
                .orElse(null);
        heading.setText(queue == null ? "Records" : queue.label());
        filters.setVisible(queue == null);
        refresh();
    }

    static String typeLabel(TaxonomyEntry type) {
        return type.parentCode() == null ? type.label() : "    " + type.label();
    }

    private void refresh() {
        pages.forget();
        found.clear();
        grid.getDataProvider().refreshAll();
    }

    private List<RecordListing> listed(int offset, int limit) {
        RecordQuery query = currentQuery();
        if (query.text() != null) {
            // Words go to the search index, which ranks, marks and pages by position itself.
            List<FoundRecord> page = catalog.found(query, offset, limit);
            page.forEach(row -> found.put(row.listing().id(), row));
            return page.stream().map(FoundRecord::listing).toList();
        }
        return pages.fetch(query.order(), offset, limit, new KeysetPages.Rows() {
            @Override
            public List<RecordListing> at(int offset, int limit) {
                return catalog.list(query, offset, limit);
            }

            @Override
            public List<RecordListing> after(RecordListing.Cursor cursor, int limit) {
                return catalog.page(query, Optional.of(cursor), limit).items();
            }
        });
    }

    /** The title with the searched words marked, and the summary's words around them when it matched. */
    private Div titleCell(RecordListing row) {
        FoundRecord match = found.get(row.id());
        Div cell = new Div(marked(match == null ? MarkedText.plain(row.title()) : match.title()));
        cell.addClassName("record-title");
        if (match != null && match.summaryExcerpt().isMarked()) {
            Span excerpt = marked(match.summaryExcerpt());
            excerpt.addClassName("record-excerpt");
            excerpt.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
            excerpt.getStyle().set("color", "var(--lumo-secondary-text-color)").set("white-space", "normal");
            cell.add(excerpt);
        }
        return cell;
    }

    /** Text nodes and {@code <mark>} elements built from the spans: the record's words are never read as HTML. */
    private static Span marked(MarkedText text) {
        Span span = new Span();
        int at = 0;
        for (MarkedText.Span mark : text.marks()) {
            if (mark.start() > at) {
                span.getElement().appendChild(Element.createText(text.text().substring(at, mark.start())));
            }
            span.getElement()
                    .appendChild(new Element("mark").setText(text.text().substring(mark.start(), mark.end())));
            at = mark.end();
        }
        if (at < text.text().length()) {
            span.getElement().appendChild(Element.createText(text.text().substring(at)));
        }
        return span;
    }

    private RecordQuery currentQuery() {
        return new RecordQuery(
                Validation.trimToNull(text.getValue()),
                type.getValue() == null ? null : type.getValue().code(),
                status.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay().toInstant(ZoneOffset.UTC),
                to.getValue() == null
                        ? null
                        : to.getValue().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                Validation.trimToNull(place.getValue()),
                null,
                Validation.trimToNull(actor.getValue()),
                verification.getValue(),
                category.getValue() == null ? null : category.getValue().code(),
                order.getValue() == null ? RecordQuery.Order.RELEVANCE : order.getValue());
    }
}
