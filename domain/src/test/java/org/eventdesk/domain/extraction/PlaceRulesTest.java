package org.eventdesk.domain.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceRulesTest {

    private static List<PlaceSuggestion> places(String text) {
        return Shared.extract(text, null).places();
    }

    private static PlaceSuggestion only(String text) {
        List<PlaceSuggestion> p = places(text);
        assertEquals(1, p.size(), () -> text + " -> " + p);
        return p.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Drones hit Kyiv.|Kyiv|UA|NEAR",
                "Shelling hit Kharkiv.|Kharkiv|UA|NEAR",
                "A port in Odesa burned.|Odesa|UA|NEAR",
                "Sirens sounded in Zaporizhzhia.|Zaporizhia|UA|NEAR",
                "He flew to Moscow.|Moscow|RU|NEAR",
                "He visited Florida.|Florida|US|REGION",
                "He stopped in Canada.|Canada|CA|COUNTRY",
                "Officials in Kiev denied it.|Kyiv|UA|NEAR",
                "Strikes hit the Donetsk region.|Donets'ka Oblast'|UA|REGION",
                "Troops left the region of Donetsk.|Donets'ka Oblast'|UA|REGION",
                "Fighting raged in the Kyiv region.|Kyiv|UA|REGION",
            })
    void gazetteerPlaces(String text, String name, String country, String precision) {
        PlaceSuggestion p = only(text);
        assertEquals(name, p.name());
        assertEquals(country, p.country());
        assertEquals(precision, p.precision());
        assertTrue(p.lat() != null && p.lon() != null);
    }

    @Test
    void coordinatesAreWhereThePlaceIs() {
        PlaceSuggestion kyiv = only("Drones hit Kyiv.");
        assertEquals(50.45, kyiv.lat(), 0.1);
        assertEquals(30.52, kyiv.lon(), 0.1);
    }

    @Test
    void anAmbiguousNameComesWithItsAlternatives() {
        PlaceSuggestion paris = only("Thousands marched in Paris.");
        assertEquals("FR", paris.country());
        assertFalse(paris.alternatives().isEmpty());
        assertTrue(paris.alternatives().stream().anyMatch(a -> a.country().equals("US")));
        PlaceSuggestion unique = only("Shelling hit Kharkiv.");
        assertTrue(unique.alternatives().stream()
                .noneMatch(a -> a.name().equals("Kharkiv")
                        && a.country().equals("UA")
                        && a.precision().equals("NEAR")));
    }

    @Test
    void theArticlesCountryPullsANameWithoutAClearReadingTowardsIt() {
        PlaceSuggestion alone = only("In Victoria, smoke closed schools.");
        assertEquals("AU", alone.country());
        assertEquals("REGION", alone.precision());

        List<PlaceSuggestion> p =
                places("Wildfires forced evacuations across Canada. In Victoria, smoke closed schools.");
        PlaceSuggestion victoria = p.get(1);
        assertEquals("Victoria", victoria.name());
        assertEquals("CA", victoria.country());
        assertTrue(victoria.alternatives().stream().anyMatch(a -> a.country().equals("AU")));
    }

    @Test
    void aClearFirstReadingStaysWhateverElseTheArticleNames() {
        List<PlaceSuggestion> p = places("Heavy rain hit Texas. In Paris, the river burst its banks.");
        assertEquals("FR", p.get(1).country());
    }

    @Test
    void aSmallPlaceAbroadIsDroppedFromALocalStory() {
        List<PlaceSuggestion> p = places("Police in London said bottles were thrown near Whitehall.");
        assertEquals(List.of("London"), p.stream().map(PlaceSuggestion::name).toList());
    }

    @Test
    void peopleAndCommonWordsAreNotPlaces() {
        assertEquals(List.of(), places("Mr Lincoln said Police were called."));
        assertEquals(List.of(), places("He met Jordan Bardella on Monday."));
        assertEquals(List.of(), places("He flew to his Mar-a-Lago residence."));
    }

    @Test
    void capitalsOnlyAliasesNeedCapitals() {
        assertEquals("United States", only("The US offered a deal.").name());
        assertEquals(List.of(), places("He told us about it."));
    }
}
