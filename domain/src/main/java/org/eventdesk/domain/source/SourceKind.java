package org.eventdesk.domain.source;

/** What kind of report a source is; partner systems send these names through the API. */
public enum SourceKind {
    NEWS_ARTICLE("News article"),
    WIRE("Wire"),
    OFFICIAL_STATEMENT("Official statement"),
    SOCIAL_POST("Social post"),
    OTHER("Other");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
