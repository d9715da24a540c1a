package org.eventdesk.web.pages;

import java.util.List;
import java.util.Map;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.TimeWords;
import org.eventdesk.domain.record.Verification;

/**
 * What the list page shows: a page of public records with the filters that chose them (kept in the form, so a
 * reader refines rather than starts again), the next and previous pages, and the same list in the API's formats.
 *
 * @param filters the query string as the reader sent it (name to value), for the form and the format links
 * @param types the taxonomy for the type filter: code to label, in the taxonomy's order
 * @param categories the figure categories for the category filter
 * @param next the next page's address, {@code null} on the last
 * @param previous the previous page's address, {@code null} on the first
 * @param query the filters as a query string (without the cursor), {@code ""} when none
 */
public record EventListPage(
        List<PublicRecord> records,
        Map<String, String> filters,
        Map<String, String> types,
        Map<String, String> categories,
        String next,
        String previous,
        String query) {

    public String filter(String name) {
        return filters.getOrDefault(name, "");
    }

    public boolean selected(String name, String value) {
        return value.equals(filters.get(name));
    }

    public static String when(PublicRecord r) {
        return TimeWords.of(r.time());
    }

    public static String places(PublicRecord r) {
        return String.join(
                ", ", r.places().stream().map(PublicRecord.Place::name).toList());
    }

    public static String type(PublicRecord r) {
        return r.type() == null ? "" : r.type().label();
    }

    public List<Verification> verifications() {
        return List.of(Verification.values());
    }

    /** The same filters as a list ({@code "list"}) or on a map ({@code "map"}). */
    public String viewLink(String view) {
        String filtered = String.join(
                "&",
                filters.entrySet().stream()
                        .filter(e -> !e.getKey().equals("view"))
                        .map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
                                + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                        .toList());
        String viewed = view.equals("map") ? (filtered.isEmpty() ? "view=map" : filtered + "&view=map") : filtered;
        return "/events" + (viewed.isEmpty() ? "" : "?" + viewed);
    }

    /** The same list in another format: "/api/v1/events.csv?country=UA". */
    public String formatLink(String path) {
        return path + (query.isEmpty() ? "" : (path.contains("?") ? "&" : "?") + query);
    }
}
