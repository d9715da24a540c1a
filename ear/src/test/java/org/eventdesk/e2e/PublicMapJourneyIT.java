package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The readers' maps, in a real browser and without logging in: a published record's page shows its places on a
 * small map, and the public list has a map view with the same filters, both drawn from the page itself with the
 * desk's own copy of Leaflet and the country outlines. A draft's place never reaches the public map. (The readers'
 * pages are not Vaadin's, so clicks are the driver's own, without waiting for a Vaadin client.)
 */
@ExtendWith(BrowserExtension.class)
class PublicMapJourneyIT {

    private static String points(BrowserSession browser, String mapId) {
        browser.waiting()
                .until(d -> browser.find(By.id(mapId)).getDomAttribute("data-points") != null
                        && browser.find(By.id(mapId)).getDomAttribute("data-outlines") != null);
        return browser.find(By.id(mapId)).getDomAttribute("data-points");
    }

    @Test
    void aRecordPageAndTheListsMapViewShowThePublishedPlaces(BrowserSession browser) {
        String nonce = PublishedRecords.nonce();
        long lviv = PublishedRecords.record("Strike on Lviv " + nonce)
                .type("EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE")
                .time("2025-12-20T03:00:00+02:00", "HOUR", "Europe/Kyiv")
                .place("Lviv", "UA", 49.84, 24.03, "drones hit Lviv")
                .place("Vynnyky", "UA", 49.82, 24.13, "and nearby Vynnyky")
                .publish()
                .id();
        PublishedRecords.record("Protest in Odesa " + nonce)
                .type("PROTESTS")
                .time("2025-12-21T12:00:00+02:00", "DAY", "Europe/Kyiv")
                .place("Odesa", "UA", 46.48, 30.72, "a rally in Odesa")
                .publish();
        PublishedRecords.record("Draft in Kharkiv " + nonce)
                .time("2025-12-22T12:00:00+02:00", "DAY", "Europe/Kyiv")
                .place("Kharkiv", "UA", 49.99, 36.23, "in Kharkiv")
                .draft();

        browser.openUrl(Desk.url("/events/" + lviv));
        assertEquals("2", points(browser, "record-map"), "the record's two places");
        assertEquals("241", browser.find(By.id("record-map")).getDomAttribute("data-outlines"));
        browser.find(By.cssSelector("#record-map path.leaflet-interactive")).click();
        WebElement popup = browser.find(By.cssSelector("#record-map .leaflet-popup-content"));
        // Leaflet fades the popup in; while it is transparent the driver reads no text from it (one CI run failed so).
        browser.waiting().until(d -> popup.getText().contains("Strike on Lviv " + nonce));
        assertTrue(popup.getText().contains("Strike on Lviv " + nonce), popup.getText());
        browser.screenshot("PublicMapJourneyIT-record");

        browser.openUrl(Desk.url("/events?q=" + nonce));
        browser.find(By.id("view-map")).click();
        browser.waiting().until(d -> browser.currentPath().contains("view=map"));
        assertEquals("3", points(browser, "list-map"), "three published places; the draft is not public");
        assertTrue(browser.currentPath().contains("view=map")
                && browser.currentPath().contains("q=" + nonce));
        assertTrue(browser.pageText().contains("2 records on the map."), browser.pageText());
        browser.screenshot("PublicMapJourneyIT-list");

        // The filters stay with the map: the type narrows it to the protest.
        browser.openUrl(Desk.url("/events?q=" + nonce + "&type=PROTESTS&view=map"));
        assertEquals("1", points(browser, "list-map"));
        browser.find(By.id("view-list")).click();
        browser.waiting().until(d -> !browser.currentPath().contains("view=map"));
        assertTrue(browser.pageText().contains("Protest in Odesa " + nonce), browser.pageText());
    }
}
