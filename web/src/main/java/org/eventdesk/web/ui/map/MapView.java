package org.eventdesk.web.ui.map;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
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
import org.eventdesk.application.record.RecordMap;
import org.eventdesk.domain.record.GeoBox;
import org.eventdesk.domain.record.MapGrid;
import org.eventdesk.domain.user.Role;
import org.eventdesk.web.ui.MainLayout;
import org.eventdesk.web.ui.records.RecordFilters;
import org.eventdesk.web.ui.records.RecordsGrid;

/**
 * The records on a map: clustered by zoom, coloured by type, sized by their largest killed or injured figure, and
 * filtered exactly as the records list is (the same filter bar, kept in the address). Drawing a rectangle keeps the
 * list under the map to the records with a place inside it; a marker's card opens its record.
 */
@Route(value = "map", layout = MainLayout.class)
@RolesAllowed(Role.Names.EDITOR)
@CdiComponent
public class MapView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    private final RecordMap recordMap;
    private final MapJson json;
    private final RecordFilters filters;
    private final RecordsGrid grid;
    private final DeskMap map;
    private final Span shown = new Span();
    private GeoBox view;
    private int zoom;
    private boolean entering;

    @Inject
    public MapView(RecordCatalog catalog, RecordMap recordMap, MapTiles tiles) {
        this.recordMap = recordMap;
        this.json = new MapJson(catalog.eventTypes());
        setSizeFull();

        Button inList = new Button(t("map.as-list"), VaadinIcon.LIST.create());
        inList.setId("map-as-list");
        inList.addClickListener(e -> asList());
        filters = new RecordFilters(catalog, inList);
        filters.onChange(this::filtered);

        map = new DeskMap(
                tiles,
                new DeskMap.Listener() {
                    @Override
                    public void viewChanged(GeoBox box, int level) {
                        view = box;
                        zoom = level;
                        draw();
                    }

                    @Override
                    public void areaDrawn(GeoBox area) {
                        filters.setArea(area);
                    }
                },
                (lat, lon) -> json.list(recordMap.at(filters.query(), lat, lon)));
        map.setHeight("55vh");
        map.setMinHeight("320px");
        // The list below takes the rest of the page; the map keeps its height rather than giving it up to the list.
        map.getStyle().set("flex-shrink", "0");

        shown.setId("map-shown");
        shown.getStyle().set("color", "var(--lumo-secondary-text-color)");
        grid = new RecordsGrid(catalog);
        grid.getElement().getStyle().set("min-height", "14em");

        add(new H2(t("map.title")), filters, legend(), map, shown, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return t("map.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        entering = true;
        try {
            RecordFilters.report(
                    filters.read(event.getLocation().getQueryParameters()),
                    message -> Notification.show(message, 8000, Notification.Position.BOTTOM_START));
        } finally {
            entering = false;
        }
        map.openOn(filters.area());
    }

    /** The same filters, area included, as the records list. */
    private void asList() {
        getUI().ifPresent(ui -> ui.navigate("records", filters.parameters()));
    }

    private void filtered() {
        grid.show(filters.query());
        draw();
        if (!entering) {
            getUI().ifPresent(ui ->
                    ui.getPage().getHistory().replaceState(null, new Location("map", filters.parameters())));
        }
    }

    /** What the view on screen holds; nothing until the browser has said which view that is. */
    private void draw() {
        if (view == null) {
            return;
        }
        RecordMap.MapView found = recordMap.view(filters.query(), view, zoom);
        map.show(json.view(found, filters.area()));
        String text = found.places() == 0
                ? t("map.shown.none")
                : t(
                        "map.shown",
                        found.places(),
                        found.clusters().size(),
                        found.markers().size());
        if (found.capped()) {
            text += " " + t("map.shown.capped", MapGrid.MAX_CELLS);
        }
        if (filters.query().text() != null) {
            text += " " + t("map.shown.words");
        }
        shown.setText(text);
    }

    private Div legend() {
        Div legend = new Div();
        legend.addClassName("map-legend");
        legend.setId("map-legend");
        json.legend().forEach((code, entry) -> {
            Span swatch = new Span();
            swatch.addClassName("map-legend-swatch");
            swatch.getStyle().set("background", entry[1]);
            Span item = new Span(swatch, new Span(entry[0]));
            legend.add(item);
        });
        legend.add(new Span(t("map.legend")));
        return legend;
    }
}
