package org.eventdesk.web.ui.records;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eventdesk.application.record.FoundRecord;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.application.taxonomy.TaxonomyEntry;
import org.eventdesk.domain.record.MarkedText;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.domain.record.RecordQuery;
import org.eventdesk.domain.record.RecordQueue;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.i18n.Texts;

/**
 * The grid of records of the records list and the map: lazy end to end, one page at a time from the service, never a
 * count; pages in a time order are read by key, so a deep page costs what the first does. A row opens its record.
 */
public class RecordsGrid extends Composite<Grid<RecordListing>> {
    /**
     * The title cell, drawn in the browser from its text and marks: a template costs the server the row's data only,
     * where a component per row kept a tree of elements in every editor's session for every row shown (about 1 kB
     * a row, measured with the session benchmark). Lit writes the pieces as text, so a record's words are never read
     * as HTML.
     */
    private static final String TITLE_CELL = "<div class=\"record-title\">${item.title.map(s => s.marked"
            + " ? html`<mark>${s.text}</mark>` : s.text)}${item.excerpt.length ? html`<span class=\"record-excerpt\""
            + " style=\"display: block; font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color);"
            + " white-space: normal\">${item.excerpt.map(s => s.marked ? html`<mark>${s.text}</mark>` : s.text)}"
            + "</span>` : ''}</div>";

    private final RecordCatalog catalog;
    private final KeysetPages pages = new KeysetPages();
    /** Where the searched words matched, by record, for the rows of the pages fetched since the last search. */
    private final Map<Long, FoundRecord> found = new HashMap<>();

    private RecordQuery query = RecordQuery.all();
    private RecordQueue queue;

    public RecordsGrid(RecordCatalog catalog) {
        this.catalog = catalog;
        Map<String, String> typeLabels =
                catalog.eventTypes().stream().collect(Collectors.toMap(TaxonomyEntry::code, RecordFilters::typeLabel));
        Grid<RecordListing> grid = getContent();
        grid.setId("records-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LitRenderer.<RecordListing>of(TITLE_CELL)
                        .withProperty("title", row -> titleOf(row).pieces())
                        .withProperty("excerpt", row -> excerptOf(row).pieces()))
                .setHeader(t("records.grid.title"))
                .setWidth("22em")
                .setFlexGrow(6);
        grid.addColumn(r -> r.type() == null ? "" : typeLabels.getOrDefault(r.type(), r.type()))
                .setHeader(t("records.grid.type"))
                .setFlexGrow(2);
        grid.addColumn(r -> Texts.of(r.status()))
                .setHeader(t("records.grid.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.eventTime(r.start(), r.precision(), r.zone()))
                .setHeader(t("records.grid.when"))
                .setAutoWidth(true);
        grid.addColumn(r -> String.join(", ", r.places()))
                .setHeader(t("records.grid.places"))
                .setFlexGrow(1);
        grid.addColumn(r -> Texts.of(r.verification()))
                .setHeader(t("records.grid.verification"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.updatedBy() + ", " + Formats.utc(r.updatedAt()))
                .setHeader(t("records.grid.last-change"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(RecordPage.class, e.getItem().id())));
        grid.setItems(q -> (queue == null
                        ? listed(q.getOffset(), q.getLimit())
                        : catalog.queue(queue, q.getOffset(), q.getLimit()))
                .stream());
    }

    /** Lists the records the query finds. */
    public void show(RecordQuery query) {
        this.query = query;
        this.queue = null;
        refresh();
    }

    /** Lists one work queue instead. */
    public void show(RecordQueue queue) {
        this.queue = queue;
        refresh();
    }

    private void refresh() {
        pages.forget();
        found.clear();
        getContent().getDataProvider().refreshAll();
    }

    private List<RecordListing> listed(int offset, int limit) {
        RecordQuery current = query;
        if (current.text() != null) {
            // Words go to the search index, which ranks, marks and pages by position itself.
            List<FoundRecord> page = catalog.found(current, offset, limit);
            page.forEach(row -> found.put(row.listing().id(), row));
            return page.stream().map(FoundRecord::listing).toList();
        }
        return pages.fetch(current.order(), offset, limit, new KeysetPages.Rows() {
            @Override
            public List<RecordListing> at(int offset, int limit) {
                // The first page is asked as the API and the cursor pages ask theirs (one row more, then cut), so
                // that on PostgreSQL they share one statement with its size written in and none makes Hibernate
                // translate it again for another size (PostgreSQLDialectWithWrittenLimits).
                return offset == 0
                        ? catalog.page(current, Optional.empty(), limit).items()
                        : catalog.list(current, offset, limit);
            }

            @Override
            public List<RecordListing> after(RecordListing.Cursor cursor, int limit) {
                return catalog.page(current, Optional.of(cursor), limit).items();
            }
        });
    }

    /** The title, with the searched words marked when the list answers a search. */
    private MarkedText titleOf(RecordListing row) {
        FoundRecord match = found.get(row.id());
        return match == null ? MarkedText.plain(row.title()) : match.title();
    }

    /** The summary's words around the searched ones when the summary matched; else nothing. */
    private MarkedText excerptOf(RecordListing row) {
        FoundRecord match = found.get(row.id());
        return match != null && match.summaryExcerpt().isMarked() ? match.summaryExcerpt() : MarkedText.plain("");
    }
}
