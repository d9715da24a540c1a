package org.eventdesk.web.ui.records;

import static org.eventdesk.web.ui.i18n.Texts.t;

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
import org.eventdesk.domain.record.LinkRelation;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.i18n.Texts;
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
            add(section(
                    "summary",
                    t("records.facts.summary"),
                    fact(new Paragraph(record.summary()), null, record.summaryEvidence())));
        }
        add(section("when", t("records.facts.when"), timeFact(record)));
        add(section(
                "places",
                t("records.facts.places"),
                record.places().stream()
                        .map(p -> fact(new Span(p.name() + place(p)), p.verification(), p.evidence()))
                        .toArray(Component[]::new)));
        add(section(
                "actors",
                t("records.facts.actors"),
                record.actors().stream()
                        .map(a -> fact(
                                new Span(a.name() + " (" + Texts.of(a.kind()) + ", "
                                        + Texts.of(a.role()).toLowerCase(Texts.locale()) + ")"),
                                a.verification(),
                                a.evidence()))
                        .toArray(Component[]::new)));
        add(section("figures", t("records.facts.figures"), figures(record)));
        add(section(
                "claims",
                t("records.facts.claims"),
                record.claims().stream()
                        .map(c -> fact(
                                new Span(c.speaker() + (c.medium() == null ? "" : " (" + c.medium() + ")") + ": "
                                        + (c.form() == org.eventdesk.domain.record.ClaimForm.QUOTE
                                                ? "“" + c.text() + "”"
                                                : c.text())),
                                c.verification(),
                                c.evidence()))
                        .toArray(Component[]::new)));
        add(section("links", t("records.facts.links"), links(record)));
        add(section(
                "sources",
                t("records.facts.sources"),
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
                    + Texts.of(p.precision()) + ")");
        }
        return parts.isEmpty() ? "" : " — " + String.join(", ", parts);
    }

    private static Component timeFact(RecordView record) {
        RecordView.TimeView time = record.time();
        if (time.start() == null) {
            return new Span(t("records.facts.no-time"));
        }
        String text = Formats.eventTime(time.start().toInstant(), time.precision(), time.zone());
        String utc = Formats.utcReading(time.start().toInstant(), time.precision());
        if (!utc.isEmpty()) {
            text += " (" + utc + ")";
        }
        if (time.end() != null) {
            text = t(
                    "records.facts.time-until",
                    text,
                    Formats.eventTime(
                            time.end().toInstant(), org.eventdesk.domain.record.TimePrecision.MINUTE, time.zone()),
                    Formats.utcReading(time.end().toInstant(), org.eventdesk.domain.record.TimePrecision.MINUTE));
        }
        Span when = new Span(t("records.facts.time-precision", text, Texts.of(time.precision())));
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
            line.append(t("records.facts.figure.according-to", f.attribution()));
        }
        if (f.asOf() != null) {
            line.append(t("records.facts.figure.as-of", Formats.utc(f.asOf())));
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
                // The category's taxonomy label, lower-cased and without its "(of a figure)" marker, reads as a part.
                Span ofWhich = new Span(t(
                        "records.facts.figure.of-which",
                        part.categoryLabel().toLowerCase().replace(" (of a figure)", ""),
                        part.described()));
                card.add(fact(ofWhich, part.verification(), part.evidence()));
            }
        }
        return card;
    }

    private static Component[] links(RecordView record) {
        List<Component> rows = new ArrayList<>();
        record.links().forEach(l -> rows.add(linkRow(l, true)));
        record.linkedFrom().forEach(l -> rows.add(linkRow(l, false)));
        return rows.toArray(Component[]::new);
    }

    private static Component linkRow(RecordView.LinkView link, boolean outgoing) {
        HorizontalLayout row = new HorizontalLayout(
                new Span(relation(link.relation(), outgoing)),
                new RouterLink(
                        link.title() == null
                                ? t("records.facts.link.untitled", String.valueOf(link.recordId()))
                                : link.title(),
                        RecordPage.class,
                        link.recordId()));
        row.addClassName("record-link");
        return row;
    }

    /** "This record follows", or from the other end "This record is followed by": the words before the other one. */
    private static String relation(LinkRelation relation, boolean outgoing) {
        return switch (relation) {
            case FOLLOWS -> outgoing ? t("records.facts.link.follows") : t("records.facts.link.followed-by");
            case PART_OF -> outgoing ? t("records.facts.link.part-of") : t("records.facts.link.includes");
            case SAME_INCIDENT -> t("records.facts.link.same-incident");
            case CONTRADICTS ->
                outgoing ? t("records.facts.link.contradicts") : t("records.facts.link.contradicted-by");
        };
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

    /** @param id the section's id after "section-" (the English heading, as the tests knew it) */
    private static Component section(String id, String heading, Component... content) {
        VerticalLayout section = new VerticalLayout(new H3(heading));
        section.setPadding(false);
        if (content.length == 0) {
            Span none = new Span(t("records.facts.none"));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            section.add(none);
        }
        section.add(content);
        section.setId("section-" + id);
        return section;
    }
}
