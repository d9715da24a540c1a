package org.eventdesk.domain.record;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.Validation;
import org.eventdesk.domain.shared.Wording;
import org.eventdesk.domain.source.Source;

/**
 * The rules a record's content must keep before it can be saved, checked all at once so that every bad field is
 * named by its path ({@code figures[1].high}, {@code places[0].lat}). Evidence spans are resolved against
 * their sources on the way: a span outside a source's text, or a missing source, is one more field error.
 *
 * <p>These are the rules for saving at all. What a record needs before review (a place, a source, evidence on
 * every figure) is the workflow's business, not this class's.
 *
 * <p>The limits are the model's own (each entity states its columns' sizes, {@link EventRecord} the caps on how
 * many facts a record holds); a list over its cap is refused as a whole before any of its elements is looked at,
 * and every check is linear in the size of the input, so no body the API accepts can keep the server busy.
 */
final class RecordRules {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final RecordReferences references;
    private final Long selfId;
    private final CodesInUse inUse;
    private final List<FieldError> errors = new ArrayList<>();
    private final Map<Long, Optional<Source>> sources = new HashMap<>();

    private RecordRules(RecordReferences references, Long selfId, CodesInUse inUse) {
        this.references = references;
        this.selfId = selfId;
        this.inUse = inUse;
    }

    /**
     * The type and figure categories a record already carries. An admin's deactivating a code refuses it for new
     * use; the records that hold it can still be saved with it, or an edit would force a reclassification.
     */
    record CodesInUse(String type, Set<String> categories) {
        static final CodesInUse NONE = new CodesInUse(null, Set.of());
    }

    /** The content's evidence, resolved, in the shape of the input. */
    record Resolved(
            List<Evidence> summary,
            List<Evidence> time,
            List<List<Evidence>> places,
            List<List<Evidence>> actors,
            List<List<Evidence>> figures,
            List<List<Evidence>> claims) {}

    /**
     * @param selfId the record being changed, or {@code null} for a new one (a record cannot link to itself)
     * @param inUse the codes the record already carries, accepted even if deactivated since
     * @throws InvalidInputException naming every field that breaks a rule
     */
    static Resolved check(RecordInput input, RecordReferences references, Long selfId, CodesInUse inUse) {
        RecordRules rules = new RecordRules(references, selfId, inUse);
        Resolved resolved = rules.checkAll(input);
        if (!rules.errors.isEmpty()) {
            throw new InvalidInputException(rules.errors);
        }
        return resolved;
    }

    private void error(String field, Wording problem) {
        errors.add(new FieldError(field, problem));
    }

    /** The problem under {@code key} of the wording bundles ({@code record.}, {@code text.}), with its arguments. */
    private void error(String field, String key, Object... args) {
        error(field, Wording.of(key, args));
    }

    private Resolved checkAll(RecordInput input) {
        Wording typeProblem = Validation.textProblem(input.type(), EventType.MAX_CODE);
        if (typeProblem != null) {
            error("type", typeProblem);
        } else if (input.type() != null
                && !input.type().strip().equals(inUse.type())
                && !references.isEventType(input.type().strip())) {
            error("type", "record.type.notInTaxonomy", input.type());
        }
        text(input.title(), "title", EventRecord.MAX_TITLE, true);
        text(input.summary(), "summary", EventRecord.MAX_SUMMARY, false);
        checkTags(input.tags());
        List<Evidence> summary = evidence(input.summaryEvidence(), "summaryEvidence");
        List<Evidence> time = checkTime(input.time());

        List<List<Evidence>> places = new ArrayList<>();
        if (withinCap(input.places(), "places", EventRecord.MAX_PLACES, "record.cap.places")) {
            for (int i = 0; i < input.places().size(); i++) {
                places.add(checkPlace(input.places().get(i), "places[" + i + "]"));
            }
        }
        List<List<Evidence>> actors = new ArrayList<>();
        if (withinCap(input.actors(), "actors", EventRecord.MAX_ACTORS, "record.cap.actors")) {
            for (int i = 0; i < input.actors().size(); i++) {
                actors.add(checkActor(input.actors().get(i), "actors[" + i + "]"));
            }
        }
        List<List<Evidence>> figures = new ArrayList<>();
        if (withinCap(input.figures(), "figures", EventRecord.MAX_FIGURES, "record.cap.figures")) {
            Set<Integer> inCycles = FigureParents.inCycles(input.figures().stream()
                    .map(f -> f == null ? null : f.parent())
                    .toList());
            for (int i = 0; i < input.figures().size(); i++) {
                figures.add(checkFigure(input.figures(), i, inCycles.contains(i)));
            }
        }
        List<List<Evidence>> claims = new ArrayList<>();
        if (withinCap(input.claims(), "claims", EventRecord.MAX_CLAIMS, "record.cap.claims")) {
            for (int i = 0; i < input.claims().size(); i++) {
                claims.add(checkClaim(input.claims().get(i), "claims[" + i + "]"));
            }
        }
        if (withinCap(input.links(), "links", EventRecord.MAX_LINKS, "record.cap.links")) {
            checkLinks(input.links());
        }
        return new Resolved(summary, time, places, actors, figures, claims);
    }

