package org.eventdesk.domain.record;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A record as an editor or a script hands it in: every field optional and unchecked. {@link EventRecord}
 * checks all of it at once and names each bad field by its path ({@code figures[1].high}); nothing is stored
 * half. Evidence is given as spans of sources; the quotes are taken from the sources, never from here.
 */
public record RecordInput(
        String type,
        String title,
        String summary,
        List<EvidenceRef> summaryEvidence,
        TimeInput time,
        List<PlaceInput> places,
        List<ActorInput> actors,
        List<FigureInput> figures,
        List<ClaimInput> claims,
        List<LinkInput> links,
        List<String> tags,
        Occurrence occurrence,
        Verification verification) {

    public RecordInput {
        summaryEvidence = orEmpty(summaryEvidence);
        places = orEmpty(places);
        actors = orEmpty(actors);
        figures = orEmpty(figures);
        claims = orEmpty(claims);
        links = orEmpty(links);
        tags = orEmpty(tags);
    }

    /** A span {@code [start, end)} of a source's cleaned text. */
    public record EvidenceRef(Long sourceId, Integer start, Integer end) {}

    /**
     * @param start when it began, with the offset the report's zone had then
     * @param zone the zone the report gave its times in (e.g. {@code Europe/Kyiv}); defaults to start's offset
     */
    public record TimeInput(
            OffsetDateTime start,
            OffsetDateTime end,
            TimePrecision precision,
            String zone,
            List<EvidenceRef> evidence) {
        public TimeInput {
            evidence = orEmpty(evidence);
        }
    }

    /**
     * @param alias another name for the place (the gazetteer's "Mykolayiv" for the report's "Mykolaiv"), or null
     * @param country ISO 3166-1 alpha-2
     * @param admin1 first-level administrative area (oblast, state)
     * @param admin2 second-level area (district)
     */
    public record PlaceInput(
            String name,
            String alias,
            String country,
            String admin1,
            String admin2,
            Double lat,
            Double lon,
            GeoPrecision precision,
            Verification verification,
            List<EvidenceRef> evidence) {
        public PlaceInput {
            evidence = orEmpty(evidence);
        }

        /** A place without an alias. */
        public PlaceInput(
                String name,
                String country,
                String admin1,
                String admin2,
                Double lat,
                Double lon,
                GeoPrecision precision,
                Verification verification,
                List<EvidenceRef> evidence) {
            this(name, null, country, admin1, admin2, lat, lon, precision, verification, evidence);
        }
    }

    public record ActorInput(
            String name, ActorKind kind, ActorRole role, Verification verification, List<EvidenceRef> evidence) {
        public ActorInput {
            evidence = orEmpty(evidence);
        }
    }

    /**
     * @param parent index of the figure this one is part of ("of which"), in the same list
     * @param attribution who gives the figure ("authorities", "the regional governor")
     */
    public record FigureInput(
            String category,
            Amount amount,
            Integer parent,
            OffsetDateTime asOf,
            String attribution,
            Verification verification,
            List<EvidenceRef> evidence) {
        public FigureInput {
            evidence = orEmpty(evidence);
        }
    }

    /**
     * @param text the words as quoted, or a paraphrase of them
     * @param medium where they were said ("post on X", "interview with Axios")
     */
    public record ClaimInput(
            String speaker,
            String text,
            ClaimForm form,
            String medium,
            OffsetDateTime time,
            Verification verification,
            List<EvidenceRef> evidence) {
        public ClaimInput {
            evidence = orEmpty(evidence);
        }
    }

    public record LinkInput(LinkRelation relation, Long recordId) {}

    /** One fact of an input by its list and its index there: what an editor ticks off a proposed draft. */
    public record FactAt(FactList list, int index) {}

    /** The lists of facts an input holds. */
    public enum FactList {
        PLACES,
        ACTORS,
        FIGURES,
        CLAIMS
    }

    /**
     * This input without the given facts (an editor pruning a proposed draft). The figures' "part of" indexes
     * follow the figures that stay; a figure whose whole is dropped stands alone, since the number it reports is
     * still what the source says.
     */
    public RecordInput without(java.util.Set<FactAt> dropped) {
        java.util.function.IntPredicate keptFigure = i -> !dropped.contains(new FactAt(FactList.FIGURES, i));
        int[] newIndex = new int[figures.size()];
        int next = 0;
        for (int i = 0; i < figures.size(); i++) {
            newIndex[i] = keptFigure.test(i) ? next++ : -1;
        }
        List<FigureInput> keptFigures = new java.util.ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            if (!keptFigure.test(i)) {
                continue;
            }
            FigureInput f = figures.get(i);
            Integer parent = f.parent();
            // An index outside the list is left as given, for the record's rules to refuse with its path.
            if (parent != null && parent >= 0 && parent < figures.size()) {
                parent = newIndex[parent] < 0 ? null : newIndex[parent];
            }
            keptFigures.add(new FigureInput(
                    f.category(), f.amount(), parent, f.asOf(), f.attribution(), f.verification(), f.evidence()));
        }
        return new RecordInput(
                type,
                title,
                summary,
                summaryEvidence,
                time,
                kept(places, FactList.PLACES, dropped),
                kept(actors, FactList.ACTORS, dropped),
                keptFigures,
                kept(claims, FactList.CLAIMS, dropped),
                links,
                tags,
                occurrence,
                verification);
    }

    private static <T> List<T> kept(List<T> facts, FactList list, java.util.Set<FactAt> dropped) {
        List<T> out = new java.util.ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            if (!dropped.contains(new FactAt(list, i))) {
                out.add(facts.get(i));
            }
        }
        return out;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().toList();
    }
}
