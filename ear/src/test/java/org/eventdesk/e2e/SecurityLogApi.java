package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** The security log as an admin's script reads it: {@code GET /api/v1/security-log} with the demo admin's token. */
final class SecurityLogApi {
    static final String ADMIN_TOKEN = "demo-admin-token";

    private SecurityLogApi() {}

    /**
     * Every entry that matches, all pages followed.
     *
     * @param filters query parameters as name, value, name, value, ...
     */
    static List<JsonNode> entries(String... filters) {
        StringJoiner query = new StringJoiner("&", "/api/v1/security-log?", "");
        for (int i = 0; i < filters.length; i += 2) {
            query.add(filters[i] + "=" + URLEncoder.encode(filters[i + 1], StandardCharsets.UTF_8));
        }
        query.add("limit=200");
        List<JsonNode> entries = new ArrayList<>();
        String next = query.toString();
        while (next != null) {
            Api.Answer page = Api.get(next, ADMIN_TOKEN);
            assertEquals(200, page.status(), page.body());
            page.json().get("items").forEach(entries::add);
            JsonNode link = page.json().get("next");
            next = link == null || link.isNull()
                    ? null
                    : URI.create(link.asText()).getRawPath() + "?"
                            + URI.create(link.asText()).getRawQuery();
        }
        return entries;
    }

    static long count(String... filters) {
        return entries(filters).size();
    }
}
