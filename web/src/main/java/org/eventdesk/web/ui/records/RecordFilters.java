package org.eventdesk.web.ui.records;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.application.taxonomy.TaxonomyEntry;
import org.eventdesk.domain.record.GeoBox;
import org.eventdesk.domain.record.RecordQuery;
import org.eventdesk.domain.record.RecordStatus;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.Validation;
import org.eventdesk.web.ui.i18n.Pickers;
import org.eventdesk.web.ui.i18n.Texts;

/**
 * The filter bar of the records list and the map: words, type, status, event dates, place, actor, verification,
 * figure category, order, and an area drawn on the map. It reads and writes the page's address ({@code
 * ?type=PROTESTS&area=30.2,50.3,30.8,50.6}, the API's parameter names), so a filtered list or map can be bookmarked,
 * shared, and opened from the other view with the same filters.
 */
public class RecordFilters extends Composite<HorizontalLayout> {
    private final TextField text = new TextField(t("records.filters.search"));
    private final ComboBox<TaxonomyEntry> type = new ComboBox<>(t("records.filters.type"));
    private final Select<RecordStatus> status = new Select<>();
    private final DatePicker from = Pickers.localized(new DatePicker(t("records.filters.from")));
    private final DatePicker to = Pickers.localized(new DatePicker(t("records.filters.to")));
    private final TextField place = new TextField(t("records.filters.place"));
    private final TextField actor = new TextField(t("records.filters.actor"));
    private final Select<Verification> verification = new Select<>();
    private final ComboBox<TaxonomyEntry> category = new ComboBox<>(t("records.filters.category"));
    private final Select<RecordQuery.Order> order = new Select<>();
    private final Button area = new Button();
    private final List<TaxonomyEntry> types;
    private final List<TaxonomyEntry> categories;
    private GeoBox areaValue;
    private Runnable onChange = () -> {};
    /** While the address is read into the fields, their changes are one change, announced at the end. */
    private boolean reading;

    public RecordFilters(RecordCatalog catalog, Component... more) {
        types = catalog.eventTypes();
        categories = catalog.figureCategories();
        text.setPlaceholder(t("records.filters.search-placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setId("record-search");
        type.setItems(types);
        type.setItemLabelGenerator(RecordFilters::typeLabel);
        type.setId("record-type-filter");
        status.setLabel(t("records.filters.status"));
        status.setItems(RecordStatus.values());
        status.setItemLabelGenerator(s -> s == null ? t("records.filters.any") : Texts.of(s));
        status.setEmptySelectionAllowed(true);
        status.setId("record-status-filter");
        place.setId("record-place-filter");
        actor.setId("record-actor-filter");
        verification.setLabel(t("records.filters.verification"));
        verification.setItems(Verification.values());
        verification.setItemLabelGenerator(v -> v == null ? t("records.filters.any") : Texts.of(v));
        verification.setEmptySelectionAllowed(true);
        category.setItems(categories);
        category.setItemLabelGenerator(TaxonomyEntry::label);
        category.setId("record-category-filter");
        order.setLabel(t("records.filters.order"));
        order.setItems(RecordQuery.Order.values());
        order.setItemLabelGenerator(o -> switch (o) {
            case EVENT_TIME -> t("records.filters.order.event-time");
            case LAST_CHANGE -> t("records.filters.order.last-change");
            case RELEVANCE -> t("records.filters.order.relevance");
        });
        // Words typed into the search are ranked by relevance; without words, best match is the latest change.
        order.setValue(RecordQuery.Order.RELEVANCE);
        for (TextField field : new TextField[] {text, place, actor}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
        }
        type.setClearButtonVisible(true);
        category.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        List.<HasValue<?, ?>>of(text, type, status, from, to, place, actor, verification, category, order)
                .forEach(field -> field.addValueChangeListener(e -> changed()));

        // The area drawn on the map, shown as a chip that clears it.
        area.setId("record-area-filter");
        area.setIcon(VaadinIcon.CLOSE_SMALL.create());
        area.setIconAfterText(true);
        area.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        area.setTooltipText(t("records.filters.area-tooltip"));
        area.addClickListener(e -> setArea(null));
        area.setVisible(false);

        HorizontalLayout bar = getContent();
        bar.add(text, type, status, from, to, place, actor, verification, category, order, area);
        bar.add(more);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    /** Called after each change of a filter (once for an address read). */
    public void onChange(Runnable listener) {
        this.onChange = listener;
    }

    public GeoBox area() {
        return areaValue;
    }

    public void setArea(GeoBox box) {
        areaValue = box;
        area.setVisible(box != null);
        area.setText(box == null ? "" : t("records.filters.area", box.text()));
        changed();
    }

    public RecordQuery query() {
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
                order.getValue() == null ? RecordQuery.Order.RELEVANCE : order.getValue(),
                areaValue);
    }

    /** The filters as the address's parameters: only those set, the order only when it is not the default. */
    public QueryParameters parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "q", Validation.trimToNull(text.getValue()));
        put(parameters, "type", type.getValue() == null ? null : type.getValue().code());
        put(
                parameters,
                "status",
                status.getValue() == null ? null : status.getValue().name());
        put(parameters, "from", from.getValue() == null ? null : from.getValue().toString());
        put(parameters, "to", to.getValue() == null ? null : to.getValue().toString());
        put(parameters, "place", Validation.trimToNull(place.getValue()));
        put(parameters, "actor", Validation.trimToNull(actor.getValue()));
        put(
                parameters,
                "verification",
                verification.getValue() == null ? null : verification.getValue().name());
        put(
                parameters,
                "category",
                category.getValue() == null ? null : category.getValue().code());
        RecordQuery.Order chosen = order.getValue();
        put(parameters, "order", chosen == null || chosen == RecordQuery.Order.RELEVANCE ? null : slug(chosen));
        put(parameters, "area", areaValue == null ? null : areaValue.text());
        return QueryParameters.simple(parameters);
    }

