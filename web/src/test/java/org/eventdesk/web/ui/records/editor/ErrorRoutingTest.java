package org.eventdesk.web.ui.records.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eventdesk.application.taxonomy.TaxonomyEntry;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.Wording;
import org.junit.jupiter.api.Test;

/**
 * The server answers a refused save with field paths; each message must land on the field the path names, in the
 * real form (record fields, tags, a fact's field, a fact's evidence), and what names nothing in the form must be
 * listed rather than lost.
 */
class ErrorRoutingTest {
    private static final Set<String> RECORD_FIELDS = Set.of("title", "type", "summary", "time.start", "time.zone");

    @Test
    void aPathNamesARecordFieldTheTagsOrAFactsField() {
        assertEquals(new ErrorRouting.RecordField("title"), ErrorRouting.destination("title", RECORD_FIELDS));
        assertEquals(new ErrorRouting.RecordField("time.zone"), ErrorRouting.destination("time.zone", RECORD_FIELDS));
        assertEquals(new ErrorRouting.Tags(), ErrorRouting.destination("tags[2]", RECORD_FIELDS));
        assertEquals(
                new ErrorRouting.Fact(FactLists.Kind.FIGURES, 1, "high"),
                ErrorRouting.destination("figures[1].high", RECORD_FIELDS));
        assertEquals(
                new ErrorRouting.Fact(FactLists.Kind.PLACES, 0, "evidence[2].end"),
                ErrorRouting.destination("places[0].evidence[2].end", RECORD_FIELDS));
        assertEquals(
                new ErrorRouting.Fact(FactLists.Kind.LINKS, 3, ""),
                ErrorRouting.destination("links[3]", RECORD_FIELDS));
        assertEquals(
                new ErrorRouting.Fact(FactLists.Kind.CLAIMS, 12, "speaker"),
                ErrorRouting.destination("claims[12].speaker", RECORD_FIELDS));
    }

    @Test
    void aPathTheFormHasNoFieldForGoesNowhere() {
        for (String path : List.of(
                "sources",
                "time",
                "figures",
                "figures.high",
                "figures[x].high",
                "events[0].name",
                "figures[99999999999]")) {
            assertEquals(new ErrorRouting.Nowhere(), ErrorRouting.destination(path, RECORD_FIELDS), path);
        }
    }

    @Test
    void eachMessageIsShownOnTheFieldItNamesAndTheRestIsListed() {
        SourcePanel panel = new SourcePanel(null, null);
        BasicsForm basics = new BasicsForm(List::of, panel, () -> {});
        // No link is added here, so the catalog a link searches is never asked; no map is opened, so no tiles either.
        FactLists facts = new FactLists(
                List.of(new TaxonomyEntry("KILLED", "Killed", null, null, 1, true)),
                panel,
                null,
                null,
                () -> null,
                () -> {});
        facts.addPlace(null);
        facts.addFigure(null);
        facts.addFigure(null);
        ErrorRouting routing = new ErrorRouting(basics, facts);

        List<String> unplaced = routing.show(List.of(
                new FieldError("title", Wording.untranslated("A record needs a title")),
                new FieldError("time.zone", Wording.untranslated("Unknown zone Mars/Olympus")),
                new FieldError("tags[1]", Wording.untranslated("is longer than 40 characters")),
                new FieldError("places[0].name", Wording.untranslated("Name the place")),
                new FieldError("places[0].evidence[0]", Wording.untranslated("The span ends before it starts")),
                new FieldError("figures[1].high", Wording.untranslated("The range ends below its start")),
                new FieldError("figures[2].value", Wording.untranslated("There is no third figure")),
                new FieldError("sources", Wording.untranslated("Cite at least one source"))));

        assertShows(basics.fieldsByPath().get("title"), "A record needs a title");
        assertShows(basics.fieldsByPath().get("time.zone"), "Unknown zone Mars/Olympus");
        assertShows(basics.tags(), "tags[1]: is longer than 40 characters");
        assertFalse(basics.fieldsByPath().get("summary").isInvalid(), "an unnamed field stays valid");

        Component place = (Component) cards(panel, facts).get(0);
        assertShows(field(place, "place-name"), "Name the place");
        assertTrue(
                texts(place).anyMatch(t -> t.contains("evidence[0]: The span ends before it starts")),
                "the evidence error is listed on its fact");

        Component secondFigure = (Component) cards(panel, facts).get(2);
        assertShows(field(secondFigure, "figure-high"), "The range ends below its start");
        Component firstFigure = (Component) cards(panel, facts).get(1);
        assertFalse(field(firstFigure, "figure-high").isInvalid(), "the other figure's field stays valid");

        assertEquals(
                List.of("figures[2].value: There is no third figure", "sources: Cite at least one source"), unplaced);
    }

    private static void assertShows(HasValidation field, String message) {
        assertTrue(field.isInvalid(), message);
        assertEquals(message, field.getErrorMessage());
    }

    /** The cards in the order the form shows them: places, then figures. */
    private static List<?> cards(SourcePanel panel, FactLists facts) {
        return facts.sections().stream()
                .flatMap(ErrorRoutingTest::descendants)
                .filter(c -> c instanceof FactCard<?>)
                .toList();
    }

    private static HasValidation field(Component card, String className) {
        return descendants(card)
                .filter(c -> c.getElement().getClassList().contains(className))
                .map(HasValidation.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no field ." + className));
    }

    private static Stream<String> texts(Component card) {
        return descendants(card).filter(Span.class::isInstance).map(c -> ((Span) c).getText());
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ErrorRoutingTest::descendants));
    }
}
