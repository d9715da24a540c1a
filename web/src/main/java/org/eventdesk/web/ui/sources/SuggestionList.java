package org.eventdesk.web.ui.sources;

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
import java.util.List;
import org.eventdesk.domain.extraction.FigureSuggestion;
import org.eventdesk.domain.extraction.PlaceSuggestion;
import org.eventdesk.domain.extraction.QuoteSuggestion;
import org.eventdesk.domain.extraction.Suggestions;
import org.eventdesk.domain.extraction.TimeSuggestion;

/**
 * What the extraction assistant found in a source, kind by kind, each row with its words: a click shows the
 * words in the text; "Add" (where a record is being edited) turns it into a fact with its evidence; the cross
 * hides it for this source.
 */
public class SuggestionList extends VerticalLayout {

    /** What a row can do; {@code accept} is absent where no record is being edited. */
    public interface Actions {
        void focus(int start, int end);

        void reject(String kind, int start, int end);

        default boolean canAccept() {
            return false;
        }

        default void accept(String kind, int index) {}
    }

    public SuggestionList(Suggestions suggestions, Actions actions) {
        setPadding(false);
        setSpacing(false);
        setId("suggestions");
        group(
                "Figures",
                "figure",
                suggestions.figures(),
                (f, i) -> describe(f, suggestions.figures()),
                FigureSuggestion::start,
                FigureSuggestion::end,
                actions);
        group(
                "Times",
                "time",
                suggestions.times(),
                (t, i) -> "“" + t.text() + "” " + reading(t),
                TimeSuggestion::start,
                TimeSuggestion::end,
                actions);
        group(
                "Places",
                "place",
                suggestions.places(),
                (p, i) -> describe(p),
                PlaceSuggestion::start,
                PlaceSuggestion::end,
                actions);
        group(
                "Actors",
                "actor",
                suggestions.actors(),
                (a, i) -> a.name() + " (" + a.kind().toLowerCase().replace('_', ' ') + ")",
                a -> a.start(),
                a -> a.end(),
                actions);
        group(
                "Quotes",
                "quote",
                suggestions.quotes(),
                (q, i) -> describe(q),
                QuoteSuggestion::start,
                QuoteSuggestion::end,
                actions);
        if (getComponentCount() == 0) {
            add(new Span("The assistant found nothing here (or everything was rejected)."));
        }
    }

    private <T> void group(
            String heading,
            String kind,
            List<T> items,
            java.util.function.BiFunction<T, Integer, String> label,
            java.util.function.ToIntFunction<T> start,
            java.util.function.ToIntFunction<T> end,
            Actions actions) {
        if (items.isEmpty()) {
            return;
        }
        Span title = new Span(heading + " (" + items.size() + ")");
        title.getStyle().set("font-weight", "600").set("margin-top", "0.5em");
        add(title);
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            int index = i;
            int from = start.applyAsInt(item);
            int to = end.applyAsInt(item);
            Span words = new Span(label.apply(item, i));
            words.getStyle().set("cursor", "pointer");
            words.addClickListener(e -> actions.focus(from, to));
            List<Component> row = new ArrayList<>();
            row.add(words);
            if (actions.canAccept()) {
                Button add = new Button("Add", VaadinIcon.PLUS.create(), e -> actions.accept(kind, index));
                add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                add.addClassName("accept-suggestion");
                row.add(add);
            }
            Button reject = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> actions.reject(kind, from, to));
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            reject.addClassName("reject-suggestion");
            reject.getElement().setAttribute("aria-label", "Not a " + kind + ": hide it for this source");
            row.add(reject);
            HorizontalLayout line = new HorizontalLayout(row.toArray(Component[]::new));
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            line.setSpacing(false);
            line.addClassName("suggestion-row");
            line.addClassName("suggestion-" + kind);
            line.getElement().setAttribute("data-span", from + "-" + to);
            add(new Div(line));
        }
    }

    static String describe(FigureSuggestion f, List<FigureSuggestion> all) {
        String value =
                switch (f.qualifier()) {
                    case RANGE -> f.low().toPlainString() + "–" + f.high().toPlainString();
                    case FRACTION ->
                        f.numerator().toPlainString() + "/" + f.denominator().toPlainString();
                    default -> f.qualifier().words() + " " + f.value().toPlainString();
                };
        String category =
                f.category() == null ? "category?" : f.category().toLowerCase().replace('_', ' ');
        String part = f.parentIndex() == null
                ? ""
                : ", part of “" + all.get(f.parentIndex()).text() + "”";
        return "“" + f.text() + "” → " + category + ": " + value.replace("exactly ", "") + part;
    }

    private static String reading(TimeSuggestion t) {
        if (t.utc() != null) {
            return "→ " + t.local() + " (" + t.utc() + ")";
        }
        return t.local() == null
                ? ""
                : "→ " + t.local() + " (" + t.precision().toLowerCase().replace('_', ' ') + ")";
    }

    private static String describe(PlaceSuggestion p) {
        String alternatives = p.alternatives().isEmpty()
                ? ""
                : " — or "
                        + String.join(
                                ", ",
                                p.alternatives().stream()
                                        .map(a -> a.name() + " (" + a.country() + ")")
                                        .toList());
        return p.name() + " (" + p.country() + ", " + p.precision().toLowerCase() + ")" + alternatives;
    }

    private static String describe(QuoteSuggestion q) {
        String words = q.text().length() > 90 ? q.text().substring(0, 90) + "…" : q.text();
        return (q.speaker() == null ? "someone" : q.speaker()) + (q.medium() == null ? "" : " (" + q.medium() + ")")
                + ": “" + words + "”";
    }
}
