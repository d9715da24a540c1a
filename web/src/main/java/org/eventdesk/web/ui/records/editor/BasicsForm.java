package org.eventdesk.web.ui.records.editor;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.application.taxonomy.TaxonomyEntry;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.Occurrence;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.domain.shared.Wording;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.Limits;
import org.eventdesk.web.ui.i18n.Pickers;
import org.eventdesk.web.ui.i18n.Texts;

/**
 * The record's own fields (type, title, summary, occurrence, tags, verification) and its time (start, end, zone,
 * precision), with the evidence of the summary and of the time, under one buffered binder. The editor places its
 * two sections; the facts are elsewhere ({@link FactLists}).
 */
final class BasicsForm {
    /** The record-level fields under one buffered binder. */
    static final class Bean {
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

    private final Supplier<List<TaxonomyEntry>> eventTypes;
    private final Bean bean = new Bean();
    private final Binder<Bean> binder = new Binder<>(Bean.class);
    private final TextField title = new TextField(t("editor.basics.title"));
    private final ComboBox<TaxonomyEntry> type = new ComboBox<>(t("editor.basics.type"));
    private final TextArea summary = new TextArea(t("editor.basics.summary"));
    private final Select<Occurrence> occurrence = new Select<>();
    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>(t("editor.basics.tags"));
    private final Select<Verification> judgement = new Select<>();
    private final DateTimePicker start = Pickers.localized(new DateTimePicker(t("editor.time.start")));
    private final DateTimePicker end = Pickers.localized(new DateTimePicker(t("editor.time.end")));
    private final ComboBox<String> zone = new ComboBox<>(t("editor.time.zone"));
    private final Select<TimePrecision> precision = new Select<>();
    private final Span utcReading = new Span();
    private final EvidenceEditor summaryEvidence;
    private final EvidenceEditor timeEvidence;
    private final Component basicsSection;
    private final Component timeSection;

    /** @param eventTypes the taxonomy, asked again for each record loaded (a deactivated type stays on its own) */
    BasicsForm(Supplier<List<TaxonomyEntry>> eventTypes, SourcePanel panel, Runnable onChange) {
        this.eventTypes = eventTypes;
        this.summaryEvidence = new EvidenceEditor(panel, onChange);
        this.timeEvidence = new EvidenceEditor(panel, onChange);
        summaryEvidence.setId("summary-evidence");
        timeEvidence.setId("time-evidence");
        configureFields();
        bind();
        binder.addValueChangeListener(e -> onChange.run());
        start.addValueChangeListener(e -> showUtc());
        zone.addValueChangeListener(e -> showUtc());
        basicsSection = basicsSection();
        timeSection = timeSection();
    }

    Component basics() {
        return basicsSection;
    }

    Component time() {
        return timeSection;
    }

