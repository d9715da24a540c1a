package org.eventdesk.web.ui.sources;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eventdesk.application.source.SourceCatalog;
import org.eventdesk.domain.shared.Validation;
import org.eventdesk.domain.source.SourceListing;
import org.eventdesk.domain.source.SourceQuery;
import org.eventdesk.domain.user.Role;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.MainLayout;
import org.eventdesk.web.ui.i18n.Pickers;
import org.eventdesk.web.ui.i18n.Texts;

/**
 * The sources in the desk, newest first. The grid is lazy end to end: it asks the service for one page at a
 * time and never for a count, so it stays quick however many sources there are.
 */
@Route(value = "sources", layout = MainLayout.class)
@RolesAllowed(Role.Names.EDITOR)
@CdiComponent
public class SourcesView extends VerticalLayout implements HasDynamicTitle {
    private final SourceCatalog catalog;
    private final Grid<SourceListing> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<String> outlet = new ComboBox<>(t("sources.list.outlet"));
    private final DatePicker from = Pickers.localized(new DatePicker(t("sources.list.published-from")));
    private final DatePicker to = Pickers.localized(new DatePicker(t("sources.list.published-to")));
    private final RadioButtonGroup<SourceQuery.Order> order = new RadioButtonGroup<>(t("sources.list.order"));

    @Override
    public String getPageTitle() {
        return t("sources.list.page-title");
    }

    @Inject
    public SourcesView(SourceCatalog catalog) {
        this.catalog = catalog;
        setSizeFull();

        search.setLabel(t("sources.list.search"));
        search.setPlaceholder(t("sources.list.search-placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("source-search");

        outlet.setItems(query ->
                catalog.outletsStartingWith(query.getFilter().orElse(""), query.getOffset() + query.getLimit()).stream()
                        .skip(query.getOffset()));
        outlet.setClearButtonVisible(true);
        outlet.setId("source-outlet");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        order.setItems(SourceQuery.Order.values());
        order.setItemLabelGenerator(
                o -> o == SourceQuery.Order.ADDED ? t("sources.list.order.added") : t("sources.list.order.published"));
        order.setValue(SourceQuery.Order.ADDED);

        Button add = new Button(t("sources.list.add"), VaadinIcon.PLUS.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate(NewSourceView.class)));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-source");

        HorizontalLayout filters = new HorizontalLayout(search, outlet, from, to, order, add);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("sources-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(SourceListing::title)
                .setHeader(t("sources.list.column.title"))
                .setWidth("22em")
                .setFlexGrow(6)
                .setKey("title");
        grid.addColumn(SourceListing::outlet)
                .setHeader(t("sources.list.column.outlet"))
                .setFlexGrow(1);
        grid.addColumn(s -> Texts.of(s.kind()))
                .setHeader(t("sources.list.column.kind"))
                .setAutoWidth(true);
        grid.addColumn(s -> Formats.inZone(s.publishedAt(), s.publishedZone()))
                .setHeader(t("sources.list.column.published"))
                .setAutoWidth(true);
        grid.addColumn(SourceListing::addedBy)
                .setHeader(t("sources.list.column.added-by"))
                .setAutoWidth(true);
        grid.addColumn(s -> Formats.utc(s.addedAt()))
                .setHeader(t("sources.list.column.added-at"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(SourceView.class, e.getItem().id())));
        grid.setItems(query -> catalog.list(currentQuery(), query.getOffset(), query.getLimit()).stream());

        search.addValueChangeListener(e -> refresh());
        outlet.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        order.addValueChangeListener(e -> refresh());

        add(new H2(t("sources.list.title")), filters, grid);
        setFlexGrow(1, grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private SourceQuery currentQuery() {
        LocalDate toDate = to.getValue();
        return new SourceQuery(
                Validation.trimToNull(search.getValue()),
                outlet.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay().toInstant(ZoneOffset.UTC),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                order.getValue() == null ? SourceQuery.Order.ADDED : order.getValue());
    }
}