    /**
     * A list over its cap is one error, and none of its elements is checked.
     *
     * @param what the key of what the list holds ({@code record.cap.places}: "places in one record")
     */
    private boolean withinCap(List<?> list, String field, int cap, String what) {
        if (list.size() > cap) {
            error(field, "record.cap.tooMany", list.size(), cap, Wording.of(what));
            return false;
        }
        return true;
    }

    private void text(String value, String field, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                error(field, "text.required");
            }
        } else {
            Wording problem = Validation.textProblem(value, max);
            if (problem != null) {
                error(field, problem);
            }
        }
    }

    private void checkTags(List<String> tags) {
        if (!withinCap(tags, "tags", EventRecord.MAX_TAGS, "record.cap.tags")) {
            return;
        }
        for (int i = 0; i < tags.size(); i++) {
            Wording problem = EventRecord.tagProblem(tags.get(i));
            if (problem != null) {
                error("tags[" + i + "]", problem);
            }
        }
    }

    private List<Evidence> checkTime(RecordInput.TimeInput time) {
        if (time == null) {
            return List.of();
        }
        if (time.start() == null) {
            if (time.end() != null || time.precision() != null) {
                error("time.start", "record.time.startRequired");
            }
        } else if (time.precision() == null) {
            error("time.precision", "record.time.precisionRequired");
        }
        if (time.start() != null && time.end() != null && time.end().isBefore(time.start())) {
            error("time.end", "record.time.endBeforeStart", String.valueOf(time.start()));
        }
        Wording zoneProblem = Validation.textProblem(time.zone(), EventRecord.MAX_ZONE);
        if (zoneProblem != null) {
            error("time.zone", zoneProblem);
        } else if (time.zone() != null && !time.zone().isBlank()) {
            try {
                ZoneId.of(time.zone().strip());
            } catch (DateTimeException e) {
                error("time.zone", "record.time.notAZone", time.zone());
            }
        }
        return evidence(time.evidence(), "time.evidence");
    }

    private List<Evidence> checkPlace(RecordInput.PlaceInput place, String path) {
        if (place == null) {
            error(path, "text.empty");
            return List.of();
        }
        text(place.name(), path + ".name", RecordPlace.MAX_NAME, true);
        if (place.country() != null
                && !COUNTRIES.contains(place.country().strip().toUpperCase(Locale.ROOT))) {
            error(path + ".country", "record.place.notACountry", place.country());
        }
        text(place.alias(), path + ".alias", RecordPlace.MAX_NAME, false);
        text(place.admin1(), path + ".admin1", RecordPlace.MAX_ADMIN_AREA, false);
        text(place.admin2(), path + ".admin2", RecordPlace.MAX_ADMIN_AREA, false);
        if (place.lat() != null
                && (place.lat() < -90 || place.lat() > 90 || place.lat().isNaN())) {
            error(path + ".lat", "record.place.latitudeRange");
        }
        if (place.lon() != null
                && (place.lon() < -180 || place.lon() > 180 || place.lon().isNaN())) {
            error(path + ".lon", "record.place.longitudeRange");
        }
        if ((place.lat() == null) != (place.lon() == null)) {
            error(path + (place.lat() == null ? ".lat" : ".lon"), "record.place.bothCoordinates");
        }
        if (place.lat() != null && place.precision() == null) {
            error(path + ".precision", "record.place.precisionRequired");
        }
        return evidence(place.evidence(), path + ".evidence");
    }

    private List<Evidence> checkActor(RecordInput.ActorInput actor, String path) {
        if (actor == null) {
            error(path, "text.empty");
            return List.of();
        }
        text(actor.name(), path + ".name", RecordActor.MAX_NAME, true);
        if (actor.kind() == null) {
            error(path + ".kind", "text.required");
        }
        if (actor.role() == null) {
            error(path + ".role", "text.required");
        }
        return evidence(actor.evidence(), path + ".evidence");
    }

    private List<Evidence> checkFigure(List<RecordInput.FigureInput> figures, int index, boolean inCycle) {
        String path = "figures[" + index + "]";
        RecordInput.FigureInput figure = figures.get(index);
        if (figure == null) {
            error(path, "text.empty");
            return List.of();
        }
        Wording categoryProblem = Validation.textProblem(figure.category(), FigureCategory.MAX_CODE);
        if (figure.category() == null || figure.category().isBlank()) {
            error(path + ".category", "text.required");
        } else if (categoryProblem != null) {
            error(path + ".category", categoryProblem);
        } else if (!inUse.categories().contains(figure.category().strip())
                && !references.isFigureCategory(figure.category().strip())) {
            error(path + ".category", "record.figure.notACategory", figure.category());
        }
        checkValue(figure.amount(), path);
        checkParent(figures, index, path, inCycle);
        text(figure.attribution(), path + ".attribution", Figure.MAX_ATTRIBUTION, false);
        return evidence(figure.evidence(), path + ".evidence");
    }

    private void checkValue(Amount amount, String path) {
        Amount f = amount == null ? new Amount(null, null, null, null, null, null) : amount;
        if (f.qualifier() == null) {
            error(path + ".qualifier", "record.figure.qualifierRequired");
            return;
        }
        for (var part : Map.of(
                        "value",
                        opt(f.value()),
                        "low",
                        opt(f.low()),
                        "high",
                        opt(f.high()),
                        "numerator",
                        opt(f.numerator()),
                        "denominator",
                        opt(f.denominator()))
                .entrySet()) {
            if (part.getValue().isPresent()) {
                Wording problem = FigureValue.numberProblem(part.getValue().get());
                if (problem != null) {
                    error(path + "." + part.getKey(), problem);
                }
            }
        }
        switch (f.qualifier()) {
            case RANGE -> {
                if (f.low() == null || f.high() == null) {
                    error(path + (f.low() == null ? ".low" : ".high"), "record.figure.rangeNeedsBoth");
                } else if (f.low().compareTo(f.high()) > 0) {
                    error(
                            path + ".low",
                            "record.figure.lowAboveHigh",
                            f.low().toPlainString(),
                            f.high().toPlainString());
                }
                absent(f.value(), path + ".value", "record.figure.rangeHasNoValue");
                absent(f.numerator(), path + ".numerator", "record.figure.rangeHasNoNumerator");
                absent(f.denominator(), path + ".denominator", "record.figure.rangeHasNoDenominator");
            }
            case FRACTION -> {
                if (f.denominator() == null) {
                    error(path + ".denominator", "record.figure.fractionNeedsDenominator");
                } else if (f.denominator().signum() == 0) {
                    error(path + ".denominator", "record.figure.zeroDenominator");
                }
                if (f.numerator() == null) {
                    error(path + ".numerator", "record.figure.fractionNeedsNumerator");
                } else if (f.denominator() != null && f.numerator().compareTo(f.denominator()) > 0) {
                    error(path + ".numerator", "record.figure.numeratorAboveDenominator");
                }
                absent(f.value(), path + ".value", "record.figure.fractionHasNoValue");
                absent(f.low(), path + ".low", "record.figure.fractionHasNoLow");
                absent(f.high(), path + ".high", "record.figure.fractionHasNoHigh");
            }
            default -> {
                // The qualifier is named by its API code in both languages.
                String qualifier = f.qualifier().name();
                if (f.value() == null) {
                    error(path + ".value", "record.figure.valueRequired", qualifier);
                }
                absent(f.low(), path + ".low", "record.figure.valueNotRange", qualifier);
                absent(f.high(), path + ".high", "record.figure.valueNotRange", qualifier);
                absent(f.numerator(), path + ".numerator", "record.figure.valueNotFraction", qualifier);
                absent(f.denominator(), path + ".denominator", "record.figure.valueNotFraction", qualifier);
            }
        }
    }

    private static Optional<BigDecimal> opt(BigDecimal number) {
        return Optional.ofNullable(number);
    }

    private void absent(Object value, String field, String key, Object... args) {
        if (value != null) {
            error(field, key, args);
        }
    }

    /**
     * "Of which" figures: the parent exists, no cycles, and a part never exceeds an exact whole.
     *
     * @param inCycle whether following parents from this figure runs into a cycle ({@link FigureParents})
     */
    private void checkParent(List<RecordInput.FigureInput> figures, int index, String path, boolean inCycle) {
        Integer parent = figures.get(index).parent();
        if (parent == null) {
            return;
        }
        if (parent < 0 || parent >= figures.size() || figures.get(parent) == null) {
            error(path + ".parent", "record.figure.parentNotAFigure", figures.size() - 1);
            return;
        }
        if (inCycle) {
            error(path + ".parent", "record.figure.parentIsItself");
            return;
        }
        Amount whole = figures.get(parent).amount();
        Amount part = figures.get(index).amount();
        if (whole == null || part == null) {
            return; // the missing amount is already named
        }
        if (whole.qualifier() == Qualifier.EXACT && whole.value() != null && part.qualifier() != null) {
            BigDecimal partLeast =
                    switch (part.qualifier()) {
                        case EXACT, AT_LEAST, MORE_THAN, APPROXIMATE -> part.value();
                        case RANGE -> part.low();
                        default -> null;
                    };
            if (partLeast != null && partLeast.compareTo(whole.value()) > 0) {
                error(
                        path + ".value",
                        "record.figure.partAboveWhole",
                        partLeast.toPlainString(),
                        whole.value().toPlainString());
            }
        }
    }

    private List<Evidence> checkClaim(RecordInput.ClaimInput claim, String path) {
        if (claim == null) {
            error(path, "text.empty");
            return List.of();
        }
        text(claim.speaker(), path + ".speaker", Claim.MAX_SPEAKER, true);
        text(claim.text(), path + ".text", Claim.MAX_TEXT, true);
        text(claim.medium(), path + ".medium", Claim.MAX_MEDIUM, false);
        return evidence(claim.evidence(), path + ".evidence");
    }

    private void checkLinks(List<RecordInput.LinkInput> links) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < links.size(); i++) {
            RecordInput.LinkInput link = links.get(i);
            String path = "links[" + i + "]";
            if (link == null) {
                error(path, "text.empty");
                continue;
            }
            if (link.relation() == null) {
                error(path + ".relation", "record.link.relationRequired");
            }
            if (link.recordId() == null) {
                error(path + ".recordId", "text.required");
            } else if (link.recordId().equals(selfId)) {
                error(path + ".recordId", "record.link.toItself");
            } else if (!references.recordExists(link.recordId())) {
                error(path + ".recordId", "record.link.noSuchRecord", link.recordId());
            } else if (!seen.add(link.relation() + "/" + link.recordId())) {
                error(path, "record.link.twice");
            }
        }
    }

    private List<Evidence> evidence(List<RecordInput.EvidenceRef> refs, String path) {
        if (!withinCap(refs, path, EventRecord.MAX_EVIDENCE, "record.cap.evidence")) {
            return List.of();
        }
        List<Evidence> resolved = new ArrayList<>();
        Set<Evidence> seen = new HashSet<>();
        for (int i = 0; i < refs.size(); i++) {
            RecordInput.EvidenceRef ref = refs.get(i);
            String at = path + "[" + i + "]";
            if (ref == null || ref.sourceId() == null || ref.start() == null || ref.end() == null) {
                error(at, "record.evidence.incomplete");
                continue;
            }
            Optional<Source> source = sources.computeIfAbsent(ref.sourceId(), references::source);
            if (source.isEmpty()) {
                error(at + ".sourceId", "record.evidence.noSuchSource", ref.sourceId());
                continue;
            }
            Optional<Evidence> evidence = Evidence.of(source.get(), ref.start(), ref.end());
            if (evidence.isEmpty()) {
                int length = source.get().getCleanedText().length();
                error(
                        at,
                        ref.start() >= 0 && ref.end() > ref.start() && ref.end() - ref.start() > Evidence.MAX_QUOTE
                                ? Wording.of("record.evidence.quoteTooLong", Evidence.MAX_QUOTE)
                                : Wording.of(
                                        "record.evidence.notASpan", ref.start(), ref.end(), ref.sourceId(), length));
                continue;
            }
            if (seen.add(evidence.get())) {
                resolved.add(evidence.get());
            }
        }
        return resolved;
    }
}
