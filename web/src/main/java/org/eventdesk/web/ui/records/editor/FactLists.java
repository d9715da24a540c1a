package org.eventdesk.web.ui.records.editor;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.application.taxonomy.TaxonomyEntry;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.web.ui.map.MapTiles;

/**
 * The record's facts being edited: places, actors, figures, claims and links, each a list of cards under its
 * heading with an "Add" button, in the order the record holds them (the server's errors name them by position).
 */
final class FactLists {
    /** The lists as the server's field paths name them ({@code figures[1].high}). */
    enum Kind {
        PLACES("places"),
        ACTORS("actors"),
        FIGURES("figures"),
        CLAIMS("claims"),
        LINKS("links");

        final String path;

        Kind(String path) {
            this.path = path;
        }
    }

    private final List<TaxonomyEntry> categories;
    private final SourcePanel panel;
    private final RecordCatalog catalog;
    private final Supplier<Long> recordId;
    private final Runnable onChange;

    private final VerticalLayout placeList = cardList();
    private final VerticalLayout actorList = cardList();
    private final VerticalLayout figureList = cardList();
    private final VerticalLayout claimList = cardList();
    private final VerticalLayout linkList = cardList();
    private final List<PlaceCard> places = new ArrayList<>();
    private final List<ActorCard> actors = new ArrayList<>();
    private final List<FigureCard> figures = new ArrayList<>();
    private final List<ClaimCard> claims = new ArrayList<>();
    private final List<LinkRow> links = new ArrayList<>();
    private final List<Component> sections;
    private final MapTiles tiles;

    /**
     * @param categories the figure categories, inactive ones included (a figure that holds one keeps it)
     * @param catalog where a link finds the record it points at, by title
     * @param tiles what the places' maps start from
     * @param recordId the record being edited, absent while it is new (a link never points at itself)
     */
    FactLists(
            List<TaxonomyEntry> categories,
            SourcePanel panel,
            RecordCatalog catalog,
            MapTiles tiles,
            Supplier<Long> recordId,
            Runnable onChange) {
        this.tiles = tiles;
        this.categories = categories;
        this.panel = panel;
        this.catalog = catalog;
        this.recordId = recordId;
        this.onChange = onChange;
        this.sections = buildSections();
    }

    /** The five sections, in the order the form shows them. */
    List<Component> sections() {
        return sections;
    }

    private List<Component> buildSections() {
        return List.of(
                section(t("editor.facts.places"), "add-place", placeList, () -> addPlace(null)),
                section(t("editor.facts.actors"), "add-actor", actorList, () -> addActor(null)),
                section(t("editor.facts.figures"), "add-figure", figureList, () -> addFigure(null)),
                section(t("editor.facts.claims"), "add-claim", claimList, () -> addClaim(null)),
                section(t("editor.facts.links"), "add-link", linkList, () -> addLink(null)));
    }

    private static VerticalLayout cardList() {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        return list;
    }

    private Component section(String heading, String addId, VerticalLayout list, Runnable add) {
        Button addButton = new Button(t("editor.facts.add"), VaadinIcon.PLUS.create(), e -> {
            add.run();
            onChange.run();
        });
        addButton.setId(addId);
        addButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout head = new HorizontalLayout(new H3(heading), addButton);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(head, list);
        section.setPadding(false);
        return section;
    }

    // ---- filling ------------------------------------------------------------------------------------

    void clear() {
        places.clear();
        actors.clear();
        figures.clear();
        claims.clear();
        links.clear();
        placeList.removeAll();
        actorList.removeAll();
        figureList.removeAll();
        claimList.removeAll();
        linkList.removeAll();
    }

    /** The record's facts, figures linked to the figures they are part of. */
    void fill(RecordView record) {
        record.places().forEach(this::addPlace);
        record.actors().forEach(this::addActor);
        record.figures().forEach(this::addFigure);
        for (int i = 0; i < record.figures().size(); i++) {
            Integer parent = record.figures().get(i).parent();
            if (parent != null) {
                figures.get(i).linkParent(figures.get(parent));
            }
        }
        record.claims().forEach(this::addClaim);
        record.links().forEach(this::addLink);
    }

