package org.eventdesk.web.ui.records.editor;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import java.util.function.Consumer;
import org.eventdesk.application.source.SourceCatalog;
import org.eventdesk.application.source.SourceDetails;
import org.eventdesk.domain.source.SourceListing;
import org.eventdesk.domain.source.SourceQuery;
import org.eventdesk.web.ui.sources.SourceReader;

/**
 * The source beside the record being edited. The editor picks a source, selects words in its text, and uses
 * the selection as evidence for a fact; the panel answers what is selected, with the outlet it came from.
 */
public class SourcePanel extends VerticalLayout {
    private final SourceCatalog sources;
    private final ComboBox<SourceListing> picker = new ComboBox<>("Source");
    private final SourceReader reader = new SourceReader();
    private String outlet;

    /** A selection in the shown source, ready to become evidence. */
    public record Selection(long sourceId, int start, int end, String quote, String outlet) {}

    public SourcePanel(SourceCatalog sources) {
        this.sources = sources;
        setPadding(false);
        picker.setId("source-picker");
        picker.setWidthFull();
        picker.setPlaceholder("Find a source by title or outlet");
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
        Span hint = new Span("Select words in the text, then press \"Use selection\" on the fact they support.");
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(picker, hint, reader);
    }

    public void show(long sourceId) {
        SourceDetails source = sources.details(sourceId);
        outlet = source.outlet();
        reader.show(source.id(), source.text());
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

    public boolean hasSource() {
        return !reader.text().isEmpty();
    }

    public void highlight(int start, int end) {
        reader.highlight(start, end);
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
