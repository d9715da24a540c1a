package org.eventdesk.domain.interchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.GeoPrecision;
import org.eventdesk.domain.record.TimePrecision;

/**
 * ACLED's CSV: its column names in its order, and how a desk record maps onto them. One row per record, placed
 * at its first place (ACLED codes one location per event; the other places of a multi-place record are named in
 * {@code notes}). The mappings, column by column:
 *
 * <ul>
 *   <li>{@code event_id_cnty}: the ISO alpha-3 code of the first place's country and the record's id ("UKR42");
 *       "XXX" when the record names no country.
 *   <li>{@code event_date}, {@code year}: the start's date in the event's own zone, ISO ({@code 2025-12-27}).
 *   <li>{@code time_precision}: 1 for a day or finer, 2 for a week, 3 for a month.
 *   <li>{@code disorder_type}, {@code event_type}, {@code sub_event_type}: ACLED's names for the desk's ACLED
 *       codes ({@link #EVENT_TYPES}, {@link #SUB_EVENT_TYPES}); a sub-type an admin added gets its own label; the
 *       desk's news types (meeting, statement, …) are "Strategic developments" / "Other", with the desk's type in
 *       {@code tags} ("desk_type=MEETING").
 *   <li>{@code actor1}/{@code assoc_actor_1}: the first initiator (else the first actor that is not a target) and
 *       the other initiators; {@code actor2}/{@code assoc_actor_2}: the first target (else the next actor) and the
 *       other targets; joined with "; ".
 *   <li>{@code inter1}, {@code inter2}: 1 state forces (kind state or government), 2 rebel groups (armed group),
 *       5 rioters / 6 protesters / 7 civilians (kind civilians, by the event type), 8 other (organisation,
 *       person), 0 no actor; {@code interaction}: the two codes, smaller first ("17"; "10" with one actor).
 *   <li>{@code civilian_targeting}: "Civilian targeting" when a target is civilians.
 *   <li>{@code iso}, {@code region}, {@code country}: ISO numeric code, ACLED's region, English name
 *       ({@link Countries}); {@code admin1}, {@code admin2}, {@code location}: the place; {@code admin3} empty.
 *   <li>{@code latitude}, {@code longitude}: four decimals; {@code geo_precision}: 1 exact, 2 near, 3 region or
 *       country.
 *   <li>{@code source}: the outlets quoted, "; "-joined; {@code source_scale}: empty (the desk does not classify
 *       outlets by scale).
 *   <li>{@code notes}: the summary (else the title), then "Also at: …" for further places.
 *   <li>{@code fatalities}: the most conservative killed figure ({@link ConservativeCount}), 0 when none.
 *   <li>{@code tags}: the record's tags, "; "-joined. {@code timestamp}: Unix seconds of the last publication.
 * </ul>
 */
public final class AcledFormat {
    public static final List<String> COLUMNS = List.of(
            "event_id_cnty",
            "event_date",
            "year",
            "time_precision",
            "disorder_type",
            "event_type",
            "sub_event_type",
            "actor1",
            "assoc_actor_1",
            "inter1",
            "actor2",
            "assoc_actor_2",
            "inter2",
            "interaction",
            "civilian_targeting",
            "iso",
            "region",
            "country",
            "admin1",
            "admin2",
            "admin3",
            "location",
            "latitude",
            "longitude",
            "geo_precision",
            "source",
            "source_scale",
            "notes",
            "fatalities",
            "tags",
            "timestamp");

    /** The desk's top-level ACLED codes and ACLED's event types. */
    public static final Map<String, String> EVENT_TYPES = Map.of(
            "BATTLES", "Battles",
            "EXPLOSIONS_REMOTE_VIOLENCE", "Explosions/Remote violence",
            "VIOLENCE_AGAINST_CIVILIANS", "Violence against civilians",
            "PROTESTS", "Protests",
            "RIOTS", "Riots",
            "STRATEGIC_DEVELOPMENTS", "Strategic developments");

