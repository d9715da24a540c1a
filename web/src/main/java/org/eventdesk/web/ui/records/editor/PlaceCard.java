package org.eventdesk.web.ui.records.editor;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.domain.record.GeoPrecision;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.RecordPlace;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.web.ui.Limits;
import org.eventdesk.web.ui.i18n.Texts;
import org.eventdesk.web.ui.map.MapTiles;
import org.eventdesk.web.ui.map.PlacePicker;

/** A place being edited: name, another name, country, admin areas, coordinates and how precise they are. */
class PlaceCard extends FactCard<PlaceCard.Bean> {
    private final TextField name;

    /** Under the fields: the button that opens the map, and the map. */
    private final com.vaadin.flow.component.html.Div mapArea = new com.vaadin.flow.component.html.Div();

    static final class Bean {
        String name = "";
        String alias = "";
        String country = "";
        String admin1 = "";
        String admin2 = "";
        Double lat;
        Double lon;
        GeoPrecision precision;
        Verification judgement;
    }

    PlaceCard(
            RecordView.PlaceView loaded,
            SourcePanel panel,
            MapTiles tiles,
            Runnable onChange,
            Consumer<FactCard<?>> onRemove) {
        super("place", Bean.class, new Bean(), panel, onChange, onRemove);
        name = named("name", new TextField(t("editor.place.name")));
        name.addClassName("place-name");
        TextField alias = named("alias", new TextField(t("editor.place.alias")));
        alias.setHelperText(t("editor.place.alias-help"));
        alias.addClassName("place-alias");
        TextField country = named("country", new TextField(t("editor.place.country")));
        country.setMaxLength(2);
        country.setPlaceholder("UA");
        country.addClassName("place-country");
        TextField admin1 = named("admin1", new TextField(t("editor.place.region")));
        TextField admin2 = named("admin2", new TextField(t("editor.place.district")));
        NumberField lat = named("lat", new NumberField(t("editor.place.lat")));
        NumberField lon = named("lon", new NumberField(t("editor.place.lon")));
        Select<GeoPrecision> precision = named("precision", new Select<>());
        precision.setLabel(t("editor.place.precision"));
        precision.setItems(GeoPrecision.values());
        precision.setItemLabelGenerator(p -> p == null ? "" : Texts.of(p));
        precision.setEmptySelectionAllowed(true);

        binder.forField(name)
                .asRequired(t("editor.place.name-required"))
                .withValidator(Limits.text(RecordPlace.MAX_NAME))
                .bind(b -> b.name, (b, v) -> b.name = v);
        binder.forField(alias)
                .withValidator(Limits.text(RecordPlace.MAX_NAME))
                .bind(b -> b.alias, (b, v) -> b.alias = v);
        binder.forField(country)
                .withValidator(
                        v -> v == null || v.isBlank() || v.strip().matches("[A-Za-z]{2}"),
                        t("editor.place.country-invalid"))
                .bind(b -> b.country, (b, v) -> b.country = v);
        binder.forField(admin1)
                .withValidator(Limits.text(RecordPlace.MAX_ADMIN_AREA))
                .bind(b -> b.admin1, (b, v) -> b.admin1 = v);
        binder.forField(admin2)
                .withValidator(Limits.text(RecordPlace.MAX_ADMIN_AREA))
                .bind(b -> b.admin2, (b, v) -> b.admin2 = v);
        binder.forField(lat)
                .withValidator(v -> v == null || (v >= -90 && v <= 90), t("editor.place.lat-range"))
                .bind(b -> b.lat, (b, v) -> b.lat = v);
        binder.forField(lon)
                .withValidator(v -> v == null || (v >= -180 && v <= 180), t("editor.place.lon-range"))
                .bind(b -> b.lon, (b, v) -> b.lon = v);
        binder.forField(precision).bind(b -> b.precision, (b, v) -> b.precision = v);
        binder.forField(judgement).bind(b -> b.judgement, (b, v) -> b.judgement = v);
        fields.add(name, alias, country, admin1, admin2, lat, lon, precision, judgement);

        // The map opens on request (a map per card would cost every record with many places), draws the place
        // with its precision as the fields change, and a click on it fills the coordinates.
        PlacePicker picker = new PlacePicker(tiles, (pickedLat, pickedLon) -> {
            lat.setValue(pickedLat);
            lon.setValue(pickedLon);
            if (precision.getValue() == null) {
                // A spot clicked on the map is where it happened unless the editor says otherwise.
                precision.setValue(GeoPrecision.EXACT);
            }
        });
        Runnable redraw = () -> picker.show(
                lat.getValue(), lon.getValue(), precision.getValue(), country.getValue(), admin1.getValue());
        lat.addValueChangeListener(e -> redraw.run());
        lon.addValueChangeListener(e -> redraw.run());
        precision.addValueChangeListener(e -> redraw.run());
        country.addValueChangeListener(e -> redraw.run());
        admin1.addValueChangeListener(e -> redraw.run());
        picker.setVisible(false);
        Button onMap = new Button(t("editor.place.show-map"), VaadinIcon.MAP_MARKER.create());
        onMap.addClassName("place-on-map");
        onMap.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        onMap.addClickListener(e -> {
            boolean showing = !picker.isVisible();
            picker.setVisible(showing);
            onMap.setText(showing ? t("editor.place.hide-map") : t("editor.place.show-map"));
            redraw.run();
        });
        mapArea.add(onMap, picker);
        mapArea.setWidthFull();
        addComponentAtIndex(indexOf(fields) + 1, mapArea);

        if (loaded != null) {
            bean.name = loaded.name();
            bean.alias = loaded.alias() == null ? "" : loaded.alias();
            bean.country = loaded.country() == null ? "" : loaded.country();
            bean.admin1 = loaded.admin1() == null ? "" : loaded.admin1();
            bean.admin2 = loaded.admin2() == null ? "" : loaded.admin2();
            bean.lat = loaded.lat();
            bean.lon = loaded.lon();
            bean.precision = loaded.precision();
            bean.judgement = loaded.judgement();
            evidence.setEvidence(loaded.evidence());
        }
        binder.readBean(bean);
    }

    /** The name as typed so far, saved or not (for looking up records of the same event while writing). */
    String typedName() {
        return name.getValue();
    }

    RecordInput.PlaceInput toInput() {
        return new RecordInput.PlaceInput(
                bean.name,
                blankToNull(bean.alias),
                blankToNull(bean.country),
                blankToNull(bean.admin1),
                blankToNull(bean.admin2),
                bean.lat,
                bean.lon,
                bean.precision,
                bean.judgement,
                evidence.refs());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
