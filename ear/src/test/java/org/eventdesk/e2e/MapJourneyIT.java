package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The desk's map in a real browser (Leaflet and the country outlines from the WAR's own copies): four records of the
 * test's own, found by a place name no other record holds, so the counts are the test's whatever else the shared
 * database holds. Three stand close together in the southern Pacific (two at one point, as places given as a town
 * are) and one in Thailand: at world zoom the three are one cluster beside one marker; opening the cluster zooms in
 * to a marker and a cluster that zooming cannot split, which lists its two records; a marker's card opens its record;
 * a drawn rectangle keeps the list under the map, and the address, to the records inside it.
 */
@ExtendWith(BrowserExtension.class)
class MapJourneyIT {
    private static final String EDITOR = "demo-editor-token";

    private static int attribute(BrowserSession browser, String name) {
        return Integer.parseInt(browser.find(By.id("records-map")).getDomAttribute(name));
    }

    /** Waits for the map to have drawn a new answer of the server, and says what it drew. */
    private static Map<String, Integer> drawnAfter(BrowserSession browser, int draws) {
        browser.waiting().until(d -> {
            String drawn = browser.find(By.id("records-map")).getDomAttribute("data-drawn");
            return drawn != null && Integer.parseInt(drawn) > draws;
        });
        browser.waitForVaadin();
        return Map.of(
                "clusters", attribute(browser, "data-clusters"),
                "markers", attribute(browser, "data-markers"),
                "places", attribute(browser, "data-places"),
                "drawn", attribute(browser, "data-drawn"));
    }

    /** The titles of the test's records the list shows (its other cells name the places, with the same word). */
    private static List<String> titles(BrowserSession browser, String nonce) {
        return browser.gridTexts("records-grid").stream()
                .filter(text -> text.endsWith(nonce) && !text.startsWith("Mapton"))
                .toList();
    }