    /** The desk's ACLED sub-type codes and ACLED's sub-event types. */
    public static final Map<String, String> SUB_EVENT_TYPES = Map.ofEntries(
            Map.entry("BATTLES.ARMED_CLASH", "Armed clash"),
            Map.entry("BATTLES.GOVERNMENT_REGAINS_TERRITORY", "Government regains territory"),
            Map.entry("BATTLES.NON_STATE_ACTOR_OVERTAKES_TERRITORY", "Non-state actor overtakes territory"),
            Map.entry("EXPLOSIONS_REMOTE_VIOLENCE.CHEMICAL_WEAPON", "Chemical weapon"),
            Map.entry("EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE", "Air/drone strike"),
            Map.entry("EXPLOSIONS_REMOTE_VIOLENCE.SUICIDE_BOMB", "Suicide bomb"),
            Map.entry(
                    "EXPLOSIONS_REMOTE_VIOLENCE.SHELLING_ARTILLERY_MISSILE_ATTACK",
                    "Shelling/artillery/missile attack"),
            Map.entry("EXPLOSIONS_REMOTE_VIOLENCE.REMOTE_EXPLOSIVE_LANDMINE_IED", "Remote explosive/landmine/IED"),
            Map.entry("EXPLOSIONS_REMOTE_VIOLENCE.GRENADE", "Grenade"),
            Map.entry("VIOLENCE_AGAINST_CIVILIANS.SEXUAL_VIOLENCE", "Sexual violence"),
            Map.entry("VIOLENCE_AGAINST_CIVILIANS.ATTACK", "Attack"),
            Map.entry("VIOLENCE_AGAINST_CIVILIANS.ABDUCTION_FORCED_DISAPPEARANCE", "Abduction/forced disappearance"),
            Map.entry("PROTESTS.PEACEFUL_PROTEST", "Peaceful protest"),
            Map.entry("PROTESTS.PROTEST_WITH_INTERVENTION", "Protest with intervention"),
            Map.entry("PROTESTS.EXCESSIVE_FORCE_AGAINST_PROTESTERS", "Excessive force against protesters"),
            Map.entry("RIOTS.VIOLENT_DEMONSTRATION", "Violent demonstration"),
            Map.entry("RIOTS.MOB_VIOLENCE", "Mob violence"),
            Map.entry("STRATEGIC_DEVELOPMENTS.AGREEMENT", "Agreement"),
            Map.entry("STRATEGIC_DEVELOPMENTS.ARRESTS", "Arrests"),
            Map.entry("STRATEGIC_DEVELOPMENTS.CHANGE_TO_GROUP_ACTIVITY", "Change to group/activity"),
            Map.entry("STRATEGIC_DEVELOPMENTS.DISRUPTED_WEAPONS_USE", "Disrupted weapons use"),
            Map.entry("STRATEGIC_DEVELOPMENTS.HEADQUARTERS_OR_BASE_ESTABLISHED", "Headquarters or base established"),
            Map.entry("STRATEGIC_DEVELOPMENTS.LOOTING_PROPERTY_DESTRUCTION", "Looting/property destruction"),
            Map.entry("STRATEGIC_DEVELOPMENTS.NON_VIOLENT_TRANSFER_OF_TERRITORY", "Non-violent transfer of territory"),
            Map.entry("STRATEGIC_DEVELOPMENTS.OTHER", "Other"));

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private AcledFormat() {}

    /** The record as one ACLED row, values in {@link #COLUMNS}' order. Only published (not retracted) records. */
    public static List<String> row(PublicRecord r) {
        String top = r.type() == null ? null : r.type().topLevelCode();
        Optional<PublicRecord.Place> place = r.places().stream().findFirst();
        Optional<Countries.Country> country = place.flatMap(p -> Countries.of(p.country()));
        Actors actors = actors(r.actors());
        int inter1 = actors.first().map(a -> inter(a.kind(), top)).orElse(0);
        int inter2 = actors.second().map(a -> inter(a.kind(), top)).orElse(0);
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(country.map(Countries.Country::alpha3).orElse("XXX") + r.id());
        row.add(r.time() == null ? "" : DATE.format(r.time().start()));
        row.add(r.time() == null ? "" : Integer.toString(r.time().start().getYear()));
        row.add(r.time() == null ? "" : Integer.toString(timePrecision(r.time().precision())));
        row.add(disorderType(r.type()));
        row.add(eventType(r.type()));
        row.add(subEventType(r.type()));
        row.add(actors.first().map(PublicRecord.Actor::name).orElse(""));
        row.add(names(actors.firstAssociates()));
        row.add(Integer.toString(inter1));
        row.add(actors.second().map(PublicRecord.Actor::name).orElse(""));
        row.add(names(actors.secondAssociates()));
        row.add(Integer.toString(inter2));
        row.add(interaction(inter1, inter2));
        row.add(
                r.actors().stream().anyMatch(a -> a.role() == ActorRole.TARGET && a.kind() == ActorKind.CIVILIANS)
                        ? "Civilian targeting"
                        : "");
        row.add(country.map(c -> Integer.toString(c.numeric())).orElse(""));
        row.add(country.map(Countries.Country::acledRegion).orElse(""));
        row.add(country.map(Countries.Country::name).orElse(""));
        row.add(place.map(p -> nullToEmpty(p.admin1())).orElse(""));
        row.add(place.map(p -> nullToEmpty(p.admin2())).orElse(""));
        row.add("");
        row.add(place.map(PublicRecord.Place::name).orElse(""));
        row.add(place.filter(PublicRecord.Place::hasCoordinates)
                .map(p -> degrees(p.lat()))
                .orElse(""));
        row.add(place.filter(PublicRecord.Place::hasCoordinates)
                .map(p -> degrees(p.lon()))
                .orElse(""));
        row.add(place.map(p -> Integer.toString(geoPrecision(p.precision()))).orElse(""));
        row.add(r.sources().stream().map(PublicRecord.Source::outlet).distinct().collect(Collectors.joining("; ")));
        row.add("");
        row.add(notes(r));
        row.add(Long.toString(ConservativeCount.of(r.figures(), "KILLED").orElse(0L)));
        row.add(tags(r, top));
        row.add(Long.toString(r.lastChangedAt().getEpochSecond()));
        return row;
    }

