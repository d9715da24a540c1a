package org.eventdesk.web.ui.records;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.sources.SourceView;

/**
 * A record's facts as a reader checks them: each beside the words it came from, figures of one category side
 * by side (competing counts stay visible), parts under their whole, links from both ends. Shown on the record
 * page and on the review screen.
 */
public class RecordFacts extends VerticalLayout {

    public RecordFacts(RecordView record) {
        setPadding(false);
        if (record.summary() != null) {
            add(section("Summary", fact(new Paragraph(record.summary()), null, record.summaryEvidence())));
        }
        add(section("When", timeFact(record)));
        add(section(
                "Places",
                record.places().stream()
                        .map(p -> fact(new Span(p.name() + place(p)), p.verification(), p.evidence()))
                        .toArray(Component[]::new)));
        add(section(
                "Actors",
                record.actors().stream()
                        .map(a -> fact(
                                new Span(a.name() + " (" + a.kind().label() + ", "
                                        + a.role().label().toLowerCase() + ")"),
                                a.verification(),
                                a.evidence()))
                        .toArray(Component[]::new)));
        add(section("Figures", figures(record)));
        add(section(
                "Claims",
                record.claims().stream()
                        .map(c -> fact(
                                new Span(c.speaker() + (c.medium() == null ? "" : " (" + c.medium() + ")") + ": "
                                        + (c.form() == org.eventdesk.domain.record.ClaimForm.QUOTE
                                                ? "“" + c.text() + "”"
                                                : c.text())),
                                c.verification(),
                                c.evidence()))
                        .toArray(Component[]::new)));
        add(section("Links", links(record)));
        add(section(
                "Sources",
                record.sources().stream()
                        .map(s -> new RouterLink(s.title() + " — " + s.outlet(), SourceView.class, s.id()))
                        .toArray(Component[]::new)));
    }

    private static String place(RecordView.PlaceView p) {
        List<String> parts = new ArrayList<>();
        if (p.admin1() != null) {
            parts.add(p.admin1());
        }
        if (p.country() != null) {
            parts.add(p.country());
        }
        if (p.lat() != null) {
            parts.add(String.format(java.util.Locale.ROOT, "%.4f, %.4f", p.lat(), p.lon()) + " ("
                    + p.precision().label() + ")");
        }
        return parts.isEmpty() ? "" : " — " + String.join(", ", parts);
    }

    private static Component timeFact(RecordView record) {
        RecordView.TimeView time = record.time();
        if (time.start() == null) {
            return new Span("No time yet.");
        }
        String text = Formats.eventTime(time.start().toInstant(), time.precision(), time.zone());
        String utc = Formats.utcReading(time.start().toInstant(), time.precision());
        if (!utc.isEmpty()) {
            text += " (" + utc + ")";
        }
        if (time.end() != null) {
            text += " until "
                    + Formats.eventTime(
                            time.end().toInstant(), org.eventdesk.domain.record.TimePrecision.MINUTE, time.zone())
                    + " ("
                    + Formats.utcReading(time.end().toInstant(), org.eventdesk.domain.record.TimePrecision.MINUTE)
                    + ")";
        }
        Span when = new Span(text + " · precision: " + time.precision().label());
        when.setId("record-time");
        return fact(when, null, time.evidence());
    }

    /** Figures grouped by category, side by side; a part ("of which") is shown inside its whole. */
    private static Component[] figures(RecordView record) {
        Map<String, List<Integer>> byCategory = new LinkedHashMap<>();
        for (int i = 0; i < record.figures().size(); i++) {
            if (record.figures().get(i).parent() == null) {
                byCategory
                        .computeIfAbsent(record.figures().get(i).categoryLabel(), k -> new ArrayList<>())
                        .add(i);
            }
        }
        List<Component> groups = new ArrayList<>();
        byCategory.forEach((label, indexes) -> {
            HorizontalLayout sideBySide = new HorizontalLayout();
            sideBySide.setWrap(true);
            indexes.forEach(i -> sideBySide.add(figureCard(record, i)));
            Div group = new Div(new Span(label), sideBySide);
            group.addClassName("figure-group");
            groups.add(group);
        });
        return groups.toArray(Component[]::new);
    }

    private static Component figureCard(RecordView record, int index) {
        RecordView.FigureView f = record.figures().get(index);
        StringBuilder line = new StringBuilder(f.described());
        if (f.attribution() != null) {
            line.append(", according to ").append(f.attribution());
        }
        if (f.asOf() != null) {
            line.append(", as of ").append(Formats.utc(f.asOf()));
        }
        Span value = new Span(line.toString());
        value.getStyle().set("font-weight", "600");
        VerticalLayout card = new VerticalLayout(fact(value, f.verification(), f.evidence()));
        card.addClassName("figure-card");
        card.setPadding(true);
        card.setSpacing(false);
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("width", "auto")
                .set("max-width", "30em");
        for (int i = 0; i < record.figures().size(); i++) {
            RecordView.FigureView part = record.figures().get(i);
            if (part.parent() != null && part.parent() == index) {
                Span ofWhich = new Span("of which "
                        + part.categoryLabel().toLowerCase().replace(" (of a figure)", "") + ": " + part.described());
                card.add(fact(ofWhich, part.verification(), part.evidence()));
            }
        }
        return card;
    }

    private static Component[] links(RecordView record) {
        List<Component> rows = new ArrayList<>();
        record.links().forEach(l -> rows.add(linkRow(l)));
        record.linkedFrom().forEach(l -> rows.add(linkRow(l)));
        return rows.toArray(Component[]::new);
    }

    private static Component linkRow(RecordView.LinkView link) {
        HorizontalLayout row = new HorizontalLayout(
                new Span("This record " + link.wording()),
                new RouterLink(
                        link.title() == null ? "record #" + link.recordId() : link.title(),
                        RecordPage.class,
                        link.recordId()));
        row.addClassName("record-link");
        return row;
    }

    private static Component fact(
            Component statement,
            org.eventdesk.domain.record.Verification verification,
            List<RecordView.EvidenceView> evidence) {
        HorizontalLayout head = new HorizontalLayout(statement);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (verification != null) {
            head.add(Badges.verification(verification));
        }
        VerticalLayout fact = new VerticalLayout(head, new EvidenceList(evidence));
        fact.addClassName("record-fact");
        fact.setPadding(false);
        fact.setSpacing(false);
        return fact;
    }

    private static Component section(String heading, Component... content) {
        VerticalLayout section = new VerticalLayout(new H3(heading));
        section.setPadding(false);
        if (content.length == 0) {
            Span none = new Span("None.");
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            section.add(none);
        }
        section.add(content);
        section.setId("section-" + heading.toLowerCase());
        return section;
    }
}