    /**
     * Sets the filters from an address, announcing one change. A value the desk cannot read (an unknown type, a
     * date that is not one) leaves its filter empty and is returned as a message, rather than ignored in silence.
     */
    public List<String> read(QueryParameters parameters) {
        List<String> problems = new ArrayList<>();
        reading = true;
        try {
            text.setValue(single(parameters, "q").orElse(""));
            type.setValue(single(parameters, "type")
                    .map(code -> find(types, code, "type", problems))
                    .orElse(null));
            status.setValue(single(parameters, "status")
                    .map(value -> parse(RecordStatus::valueOf, value, "status", problems))
                    .orElse(null));
            from.setValue(single(parameters, "from")
                    .map(d -> date(d, "from", problems))
                    .orElse(null));
            to.setValue(
                    single(parameters, "to").map(d -> date(d, "to", problems)).orElse(null));
            place.setValue(single(parameters, "place").orElse(""));
            actor.setValue(single(parameters, "actor").orElse(""));
            verification.setValue(single(parameters, "verification")
                    .map(value -> parse(Verification::valueOf, value, "verification", problems))
                    .orElse(null));
            category.setValue(single(parameters, "category")
                    .map(code -> find(categories, code, "category", problems))
                    .orElse(null));
            order.setValue(single(parameters, "order")
                    .map(value -> parse(RecordFilters::order, value, "order", problems))
                    .orElse(RecordQuery.Order.RELEVANCE));
            GeoBox box = null;
            Optional<String> drawn = single(parameters, "area");
            if (drawn.isPresent()) {
                try {
                    box = GeoBox.parse(drawn.get());
                } catch (InvalidInputException e) {
                    problems.add("area: " + Texts.say(e.errors().get(0).wording()));
                }
            }
            setArea(box);
        } finally {
            reading = false;
        }
        onChange.run();
        return problems;
    }

    static String typeLabel(TaxonomyEntry type) {
        return type.parentCode() == null ? type.label() : "    " + type.label();
    }

    private void changed() {
        if (!reading) {
            onChange.run();
        }
    }

    private static Optional<String> single(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static String slug(RecordQuery.Order order) {
        return switch (order) {
            case EVENT_TIME -> "event";
            case LAST_CHANGE -> "changed";
            case RELEVANCE -> "relevance";
        };
    }

    private static RecordQuery.Order order(String slug) {
        for (RecordQuery.Order order : RecordQuery.Order.values()) {
            if (slug(order).equals(slug)) {
                return order;
            }
        }
        throw new IllegalArgumentException(slug);
    }

    private static TaxonomyEntry find(List<TaxonomyEntry> entries, String code, String name, List<String> problems) {
        return entries.stream()
                .filter(entry -> entry.code().equals(code))
                .findFirst()
                .orElseGet(() -> {
                    problems.add(t("records.filters.problem.no-such-code", name, code));
                    return null;
                });
    }

    private static <T> T parse(Function<String, T> parser, String value, String name, List<String> problems) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            problems.add(t("records.filters.problem.not-a-choice", name, value));
            return null;
        }
    }

    private static LocalDate date(String value, String name, List<String> problems) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(t("records.filters.problem.not-a-date", name, value));
            return null;
        }
    }

    /** For the views that show problems of the address: one message naming them all. */
    public static void report(List<String> problems, Consumer<String> show) {
        if (!problems.isEmpty()) {
            show.accept(t("records.filters.problems", String.join("; ", problems)));
        }
    }
}
