package org.eventdesk.web.ui.records;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.domain.record.RecordQueue;
import org.eventdesk.domain.user.Role;
import org.eventdesk.web.ui.MainLayout;
import org.eventdesk.web.ui.i18n.Texts;
import org.eventdesk.web.ui.records.editor.RecordEditor;

/**
 * Every record, narrowed by the filters an editor uses (kept in the address, so a filtered list can be bookmarked
 * and opened on the map with the same filters), or one work queue ({@code /records?queue=awaiting-review}).
 */
@Route(value = "records", layout = MainLayout.class)
@RolesAllowed(Role.Names.EDITOR)
@CdiComponent
public class RecordsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final RecordsGrid grid;
    private final RecordFilters filters;
    private final H2 heading = new H2(t("records.list.title"));
    private RecordQueue queue;
    /** While the router enters the view, the address is already the one the filters come from. */
    private boolean entering;

    @Inject
    public RecordsView(RecordCatalog catalog) {
        setSizeFull();
        grid = new RecordsGrid(catalog);

        Button create = new Button(t("records.list.new-record"), VaadinIcon.PLUS.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate(RecordEditor.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-record");
        Button onMap = new Button(t("records.list.on-map"), VaadinIcon.MAP_MARKER.create());
        onMap.setId("records-on-map");
        onMap.addClickListener(e -> onMap());

        filters = new RecordFilters(catalog, onMap, create);
        filters.onChange(this::filtered);

        heading.setId("records-heading");
        add(heading, filters, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return t("records.list.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        queue = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("queue")
                .flatMap(RecordQueue::fromSlug)
                .orElse(null);
        heading.setText(queue == null ? t("records.list.title") : Texts.of(queue));
        filters.setVisible(queue == null);
        if (queue != null) {
            grid.show(queue);
            return;
        }
        entering = true;
        try {
            RecordFilters.report(
                    filters.read(event.getLocation().getQueryParameters()),
                    message -> Notification.show(message, 8000, Notification.Position.BOTTOM_START));
        } finally {
            entering = false;
        }
    }

    /** The same filters on the map. */
    private void onMap() {
        getUI().ifPresent(ui -> ui.navigate("map", filters.parameters()));
    }

    /** The list follows the filters, and the address follows them too without reloading the page. */
    private void filtered() {
        if (queue != null) {
            return;
        }
        grid.show(filters.query());
        if (entering) {
            return;
        }
        getUI().ifPresent(ui ->
                ui.getPage().getHistory().replaceState(null, new Location("records", filters.parameters())));
    }
}
