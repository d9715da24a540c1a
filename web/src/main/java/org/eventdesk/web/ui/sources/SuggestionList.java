package org.eventdesk.web.ui.sources;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eventdesk.extraction.ActorSuggestion;
import org.eventdesk.extraction.FigureSuggestion;
import org.eventdesk.extraction.PlaceSuggestion;
import org.eventdesk.extraction.QuoteSuggestion;
import org.eventdesk.extraction.SuggestionKind;
import org.eventdesk.extraction.Suggestions;
import org.eventdesk.extraction.TextSpan;
import org.eventdesk.extraction.TimeSuggestion;
import org.eventdesk.web.ui.i18n.Texts;

/**
 * What the extraction assistant found in a source, kind by kind, one row per figure, time, place, actor and
 * quote (a place or actor once, with how often the article names it): a click shows the words in the text; "Add"
 * (where a record is being edited) turns it into a fact with every mention as evidence; the cross hides it, all
 * its mentions, for this source. Each button's accessible name says which suggestion it acts on, so a screen
 * reader does not hear "Add" a hundred times.
 */
public class SuggestionList extends VerticalLayout {

    /** What a row can do; {@code accept} is absent where no record is being edited. */
    public interface Actions {
        void focus(int start, int end);

        /** Hides a suggestion: every span it was found at. */
        void reject(SuggestionKind kind, List<TextSpan> spans);

        default boolean canAccept() {
            return false;
        }

        default void accept(SuggestionKind kind, int index) {}
    }

    /** One row: its words, what it adds in a few words ("place Kyiv (7 mentions)"), and where it is. */
    private record Row(SuggestionKind kind, int index, String label, String what, List<TextSpan> spans) {}

    public SuggestionList(Suggestions suggestions, Actions actions) {
        setPadding(false);
        setSpacing(false);
        setId("suggestions");
        List<Row> figures = new ArrayList<>();
        for (int i = 0; i < suggestions.figures().size(); i++) {
            FigureSuggestion f = suggestions.figures().get(i);
            figures.add(new Row(
                    SuggestionKind.FIGURE,
                    i,
                    describe(f, suggestions.figures()),
                    t("sources.suggestions.what.figure", amount(f)),
                    List.of(new TextSpan(f.start(), f.end()))));
        }
        List<Row> times = new ArrayList<>();
        for (int i = 0; i < suggestions.times().size(); i++) {
            TimeSuggestion time = suggestions.times().get(i);
            times.add(new Row(
                    SuggestionKind.TIME,
                    i,
                    "“" + time.text() + "” " + reading(time),
                    time.local() == null
                            ? t("sources.suggestions.what.time", time.text())
                            : t("sources.suggestions.what.time-read", time.text(), time.local() + zoneWords(time)),
                    List.of(new TextSpan(time.start(), time.end()))));
        }
        List<Row> places = new ArrayList<>();
        for (int i = 0; i < suggestions.places().size(); i++) {
            PlaceSuggestion p = suggestions.places().get(i);
            places.add(new Row(
                    SuggestionKind.PLACE,
                    i,
                    describe(p),
                    t("sources.suggestions.what.place", p.name(), mentions(p.mentions())),
                    p.mentions()));
        }
        List<Row> actors = new ArrayList<>();
        for (int i = 0; i < suggestions.actors().size(); i++) {
            ActorSuggestion a = suggestions.actors().get(i);
            String kind = lowerCase(Texts.of(a.kind()));
            actors.add(new Row(
                    SuggestionKind.ACTOR,
                    i,
                    a.name() + " — " + mentions(a.mentions()) + " (" + kind + ")",
                    t("sources.suggestions.what.actor", a.name(), kind, mentions(a.mentions())),
                    a.mentions()));
        }
        List<Row> quotes = new ArrayList<>();
        for (int i = 0; i < suggestions.quotes().size(); i++) {
            QuoteSuggestion q = suggestions.quotes().get(i);
            quotes.add(new Row(
                    SuggestionKind.QUOTE,
                    i,
                    describe(q),
                    t(
                            "sources.suggestions.what.claim",
                            q.speaker() == null ? t("sources.suggestions.someone-unnamed") : q.speaker(),
                            shortened(q.text(), 60)),
                    List.of(new TextSpan(q.start(), q.end()))));
        }
        List<Row> all = new ArrayList<>();
        all.addAll(figures);
        all.addAll(times);
        all.addAll(places);
        all.addAll(actors);
        all.addAll(quotes);
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        all.forEach(r -> total.merge(r.what(), 1L, Long::sum));
        group("sources.suggestions.group.figures", figures, seen, total, actions);
        group("sources.suggestions.group.times", times, seen, total, actions);
        group("sources.suggestions.group.places", places, seen, total, actions);
        group("sources.suggestions.group.actors", actors, seen, total, actions);
        group("sources.suggestions.group.quotes", quotes, seen, total, actions);
        if (getComponentCount() == 0) {
            add(new Span(t("sources.suggestions.none")));
        }
    }

    /**
     * Every span of every suggestion, to mark in the text; a place or actor at each of its mentions.
     *
     * @param placeTitle what a place's mark says when pointed at
     */
    public static List<SourceReader.Mark> marks(
            Suggestions found, java.util.function.Function<PlaceSuggestion, String> placeTitle) {
        List<SourceReader.Mark> marks = new ArrayList<>();
        String figure = kindWord(SuggestionKind.FIGURE);
        String time = kindWord(SuggestionKind.TIME);
        found.figures().forEach(f -> marks.add(new SourceReader.Mark(f.start(), f.end(), "figure", figure)));
        found.times().forEach(t -> marks.add(new SourceReader.Mark(t.start(), t.end(), "time", time)));
        found.places().forEach(p -> p.mentions()
                .forEach(m -> marks.add(new SourceReader.Mark(m.start(), m.end(), "place", placeTitle.apply(p)))));
        found.actors().forEach(a -> a.mentions()
                .forEach(m -> marks.add(new SourceReader.Mark(m.start(), m.end(), "actor", a.name()))));
        found.quotes().forEach(q -> marks.add(new SourceReader.Mark(q.start(), q.end(), "quote", q.speaker())));
        return marks;
    }

