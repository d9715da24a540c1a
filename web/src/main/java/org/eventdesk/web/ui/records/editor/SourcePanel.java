package org.eventdesk.web.ui.records.editor;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eventdesk.application.extraction.SuggestionService;
import org.eventdesk.application.source.SourceCatalog;
import org.eventdesk.application.source.SourceDetails;
import org.eventdesk.domain.source.SourceListing;
import org.eventdesk.domain.source.SourceQuery;
import org.eventdesk.extraction.ActorSuggestion;
import org.eventdesk.extraction.FigureSuggestion;
import org.eventdesk.extraction.PlaceSuggestion;
import org.eventdesk.extraction.QuoteSuggestion;
import org.eventdesk.extraction.SuggestionKind;
import org.eventdesk.extraction.Suggestions;
import org.eventdesk.extraction.TextSpan;
import org.eventdesk.extraction.TimeSuggestion;
import org.eventdesk.web.ui.sources.SourceReader;
import org.eventdesk.web.ui.sources.SuggestionList;

/**
 * The source beside the record being edited. The editor picks a source, selects words in its text, and uses
 * the selection as evidence for a fact; the panel answers what is selected, with the outlet it came from.
 */
public class SourcePanel extends VerticalLayout {
    private final SourceCatalog sources;
    private final SuggestionService assistant;
    private SuggestionTarget target;
    private final ComboBox<SourceListing> picker = new ComboBox<>(t("editor.source.picker"));
    private final SourceReader reader = new SourceReader();
    private final Details suggestionDetails = new Details();
    private String outlet;

    /** A selection in the shown source, ready to become evidence. */
    public record Selection(long sourceId, int start, int end, String quote, String outlet) {}

    SourcePanel(SourceCatalog sources, SuggestionService assistant) {
        this.sources = sources;
        this.assistant = assistant;
        setPadding(false);
        picker.setId("source-picker");
        picker.setWidthFull();
        picker.setPlaceholder(t("editor.source.picker-placeholder"));
        picker.setItems(query -> sources
                .list(
                        new SourceQuery(
                                query.getFilter().filter(f -> !f.isBlank()).orElse(null),
                                null,
                                null,
                                null,
                                SourceQuery.Order.ADDED),
                        query.getOffset(),
                        query.getLimit())
                .stream());
        picker.setItemLabelGenerator(s -> s.title() + " — " + s.outlet() + " (#" + s.id() + ")");
        picker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue().id());
            }
        });
        reader.setId("editor-source-text");
        reader.getStyle().set("overflow", "auto").set("max-height", "70vh");
        Span hint = new Span(t("editor.source.hint"));
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        suggestionDetails.setSummaryText(t("editor.source.suggestions"));
        suggestionDetails.setId("editor-suggestions");
        suggestionDetails.setVisible(false);
        add(picker, hint, suggestionDetails, reader);
    }

    /** The record accepted suggestions go into (it is built from this panel, so it comes second). */
    void sendSuggestionsTo(SuggestionTarget target) {
        this.target = target;
    }

    public void show(long sourceId) {
        SourceDetails source = sources.details(sourceId);
        outlet = source.outlet();
        reader.show(source.id(), source.text());
        showSuggestions(source.id());
        if (picker.getValue() == null || picker.getValue().id() != sourceId) {
            picker.setValue(new SourceListing(
                    source.id(),
                    source.title(),
                    source.outlet(),
                    source.kind(),
                    source.publishedAt().toInstant(),
                    source.publishedZone(),
                    source.addedBy(),
                    source.addedAt()));
        }
    }

    /** The assistant's suggestions for the shown source: marked in the text, listed with Add and reject. */
    private void showSuggestions(long sourceId) {
        Suggestions found = assistant.suggestions(sourceId);
        reader.showMarks(SuggestionList.marks(found, PlaceSuggestion::name));
        suggestionDetails.removeAll();
        suggestionDetails.add(new SuggestionList(found, new SuggestionList.Actions() {
            @Override
            public void focus(int start, int end) {
                reader.focus(start, end);
            }

            @Override
            public void reject(SuggestionKind kind, List<TextSpan> spans) {
                assistant.reject(sourceId, kind.code(), spans);
                showSuggestions(sourceId);
            }

            @Override
            public boolean canAccept() {
                return true;
            }

            @Override
            public void accept(SuggestionKind kind, int index) {
                acceptSuggestion(found, kind, index, sourceId);
            }
        }));
        suggestionDetails.setVisible(true);
    }

    private void acceptSuggestion(Suggestions found, SuggestionKind kind, int index, long sourceId) {
        switch (kind) {
            case FIGURE -> {
                FigureSuggestion f = found.figures().get(index);
                String parentKey = f.parentIndex() == null
                        ? null
                        : sourceId + ":" + found.figures().get(f.parentIndex()).start();
                target.acceptFigure(f, sourceId + ":" + f.start(), parentKey, selection(f.start(), f.end()));
            }
            case TIME -> {
                TimeSuggestion t = found.times().get(index);
                target.acceptTime(t, selection(t.start(), t.end()));
            }
            case PLACE -> {
                PlaceSuggestion p = found.places().get(index);
                target.acceptPlace(p, selections(p.mentions()));
            }
            case ACTOR -> {
                ActorSuggestion a = found.actors().get(index);
                target.acceptActor(a, selections(a.mentions()));
            }
            case QUOTE -> {
                QuoteSuggestion q = found.quotes().get(index);
                target.acceptQuote(q, selection(q.start(), q.end()));
            }
        }
    }

    private List<Selection> selections(List<TextSpan> spans) {
        return spans.stream().map(m -> selection(m.start(), m.end())).toList();
    }

    /** The source shown, if one is. */
    public Optional<Long> sourceId() {
        return Optional.ofNullable(picker.getValue()).map(SourceListing::id);
    }

    public boolean hasSource() {
        return !reader.text().isEmpty();
    }

    public void highlight(int start, int end) {
        reader.focus(start, end);
    }

    /** A span of the shown source as a selection, as if the editor had selected it. */
    public Selection selection(int start, int end) {
        String text = reader.text();
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException("not a span of the source");
        }
        return new Selection(reader.sourceId(), start, end, text.substring(start, end), outlet);
    }

    public void readSelection(Consumer<Optional<Selection>> answer) {
        if (!hasSource()) {
            answer.accept(Optional.empty());
            return;
        }
        reader.readSelection(span ->
                answer.accept(span.map(s -> new Selection(s.sourceId(), s.start(), s.end(), s.quote(), outlet))));
    }
}