    void addPlace(RecordView.PlaceView loaded) {
        PlaceCard card = new PlaceCard(loaded, panel, tiles, onChange, c -> remove(c, places, placeList));
        places.add(card);
        placeList.add(card);
    }

    void addActor(RecordView.ActorView loaded) {
        ActorCard card = new ActorCard(loaded, panel, onChange, c -> remove(c, actors, actorList));
        actors.add(card);
        actorList.add(card);
    }

    FigureCard addFigure(RecordView.FigureView loaded) {
        FigureCard card = new FigureCard(loaded, categories, panel, () -> figures, onChange, c -> {
            remove(c, figures, figureList);
            figures.forEach(FigureCard::refreshParents);
        });
        figures.add(card);
        figureList.add(card);
        figures.forEach(FigureCard::refreshParents);
        return card;
    }

    /** Whether the card is still in the record (the editor may have removed it). */
    boolean holds(FigureCard card) {
        return figures.contains(card);
    }

    void addClaim(RecordView.ClaimView loaded) {
        ClaimCard card = new ClaimCard(loaded, panel, onChange, c -> remove(c, claims, claimList));
        claims.add(card);
        claimList.add(card);
    }

    void addLink(RecordView.LinkView loaded) {
        LinkRow row = new LinkRow(loaded, catalog, recordId.get(), onChange, r -> {
            links.remove(r);
            linkList.remove(r);
            onChange.run();
        });
        links.add(row);
        linkList.add(row);
    }

    private <C extends Component> void remove(Object card, List<C> cards, VerticalLayout list) {
        cards.remove(card);
        list.remove((Component) card);
        onChange.run();
    }

    // ---- reading ------------------------------------------------------------------------------------

    private List<FactCard<?>> cards() {
        List<FactCard<?>> cards = new ArrayList<>();
        cards.addAll(places);
        cards.addAll(actors);
        cards.addAll(figures);
        cards.addAll(claims);
        return cards;
    }

    /** Writes every card's fields into its bean if they are valid; every invalid field shows its message. */
    boolean commit() {
        boolean valid = true;
        for (FactCard<?> card : cards()) {
            valid &= card.commit();
        }
        return valid;
    }

    List<String> typedPlaceNames() {
        return places.stream().map(PlaceCard::typedName).toList();
    }

    List<RecordInput.PlaceInput> placeInputs() {
        return places.stream().map(PlaceCard::toInput).toList();
    }

    List<RecordInput.ActorInput> actorInputs() {
        return actors.stream().map(ActorCard::toInput).toList();
    }

    /** Figures name the figure they are part of by its position. */
    List<RecordInput.FigureInput> figureInputs() {
        Map<FigureCard, Integer> positions = new HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            positions.put(figures.get(i), i);
        }
        return figures.stream().map(f -> f.toInput(positions)).toList();
    }

    List<RecordInput.ClaimInput> claimInputs() {
        return claims.stream().map(ClaimCard::toInput).toList();
    }

    List<RecordInput.LinkInput> linkInputs() {
        return links.stream().map(LinkRow::toInput).toList();
    }

    Map<RecordInput.EvidenceRef, String> quotes() {
        Map<RecordInput.EvidenceRef, String> quotes = new HashMap<>();
        cards().forEach(card -> quotes.putAll(card.quotes()));
        return quotes;
    }

    /**
     * Shows a server error on the fact it names.
     *
     * @param field the path within the fact ({@code high}, {@code evidence[0]}); empty for the fact as a whole
     * @return false when the form holds no such fact
     */
    boolean showError(Kind kind, int index, String field, String message) {
        List<?> list =
                switch (kind) {
                    case PLACES -> places;
                    case ACTORS -> actors;
                    case FIGURES -> figures;
                    case CLAIMS -> claims;
                    case LINKS -> links;
                };
        if (index < 0 || index >= list.size()) {
            return false;
        }
        if (list.get(index) instanceof FactCard<?> card) {
            card.showError(field, message);
        } else {
            ((LinkRow) list.get(index)).showError(message);
        }
        return true;
    }
}
