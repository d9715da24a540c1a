package org.eventdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import org.eventdesk.domain.record.GeoPrecision;
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
                "Drones hit Kyiv.|Kyiv|Kyiv|UA|NEAR",
                "Shelling hit Kharkiv.|Kharkiv|Kharkiv|UA|NEAR",
                "A port in Odesa burned.|Odesa|Odesa|UA|NEAR",
                "Sirens sounded in Zaporizhzhia.|Zaporizhzhia|Zaporizhia|UA|NEAR",
                "He flew to Moscow.|Moscow|Moscow|RU|NEAR",
                "He visited Florida.|Florida|Florida|US|REGION",
                "He stopped in Canada.|Canada|Canada|CA|COUNTRY",
                "Officials in Kiev denied it.|Kiev|Kyiv|UA|NEAR",
                "Strikes hit the Donetsk region.|Donetsk|Donets'ka Oblast'|UA|REGION",
                "Troops left the region of Donetsk.|Donetsk|Donets'ka Oblast'|UA|REGION",
                "Fighting raged in the Kyiv region.|Kyiv|Kyiv|UA|REGION",
                "Shelling hit a market in Omdurman.|Omdurman|Omdurman|SD|NEAR",
                "Strikes hit Khan Yunis.|Khan Yunis|Khan Younis|PS|NEAR",
            })
    void gazetteerPlacesNamedAsTheArticleWritesThem(
            String text, String name, String gazetteerName, String country, GeoPrecision precision) {
        PlaceSuggestion p = only(text);
        assertEquals(name, p.name());
        assertEquals(gazetteerName, p.gazetteerName());
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
                .noneMatch(a ->
                        a.name().equals("Kharkiv") && a.country().equals("UA") && a.precision() == GeoPrecision.NEAR));
    }

    @Test
    void theArticlesCountryPullsANameWithoutAClearReadingTowardsIt() {
        PlaceSuggestion alone = only("In Victoria, smoke closed schools.");
        assertEquals("AU", alone.country());
        assertEquals(GeoPrecision.REGION, alone.precision());

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

    @Test
    void aPlaceIsNamedAsTheArticleWritesItWithTheGazetteersNameKept() {
        List<PlaceSuggestion> p = places("Drones struck the Khmelnytskyi region and Mykolaiv overnight.");
        assertEquals(
                List.of("Khmelnytskyi", "Mykolaiv"),
                p.stream().map(PlaceSuggestion::name).toList());
        assertEquals("Khmel'nyts'ka Oblast'", p.get(0).gazetteerName());
        assertEquals(GeoPrecision.REGION, p.get(0).precision());
        assertEquals("Mykolayiv", p.get(1).gazetteerName());
        assertEquals(GeoPrecision.NEAR, p.get(1).precision());
    }

    @Test
    void aPlaceNamedSeveralTimesIsOneSuggestionWithEveryMention() {
        String text = "Kiev was hit. Officials in Kyiv said Kyiv held. Lviv was calm.";
        List<PlaceSuggestion> p = places(text);
        assertEquals(
                List.of("Kyiv", "Lviv"), p.stream().map(PlaceSuggestion::name).toList());
        PlaceSuggestion kyiv = p.get(0);
        assertEquals(
                List.of("Kiev", "Kyiv", "Kyiv"),
                kyiv.mentions().stream()
                        .map(m -> text.substring(m.start(), m.end()))
                        .toList());
        assertEquals("Kyiv", kyiv.gazetteerName());
        assertEquals(ZoneId.of("Europe/Kyiv"), kyiv.zone());
    }
}