    /** @param heading the key of the group's heading, which takes the number of rows */
    private void group(
            String heading, List<Row> rows, Map<String, Integer> seen, Map<String, Long> total, Actions actions) {
        if (rows.isEmpty()) {
            return;
        }
        Span title = new Span(t(heading, String.valueOf(rows.size())));
        title.getStyle().set("font-weight", "600").set("margin-top", "0.5em");
        add(title);
        for (Row r : rows) {
            // Two suggestions that read alike ("figure: 2 killed" twice) still get names a listener can tell apart.
            String what = total.get(r.what()) > 1
                    ? t(
                            "sources.suggestions.nth",
                            r.what(),
                            String.valueOf(seen.merge(r.what(), 1, Integer::sum)),
                            String.valueOf(total.get(r.what())))
                    : r.what();
            TextSpan first = r.spans().get(0);
            Span words = new Span(r.label());
            words.getStyle().set("cursor", "pointer");
            words.addClickListener(e -> actions.focus(first.start(), first.end()));
            List<Component> row = new ArrayList<>();
            row.add(words);
            if (actions.canAccept()) {
                Button add = new Button(
                        t("sources.suggestions.add"),
                        VaadinIcon.PLUS.create(),
                        e -> actions.accept(r.kind(), r.index()));
                add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                add.addClassName("accept-suggestion");
                add.getElement().setAttribute("aria-label", t("sources.suggestions.add-named", what));
                row.add(add);
            }
            Button reject = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> actions.reject(r.kind(), r.spans()));
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            reject.addClassName("reject-suggestion");
            reject.getElement()
                    .setAttribute("aria-label", t("sources.suggestions.reject-named", what, kindWord(r.kind())));
            row.add(reject);
            HorizontalLayout line = new HorizontalLayout(row.toArray(Component[]::new));
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            line.setSpacing(false);
            line.addClassName("suggestion-row");
            line.addClassName("suggestion-" + r.kind().code());
            line.getElement().setAttribute("data-span", first.start() + "-" + first.end());
            line.getElement()
                    .setAttribute("data-mentions", Integer.toString(r.spans().size()));
            add(new Div(line));
        }
    }

    private static String mentions(List<TextSpan> spans) {
        return spans.size() == 1
                ? t("sources.suggestions.mentions.one")
                : t("sources.suggestions.mentions.many", String.valueOf(spans.size()));
    }

    /** What a suggestion of this kind is, in a word: "figure", "place". */
    private static String kindWord(SuggestionKind kind) {
        return switch (kind) {
            case FIGURE -> t("sources.suggestions.kind.figure");
            case TIME -> t("sources.suggestions.kind.time");
            case PLACE -> t("sources.suggestions.kind.place");
            case ACTOR -> t("sources.suggestions.kind.actor");
            case QUOTE -> t("sources.suggestions.kind.quote");
        };
    }

    /** A label inside running words: "Armed group" reads "armed group" there. */
    private static String lowerCase(String label) {
        return label.toLowerCase(Texts.locale());
    }

    /** "at least 46 injured", "about 500 drones launched", "1/3 of category?" */
    static String amount(FigureSuggestion f) {
        String value = f.amount().describe();
        String category = f.category() == null
                ? t("sources.suggestions.figure.no-category")
                : f.category().toLowerCase(Locale.ROOT).replace('_', ' ');
        return value + " " + category;
    }

    static String describe(FigureSuggestion f, List<FigureSuggestion> all) {
        String value = f.amount().describe();
        String category = f.category() == null
                ? t("sources.suggestions.figure.category-unknown")
                : f.category().toLowerCase(Locale.ROOT).replace('_', ' ');
        String part = f.parentIndex() == null
                ? ""
                : ", "
                        + t(
                                "sources.suggestions.figure.part-of",
                                all.get(f.parentIndex()).text());
        return "“" + f.text() + "” → " + category + ": " + value + part;
    }

    private static String zoneWords(TimeSuggestion t) {
        return t.zone() == null ? "" : ", " + t.zone().getId();
    }

    private static String reading(TimeSuggestion t) {
        if (t.utc() != null) {
            return "→ " + t.local() + " (" + t.utc() + zoneWords(t) + ")";
        }
        return t.local() == null ? "" : "→ " + t.local() + " (" + Texts.of(t.precision()) + zoneWords(t) + ")";
    }

    private static String describe(PlaceSuggestion p) {
        String alias = p.alias() == null ? "" : "; " + t("sources.suggestions.place.alias", p.alias());
        String alternatives = p.alternatives().isEmpty()
                ? ""
                : " — "
                        + t(
                                "sources.suggestions.place.alternatives",
                                String.join(
                                        ", ",
                                        p.alternatives().stream()
                                                .map(a -> a.name() + " (" + a.country() + ")")
                                                .toList()));
        return p.name() + " — " + mentions(p.mentions()) + " (" + p.country() + ", " + Texts.of(p.precision()) + alias
                + ")" + alternatives;
    }

    private static String shortened(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "…" : text;
    }

    private static String describe(QuoteSuggestion q) {
        return (q.speaker() == null ? t("sources.suggestions.someone") : q.speaker())
                + (q.medium() == null ? "" : " (" + q.medium() + ")") + ": “" + shortened(q.text(), 90) + "”";
    }
}