    public static int timePrecision(TimePrecision precision) {
        if (precision == null) {
            return 1;
        }
        return switch (precision) {
            case MINUTE, HOUR, PART_OF_DAY, DAY -> 1;
            case WEEK -> 2;
            case MONTH -> 3;
        };
    }

    public static int geoPrecision(GeoPrecision precision) {
        if (precision == null) {
            return 3;
        }
        return switch (precision) {
            case EXACT -> 1;
            case NEAR -> 2;
            case REGION, COUNTRY -> 3;
        };
    }

    /** ACLED's actor type code for an actor of this kind in an event of this top-level type. */
    public static int inter(ActorKind kind, String topLevelType) {
        return switch (kind) {
            case STATE, GOVERNMENT -> 1;
            case ARMED_GROUP -> 2;
            case CIVILIANS -> "PROTESTS".equals(topLevelType) ? 6 : "RIOTS".equals(topLevelType) ? 5 : 7;
            case ORGANISATION, PERSON -> 8;
        };
    }

    static String disorderType(PublicRecord.Type type) {
        if (type == null) {
            return "";
        }
        if ("PROTESTS.EXCESSIVE_FORCE_AGAINST_PROTESTERS".equals(type.code())) {
            return "Political violence; Demonstrations";
        }
        return switch (type.topLevelCode()) {
            case "BATTLES", "EXPLOSIONS_REMOTE_VIOLENCE", "VIOLENCE_AGAINST_CIVILIANS" -> "Political violence";
            case "PROTESTS" -> "Demonstrations";
            case "RIOTS" -> "RIOTS.MOB_VIOLENCE".equals(type.code()) ? "Political violence" : "Demonstrations";
            default -> "Strategic developments";
        };
    }

    static String eventType(PublicRecord.Type type) {
        return type == null ? "" : EVENT_TYPES.getOrDefault(type.topLevelCode(), "Strategic developments");
    }

    static String subEventType(PublicRecord.Type type) {
        if (type == null) {
            return "";
        }
        if (!EVENT_TYPES.containsKey(type.topLevelCode())) {
            return "Other";
        }
        return type.parentCode() == null ? "" : SUB_EVENT_TYPES.getOrDefault(type.code(), type.label());
    }

    private static String interaction(int inter1, int inter2) {
        if (inter1 == 0 && inter2 == 0) {
            return "";
        }
        if (inter1 == 0 || inter2 == 0) {
            return Integer.toString(Math.max(inter1, inter2) * 10);
        }
        return Integer.toString(Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2));
    }

    private record Actors(
            Optional<PublicRecord.Actor> first,
            List<PublicRecord.Actor> firstAssociates,
            Optional<PublicRecord.Actor> second,
            List<PublicRecord.Actor> secondAssociates) {}

    /** Actor 1 is who acted (initiators), actor 2 who it was done to (targets); others fill in where one is missing. */
    private static Actors actors(List<PublicRecord.Actor> all) {
        List<PublicRecord.Actor> initiators =
                all.stream().filter(a -> a.role() == ActorRole.INITIATOR).toList();
        List<PublicRecord.Actor> targets =
                all.stream().filter(a -> a.role() == ActorRole.TARGET).toList();
        List<PublicRecord.Actor> others = all.stream()
                .filter(a -> a.role() != ActorRole.INITIATOR && a.role() != ActorRole.TARGET)
                .toList();
        List<PublicRecord.Actor> side1 = new ArrayList<>(initiators);
        List<PublicRecord.Actor> side2 = new ArrayList<>(targets);
        List<PublicRecord.Actor> rest = new ArrayList<>(others);
        if (side1.isEmpty() && !rest.isEmpty()) {
            side1.add(rest.remove(0));
        }
        if (side2.isEmpty() && !rest.isEmpty()) {
            side2.add(rest.remove(0));
        }
        return new Actors(
                side1.stream().findFirst(),
                side1.size() > 1 ? side1.subList(1, side1.size()) : List.of(),
                side2.stream().findFirst(),
                side2.size() > 1 ? side2.subList(1, side2.size()) : List.of());
    }

    private static String names(List<PublicRecord.Actor> actors) {
        return actors.stream().map(PublicRecord.Actor::name).collect(Collectors.joining("; "));
    }

    private static String notes(PublicRecord r) {
        String notes = r.summary() == null ? r.title() : r.summary();
        if (r.places().size() > 1) {
            notes += " Also at: "
                    + r.places().stream().skip(1).map(PublicRecord.Place::name).collect(Collectors.joining("; "))
                    + ".";
        }
        return notes;
    }

    private static String tags(PublicRecord r, String top) {
        List<String> tags = new ArrayList<>(r.tags());
        if (r.type() != null && !EVENT_TYPES.containsKey(top)) {
            tags.add("desk_type=" + r.type().code());
        }
        return String.join("; ", tags);
    }

    private static String degrees(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
