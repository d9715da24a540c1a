package org.eventdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorRulesTest {

    private record Seen(String name, String kind, String words) {}

    /** Every mention of every actor, in text order. */
    private static List<Seen> actors(String text) {
        return Shared.extract(text, null).actors().stream()
                .flatMap(a -> a.mentions().stream().map(m -> new Object() {
                    final int start = m.start();
                    final Seen seen = new Seen(a.name(), a.kind().name(), text.substring(m.start(), m.end()));
                }))
                .sorted(java.util.Comparator.comparingInt(o -> o.start))
                .map(o -> o.seen)
                .toList();
    }

    @Test
    void titledPeopleAndTheirLaterMentions() {
        List<Seen> a = actors("President Volodymyr Zelensky met Mayor Vitali Klitschko in Kyiv. Mr Zelensky then left,"
                + " and Klitschko stayed.");
        assertEquals(
                List.of(
                        new Seen("Volodymyr Zelensky", "PERSON", "President Volodymyr Zelensky"),
                        new Seen("Vitali Klitschko", "PERSON", "Mayor Vitali Klitschko"),
                        new Seen("Volodymyr Zelensky", "PERSON", "Mr Zelensky"),
                        new Seen("Vitali Klitschko", "PERSON", "Klitschko")),
                a);
    }

    @Test
    void aRoleDescriptorResolvesToThePersonWhoHeldIt() {
        List<Seen> a = actors("US president Donald Trump met Prime Minister Mark Carney. Later the US president left.");
        assertTrue(a.contains(new Seen("Donald Trump", "PERSON", "the US president")), a::toString);
        assertTrue(a.contains(new Seen("Mark Carney", "PERSON", "Prime Minister Mark Carney")), a::toString);
    }

    @Test
    void aDescriptorThatResolvesToNoOneIsSkipped() {
        assertEquals(List.of(), actors("The prime minister said nothing."));
        // Trump is known as a president, but not as Ukrainian: the Ukrainian leader stays unresolved.
        List<Seen> a = actors("Mr Zelensky met President Trump. The Ukrainian leader then flew home.");
        assertTrue(a.stream().noneMatch(s -> s.words().equals("The Ukrainian leader")), a::toString);
    }

    @Test
    void organisationsAndCapitalsOnlyAcronyms() {
        List<Seen> a = actors("The WHO and the Red Cross warned, and Hamas refused. Those who stayed were hit.");
        assertEquals(
                List.of(
                        new Seen("World Health Organization", "ORGANISATION", "WHO"),
                        new Seen("International Committee of the Red Cross", "ORGANISATION", "Red Cross"),
                        new Seen("Hamas", "ARMED_GROUP", "Hamas")),
                a);
    }

    @Test
    void statesAreActorsWhenTheyActNotWhereSomethingHappens() {
        List<Seen> a = actors("Russia launched drones at Ukraine. He made a stop in Canada. Moscow denied it.");
        assertEquals(
                List.of(
                        new Seen("Russia", "STATE", "Russia"),
                        new Seen("Ukraine", "STATE", "Ukraine"),
                        new Seen("Russia", "STATE", "Moscow")),
                a);
    }

    @Test
    void nameParticlesStayInTheName() {
        assertEquals(
                List.of(new Seen("Pieter van Aalst", "PERSON", "Secretary-General Pieter van Aalst")),
                actors("NATO's new Secretary-General Pieter van Aalst arrived.").stream()
                        .filter(s -> s.kind().equals("PERSON"))
                        .toList());
    }

    @Test
    void aCountryBeforeAPersonsTitleIsNoActorButItsArmyIs() {
        List<Seen> a = actors("US Secretary of State Daniel Whitfield said the U.S. military would stay.");
        assertEquals(
                List.of(
                        new Seen("Daniel Whitfield", "PERSON", "US Secretary of State Daniel Whitfield"),
                        new Seen("United States", "STATE", "U.S.")),
                a);
    }

    @Test
    void theKremlinIsTheGovernment() {
        assertEquals(
                List.of(new Seen("Kremlin", "GOVERNMENT", "Kremlin")), actors("The Kremlin said talks would go on."));
    }
}