    @Test
    void theMapClustersByZoomOpensRecordsAndADrawnAreaFiltersTheList(BrowserSession browser) {
        String nonce = PublishedRecords.nonce();
        String place = "Mapton " + nonce;
        long strike = PublishedRecords.record("Strike at the pier " + nonce)
                .type("EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE")
                .time("2025-12-20T10:00:00Z", "MINUTE", "UTC")
                .place(place, "CL", -40.0, -120.0, "at the pier of " + place)
                .figure("KILLED", "EXACT", 12, "12 people were killed")
                .draft()
                .id();
        PublishedRecords.record("Protest at the pier " + nonce)
                .type("PROTESTS")
                .time("2025-12-21T10:00:00Z", "DAY", "UTC")
                .place(place, "CL", -40.0, -120.0, "by the pier of " + place)
                .draft();
        long harbour = PublishedRecords.record("Clash by the harbour " + nonce)
                .type("BATTLES")
                .time("2025-12-22T10:00:00Z", "DAY", "UTC")
                .place(place + " harbour", "CL", -40.5, -119.5, "near the harbour of " + place)
                .draft()
                .id();
        PublishedRecords.record("Rally far away " + nonce)
                .type("PROTESTS")
                .time("2025-12-23T10:00:00Z", "DAY", "UTC")
                .place(place + " east", "TH", 10.0, 100.0, "in " + place + " east")
                .draft();

        browser.logIn("editor", Desk.DEMO_PASSWORD);
        browser.open("/map?place=" + nonce);
        Map<String, Integer> world = drawnAfter(browser, 0);
        assertEquals(1, world.get("clusters"), "the three Pacific places are one cluster at world zoom: " + world);
        assertEquals(1, world.get("markers"), "Thailand's is a marker of its own: " + world);
        assertEquals(4, world.get("places"), world.toString());
        browser.waiting().until(d -> browser.find(By.id("records-map")).getDomAttribute("data-outlines") != null);
        assertEquals(
                "241",
                browser.find(By.id("records-map")).getDomAttribute("data-outlines"),
                "Natural Earth's 1:50m country outlines are the base layer");
        browser.screenshot("MapJourneyIT-world");

        // Opening the cluster zooms in to its places: the two at one point stay a cluster, the harbour is a marker.
        browser.click(By.cssSelector("#records-map .map-cluster"));
        Map<String, Integer> closer = drawnAfter(browser, world.get("drawn"));
        browser.waiting().until(d -> attribute(browser, "data-places") == 3);
        closer = drawnAfter(browser, closer.get("drawn") - 1);
        assertEquals(1, closer.get("clusters"), closer.toString());
        assertEquals(1, closer.get("markers"), closer.toString());

        // A cluster at one point lists its records instead of zooming on.
        browser.click(By.cssSelector("#records-map .map-cluster"));
        WebElement list = browser.find(By.cssSelector("#records-map .map-card-list"));
        browser.waiting().until(d -> list.findElements(By.tagName("li")).size() == 2);
        String listed = list.getText();
        assertTrue(
                listed.contains("Strike at the pier " + nonce) && listed.contains("Protest at the pier " + nonce),
                listed);
        browser.screenshot("MapJourneyIT-one-point");

        // The harbour's marker opens its card, and the card its record.
        // (The list's popup fades out before it leaves the page, and opening it may have panned and redrawn the map.)
        browser.script("arguments[0].leafletMap.closePopup()", browser.find(By.id("records-map")));
        browser.waiting().until(d -> browser.findAll(By.cssSelector("#records-map .map-card-list"))
                .isEmpty());
        browser.waitForVaadin();
        browser.click(By.cssSelector("#records-map path.map-marker[data-record='" + harbour + "']"));
        WebElement card = browser.find(By.cssSelector("#records-map .map-card:not(.map-card-list)"));
        // The popup is on the page before Leaflet has filled and shown it: read its words once they are there.
        browser.waiting().until(d -> card.getText().contains("Clash by the harbour " + nonce));
        assertTrue(card.getText().contains("Draft"), "the card says the record's status: " + card.getText());
        browser.click(card.findElement(By.cssSelector("a.map-card-link")));
        browser.waitForPath("/records/" + harbour);

        // A rectangle around the pier (not the harbour) keeps the list, and the address, to the records there.
        browser.open("/map?place=" + nonce);
        drawnAfter(browser, 0);
        WebElement map = browser.find(By.id("records-map"));
        @SuppressWarnings("unchecked")
        List<Number> corners = (List<Number>) browser.script(
                "const m = arguments[0].leafletMap;"
                        + " m.setView([-40.25, -119.75], 8, {animate: false});"
                        + " const a = m.latLngToContainerPoint([-39.8, -120.2]);"
                        + " const b = m.latLngToContainerPoint([-40.2, -119.8]);"
                        + " return [a.x, a.y, b.x, b.y];",
                map);
        browser.waitForVaadin();
        browser.click(By.cssSelector("#records-map .map-draw-area"));
        browser.drag(
                map,
                corners.get(0).intValue(),
                corners.get(1).intValue(),
                corners.get(2).intValue(),
                corners.get(3).intValue());
        browser.waiting().until(d -> browser.currentPath().contains("area="));
        browser.waitForGridCell("records-grid", text -> text.equals("Protest at the pier " + nonce));
        browser.waitForVaadin();
        List<String> titles = titles(browser, nonce);
        assertEquals(
                List.of("Protest at the pier " + nonce, "Strike at the pier " + nonce),
                titles.stream().sorted().toList(),
                "only the records inside the drawn area: " + titles);
        assertTrue(browser.find(By.id("record-area-filter")).isDisplayed(), "the area shows as a filter");
        browser.screenshot("MapJourneyIT-area");

        // The same address as a list: the records view reads the area from it.
        String address = browser.currentPath();
        browser.open(address.replace("/map?", "/records?"));
        browser.waitForGridCell("records-grid", text -> text.equals("Strike at the pier " + nonce));
        browser.waitForVaadin();
        assertEquals(2, titles(browser, nonce).size(), "the list keeps to the area: " + titles(browser, nonce));
        assertTrue(strike > 0);

        // In the editor, the place is drawn with its precision, and a click on its map moves it.
        browser.open("/records/" + harbour + "/edit");
        WebElement placeCard = browser.find(By.cssSelector(".place-card"));
        browser.click(placeCard.findElement(By.cssSelector(".place-on-map")));
        WebElement picker = placeCard.findElement(By.cssSelector(".place-picker"));
        browser.waiting().until(d -> "EXACT".equals(picker.getDomAttribute("data-drawn-precision")));
        browser.choose(placeCard.findElement(By.cssSelector("vaadin-select:not(.fact-judgement)")), "region");
        browser.waiting().until(d -> "REGION".equals(picker.getDomAttribute("data-drawn-precision")));
        browser.screenshot("MapJourneyIT-editor-region");
        browser.clickAt(picker, 80, 0);
        browser.waiting().until(d -> coordinate(browser, placeCard, 1) > -119.5);
        double lon = coordinate(browser, placeCard, 1);
        double lat = coordinate(browser, placeCard, 0);
        assertEquals(-40.5, lat, 0.1, "a click to the right of the place keeps about its latitude");
        int version = Api.get("/api/v1/records/" + harbour, EDITOR)
                .json()
                .get("version")
                .asInt();
        browser.click("save-record");
        browser.waiting()
                .until(d -> Api.get("/api/v1/records/" + harbour, EDITOR)
                                .json()
                                .get("version")
                                .asInt()
                        > version);
        com.fasterxml.jackson.databind.JsonNode saved = Api.get("/api/v1/records/" + harbour, EDITOR)
                .json()
                .get("places")
                .get(0);
        assertEquals(lon, saved.get("lon").asDouble(), 1e-6, saved.toString());
        assertEquals("REGION", saved.get("precision").asText(), saved.toString());
    }