    private void configureFields() {
        title.setId("record-title-field");
        title.setWidthFull();
        type.setId("record-type");
        type.setItems(eventTypes.get().stream().filter(TaxonomyEntry::active).toList());
        type.setItemLabelGenerator(t -> t.parentCode() == null ? t.label() : "— " + t.label());
        type.setWidthFull();
        summary.setId("record-summary");
        summary.setWidthFull();
        occurrence.setLabel(t("editor.basics.occurrence"));
        occurrence.setItems(Occurrence.values());
        occurrence.setEmptySelectionAllowed(true);
        occurrence.setItemLabelGenerator(o -> o == null ? "—" : Texts.of(o));
        occurrence.setId("record-occurrence");
        tags.setId("record-tags");
        tags.setAllowCustomValue(true);
        tags.setItems(new ArrayList<>());
        tags.addCustomValueSetListener(e -> addTag(e.getDetail()));
        judgement.setLabel(t("editor.basics.verification"));
        judgement.setItems(Verification.OFFICIALLY_CONFIRMED, Verification.DISPUTED, Verification.FALSE);
        judgement.setEmptySelectionAllowed(true);
        judgement.setEmptySelectionCaption(t("editor.basics.from-evidence"));
        judgement.setItemLabelGenerator(v -> v == null ? t("editor.basics.from-evidence") : Texts.of(v));
        start.setId("record-start");
        end.setId("record-end");
        zone.setId("record-zone");
        List<String> zones =
                new ArrayList<>(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zones.add(0, "UTC");
        zone.setItems(zones);
        precision.setLabel(t("editor.time.precision"));
        precision.setItems(TimePrecision.values());
        precision.setItemLabelGenerator(p -> p == null ? "" : Texts.of(p));
        precision.setId("record-precision");
        utcReading.setId("record-utc");
    }

    private void addTag(String typed) {
        Wording problem = EventRecord.tagProblem(typed);
        if (problem != null) {
            tags.setErrorMessage(t("editor.basics.tag-problem", shortened(typed), Texts.say(problem)));
            tags.setInvalid(true);
            return;
        }
        tags.setInvalid(false);
        Set<String> value = new LinkedHashSet<>(tags.getValue());
        value.add(EventRecord.normalizeTag(typed));
        tags.setItems(new ArrayList<>(value));
        tags.setValue(value);
    }

    private void bind() {
        binder.forField(title)
                .asRequired(t("editor.basics.title-required"))
                .withValidator(Limits.text(EventRecord.MAX_TITLE))
                .bind(b -> b.title, (b, v) -> b.title = v);
        binder.forField(type).bind(b -> b.type, (b, v) -> b.type = v);
        binder.forField(summary)
                .withValidator(Limits.text(EventRecord.MAX_SUMMARY))
                .bind(b -> b.summary, (b, v) -> b.summary = v);
        binder.forField(occurrence).bind(b -> b.occurrence, (b, v) -> b.occurrence = v);
        binder.forField(tags).bind(b -> b.tags, (b, v) -> b.tags = new LinkedHashSet<>(v));
        binder.forField(judgement).bind(b -> b.judgement, (b, v) -> b.judgement = v);
        binder.forField(start).bind(b -> b.start, (b, v) -> b.start = v);
        binder.forField(end)
                .withValidator(
                        v -> v == null || start.getValue() == null || !v.isBefore(start.getValue()),
                        t("editor.time.end-before-start"))
                .withValidator(v -> v == null || start.getValue() != null, t("editor.time.start-first"))
                .bind(b -> b.end, (b, v) -> b.end = v);
        binder.forField(zone).asRequired(t("editor.time.zone-required")).bind(b -> b.zone, (b, v) -> b.zone = v);
        binder.forField(precision)
                .withValidator(v -> v != null || start.getValue() == null, t("editor.time.precision-required"))
                .bind(b -> b.precision, (b, v) -> b.precision = v);
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
        Span evidenceLabel = new Span(t("editor.basics.summary-evidence"));
        evidenceLabel.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return new VerticalLayout(layout, evidenceLabel, summaryEvidence);
    }

    private Component timeSection() {
        FormLayout layout = new FormLayout(start, zone, precision, end);
        VerticalLayout section = new VerticalLayout(new H3(t("editor.time.heading")), layout, utcReading, timeEvidence);
        section.setPadding(false);
        return section;
    }

    // ---- filling ------------------------------------------------------------------------------------

    /** A new record: an empty title and no evidence. */
    void clear() {
        bean.title = "";
        binder.readBean(bean);
        summaryEvidence.setEvidence(List.of());
        timeEvidence.setEvidence(List.of());
    }

    void fill(RecordView record) {
        bean.title = record.title();
        // A type deactivated since stays selectable on the records that already hold it.
        List<TaxonomyEntry> types = eventTypes.get().stream()
                .filter(t -> t.active() || t.code().equals(record.type()))
                .toList();
        type.setItems(types);
        bean.type = types.stream()
                .filter(t -> t.code().equals(record.type()))
                .findFirst()
                .orElse(null);
        bean.summary = record.summary() == null ? "" : record.summary();
        bean.occurrence = record.occurrence();
        bean.tags = new LinkedHashSet<>(record.tags());
        tags.setItems(new ArrayList<>(record.tags()));
        bean.judgement = record.judgement();
        RecordView.TimeView time = record.time();
        bean.zone = time.zone() == null ? "UTC" : time.zone();
        bean.start = time.start() == null ? null : time.start().toLocalDateTime();
        bean.end = time.end() == null
                ? null
                : time.end().atZoneSameInstant(ZoneId.of(bean.zone)).toLocalDateTime();
        bean.precision = time.precision();
        if (time.zone() != null) {
            offerZone(time.zone());
        }
        binder.readBean(bean);
        summaryEvidence.setEvidence(record.summaryEvidence());
        timeEvidence.setEvidence(record.time().evidence());
    }

    /** Words selected on the source page: they name the new record and support its summary. */
    void startFrom(SourcePanel.Selection selection) {
        summaryEvidence.add(selection);
        if (selection.quote().length() <= 300) {
            title.setValue(selection.quote().replaceAll("\\s+", " "));
        }
    }

    void addTimeEvidence(SourcePanel.Selection evidence) {
        timeEvidence.add(evidence);
    }

    /** Sets the time as a suggestion read it; a zone not in the list (an offset the article gave) joins it. */
    void setTime(LocalDateTime localStart, String zoneId, TimePrecision timePrecision) {
        start.setValue(localStart);
        if (zoneId != null) {
            offerZone(zoneId);
            zone.setValue(zoneId);
        }
        precision.setValue(timePrecision);
    }

    private void offerZone(String zoneId) {
        if (zone.getListDataView().getItems().noneMatch(zoneId::equals)) {
            List<String> zones =
                    new ArrayList<>(zone.getListDataView().getItems().toList());
            zones.add(0, zoneId);
            zone.setItems(zones);
        }
    }

    void showUtc() {
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

    // ---- reading ------------------------------------------------------------------------------------

    /** The zone chosen in the form, if it is one. */
    Optional<ZoneId> chosenZone() {
        try {
            return Optional.ofNullable(zone.getValue()).map(ZoneId::of);
        } catch (DateTimeException unknownZone) {
            return Optional.empty();
        }
    }

    String typeCode() {
        return type.getValue() == null ? null : type.getValue().code();
    }

    /** The start as typed so far, in the chosen zone (UTC while none is chosen), for the same-event search. */
    Instant typedStart() {
        return start.getValue() == null
                ? null
                : start.getValue().atZone(chosenZone().orElse(ZoneId.of("UTC"))).toInstant();
    }

    Instant typedEnd() {
        return end.getValue() == null
                ? null
                : end.getValue().atZone(chosenZone().orElse(ZoneId.of("UTC"))).toInstant();
    }

    /** Writes the fields into the bean if they are valid; invalid fields show their messages. */
    boolean commit() {
        return binder.writeBeanIfValid(bean);
    }

    /** The record as committed, with the facts given. */
    RecordInput toInput(
            List<RecordInput.PlaceInput> places,
            List<RecordInput.ActorInput> actors,
            List<RecordInput.FigureInput> figures,
            List<RecordInput.ClaimInput> claims,
            List<RecordInput.LinkInput> links) {
        Bean b = bean;
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
                places,
                actors,
                figures,
                claims,
                links,
                List.copyOf(b.tags),
                b.occurrence,
                b.judgement);
    }

    Map<RecordInput.EvidenceRef, String> quotes() {
        Map<RecordInput.EvidenceRef, String> quotes = new HashMap<>(summaryEvidence.quotes());
        quotes.putAll(timeEvidence.quotes());
        return quotes;
    }

    /** The fields the server's errors name by path ({@code time.zone}); tags are answered per tag. */
    Map<String, HasValidation> fieldsByPath() {
        return Map.of(
                "title", title,
                "type", type,
                "summary", summary,
                "time.start", start,
                "time.end", end,
                "time.zone", zone,
                "time.precision", precision);
    }

    HasValidation tags() {
        return tags;
    }
}
