package org.eventdesk.domain.record;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import org.eventdesk.domain.source.Source;

/**
 * The words a fact comes from: a span of a source's cleaned text. The quote is taken from the source when the
 * evidence is made, never typed; it is kept with the evidence (with the outlet, which decides corroboration)
 * because a source's cleaned text never changes, and a record can then be shown without loading its sources.
 */
@Embeddable
public class Evidence {
    public static final int MAX_QUOTE = 4000;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(nullable = false, length = MAX_QUOTE)
    private String quote;

    @Column(nullable = false, length = Source.MAX_OUTLET)
    private String outlet;

    protected Evidence() {}

    private Evidence(long sourceId, int start, int end, String quote, String outlet) {
        this.sourceId = sourceId;
        this.start = start;
        this.end = end;
        this.quote = quote;
        this.outlet = outlet;
    }

    /** Empty when the span does not lie inside the source's text or is longer than a quote may be. */
    public static java.util.Optional<Evidence> of(Source source, int start, int end) {
        if (end - start > MAX_QUOTE) {
            return java.util.Optional.empty();
        }
        return source.quote(start, end)
                .map(quote -> new Evidence(source.getId(), start, end, quote, source.getOutlet()));
    }

    public long sourceId() {
        return sourceId;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String quote() {
        return quote;
    }

    public String outlet() {
        return outlet;
    }

    /** Outlets are compared without regard to case or surrounding space: "Reuters" and "reuters " are one. */
    public String outletKey() {
        return outlet.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Evidence e && e.sourceId == sourceId && e.start == start && e.end == end;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourceId, start, end);
    }
}