    @Test
    void aPlaceKnownToItsRegionIsDrawnAsTheRegionsOutlineOnTheRegionsBaseLayer(BrowserSession browser) {
        String nonce = PublishedRecords.nonce();
        long shelling = PublishedRecords.record("Shelling in the oblast " + nonce)
                .type("EXPLOSIONS_REMOTE_VIOLENCE.SHELLING_ARTILLERY_MISSILE_ATTACK")
                .time("2025-12-20T10:00:00Z", "DAY", "UTC")
                .place("Kharkiv oblast " + nonce, "UA", 49.99, 36.23, "in the Kharkiv oblast " + nonce)
                .draft()
                .id();

        browser.logIn("editor", Desk.DEMO_PASSWORD);
        // Unfiltered, the map groups every place of the desk (the places' index alone): this one among them.
        browser.open("/map");
        Map<String, Integer> everything = drawnAfter(browser, 0);
        assertTrue(everything.get("places") >= 1, everything.toString());
        assertTrue(everything.get("clusters") + everything.get("markers") >= 1, everything.toString());

        browser.open("/records/" + shelling + "/edit");
        WebElement placeCard = browser.find(By.cssSelector(".place-card"));
        browser.click(placeCard.findElement(By.cssSelector(".place-on-map")));
        WebElement picker = placeCard.findElement(By.cssSelector(".place-picker"));
        browser.waiting().until(d -> "EXACT".equals(picker.getDomAttribute("data-drawn-precision")));
        browser.choose(placeCard.findElement(By.cssSelector("vaadin-select:not(.fact-judgement)")), "region");
        // The oblast that holds the point, from Natural Earth's first-level regions shipped with the desk.
        browser.waiting().until(d -> "Kharkiv".equals(picker.getDomAttribute("data-drawn-region")));
        // Zoomed to the oblast, the base layer draws the regions of the countries in view (Ukraine, Russia...).
        browser.waiting().until(d -> picker.getDomAttribute("data-region-countries") != null);
        assertTrue(Integer.parseInt(picker.getDomAttribute("data-region-countries")) >= 1);
        browser.screenshot("MapJourneyIT-editor-oblast");
    }

    /** The place card's latitude (0) or longitude (1) as its field holds it. */
    private static double coordinate(BrowserSession browser, WebElement card, int which) {
        Object value = browser.script(
                "return arguments[0].querySelectorAll('vaadin-number-field')[arguments[1]].value;", card, which);
        return value == null || value.toString().isEmpty() ? Double.NaN : Double.parseDouble(value.toString());
    }
}
