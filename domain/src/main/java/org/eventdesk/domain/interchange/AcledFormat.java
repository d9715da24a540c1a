package org.eventdesk.domain.interchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.GeoPrecision;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.RecordActor;
import org.eventdesk.domain.record.RecordPlace;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.Validation;
import org.eventdesk.domain.shared.Wording;

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
 *
 * <p>Reading a row back ({@link #read}, the archive import) inverts the same mapping, so a file the desk exported
 * comes back as the records it was made from:
 *
 * <ul>
 *   <li>{@code event_id_cnty} is the record's external id (required): the same row imported twice adds nothing.
 *   <li>{@code event_date}: {@code 2024-05-26} or {@code 26 May 2024} (ACLED writes both), the day in UTC (ACLED
 *       gives no zone); {@code time_precision} 1 a day, 2 a week, 3 a month.
 *   <li>{@code event_type} and {@code sub_event_type}: ACLED's names back to the desk's codes; a
 *       {@code desk_type=…} tag restores a desk type the export filed under "Strategic developments".
 *   <li>{@code actor1} and {@code assoc_actor_1} initiators, {@code actor2} and {@code assoc_actor_2} targets; their
 *       kind from {@code inter1}/{@code inter2}: 1 state forces, 2–4 armed groups (rebels, militias), 5–7
 *       civilians (rioters, protesters, civilians), 8 an organisation (external or other forces).
 *   <li>{@code iso} (numeric) or {@code country} (English name) for the place's country; {@code location},
 *       {@code admin1}, {@code admin2}, {@code latitude}, {@code longitude} (any number of decimals, in range),
 *       {@code geo_precision} 1 exact, 2 near, 3 region.
 *   <li>{@code fatalities}: a killed figure "at least n", attributed to ACLED (its counts are conservative
 *       estimates); 0 adds no figure, as the export writes 0 for none.
 *   <li>{@code notes}: the summary; the title is the sub-event type at the location ("Peaceful protest in
 *       Kharkiv").
 *   <li>{@code source}: one source per outlet ("; "-separated), which every fact quotes.
 *   <li>{@code tags}: the record's tags ("; "-separated).
 * </ul>
 */
public final class AcledFormat {
    /** The name the archive's sources and figures are attributed to. */
    public static final String ARCHIVE = "ACLED";

    /** The columns an import cannot do without. */
    public static final List<String> REQUIRED_COLUMNS =
            List.of("event_id_cnty", "event_date", "event_type", "location", "source");

    public static final int MAX_EXTERNAL_ID = 64;

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

    /** ACLED's other way of writing a date: "26 May 2024" (also "26-May-2024" as spreadsheets save it). */
    private static final List<DateTimeFormatter> WORDED_DATES = List.of(
            new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern("d MMMM uuuu")
                    .toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern("d MMM uuuu")
                    .toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern("d-MMM-uuuu")
                    .toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT));

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

    // ---- reading a row back (the archive import) ----------------------------------------------------

    /** A row read: the record it describes, or everything wrong with it, each problem named by its column. */
    public record Reading(ArchiveRow row, List<FieldError> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** The columns of a file's header that the import needs and the file lacks. */
    public static List<String> missingColumns(java.util.Collection<String> header) {
        return REQUIRED_COLUMNS.stream().filter(c -> !header.contains(c)).toList();
    }

    /**
     * Reads one ACLED row, given by column name. Every problem is collected, so a report names all that is wrong
     * with the row at once.
     */
    public static Reading read(Map<String, String> row) {
        Validation check = new Validation();
        List<FieldError> problems = new ArrayList<>();
        String externalId = cell(row, "event_id_cnty");
        check.requireText(externalId, "event_id_cnty", MAX_EXTERNAL_ID);

        LocalDate date = null;
        String dateText = cell(row, "event_date");
        if (dateText == null) {
            problems.add(FieldError.of("event_date", "text.required"));
        } else {
            date = date(dateText);
            if (date == null) {
                problems.add(FieldError.of("event_date", "interchange.acled.date.invalid", dateText));
            }
        }
        org.eventdesk.domain.record.TimePrecision precision = org.eventdesk.domain.record.TimePrecision.DAY;
        String precisionText = cell(row, "time_precision");
        if (precisionText != null) {
            switch (precisionText) {
                case "1" -> precision = org.eventdesk.domain.record.TimePrecision.DAY;
                case "2" -> precision = org.eventdesk.domain.record.TimePrecision.WEEK;
                case "3" -> precision = org.eventdesk.domain.record.TimePrecision.MONTH;
                default ->
                    problems.add(
                            FieldError.of("time_precision", "interchange.acled.timePrecision.unknown", precisionText));
            }
        }

        List<String> tags = new ArrayList<>();
        String deskType = null;
        for (String tag : list(cell(row, "tags"))) {
            if (tag.startsWith("desk_type=")) {
                deskType = tag.substring("desk_type=".length()).strip();
            } else {
                Wording problem = EventRecord.tagProblem(tag);
                if (problem != null) {
                    problems.add(FieldError.of("tags", "text.quotedProblem", tag, problem));
                } else {
                    tags.add(tag);
                }
            }
        }
        String type = type(cell(row, "event_type"), cell(row, "sub_event_type"), deskType, problems);

        String location = cell(row, "location");
        check.requireText(location, "location", RecordPlace.MAX_NAME);
        check.optionalText(cell(row, "admin1"), "admin1", RecordPlace.MAX_ADMIN_AREA);
        check.optionalText(cell(row, "admin2"), "admin2", RecordPlace.MAX_ADMIN_AREA);
        String country = country(cell(row, "iso"), cell(row, "country"), problems);
        Double lat = coordinate(cell(row, "latitude"), "latitude", 90, problems);
        Double lon = coordinate(cell(row, "longitude"), "longitude", 180, problems);
        if ((lat == null) != (lon == null) && !hasProblem(problems, "latitude", "longitude")) {
            problems.add(
                    FieldError.of(lat == null ? "latitude" : "longitude", "interchange.acled.coordinate.otherMissing"));
        }
        GeoPrecision geo = GeoPrecision.REGION;
        String geoText = cell(row, "geo_precision");
        if (geoText != null) {
            switch (geoText) {
                case "1" -> geo = GeoPrecision.EXACT;
                case "2" -> geo = GeoPrecision.NEAR;
                case "3" -> geo = GeoPrecision.REGION;
                default ->
                    problems.add(FieldError.of("geo_precision", "interchange.acled.geoPrecision.unknown", geoText));
            }
        }

        String top = type == null ? null : type.split("\\.")[0];
        List<ArchiveRow.Actor> actors = new ArrayList<>();
        side(row, "actor1", "assoc_actor_1", "inter1", ActorRole.INITIATOR, actors, problems);
        side(row, "actor2", "assoc_actor_2", "inter2", ActorRole.TARGET, actors, problems);
        if (actors.size() > EventRecord.MAX_ACTORS) {
            problems.add(FieldError.of("assoc_actor_1", "interchange.acled.actors.tooMany", EventRecord.MAX_ACTORS));
        }

        Amount killed = null;
        String fatalities = cell(row, "fatalities");
        if (fatalities != null) {
            try {
                long n = Long.parseLong(fatalities);
                if (n < 0) {
                    problems.add(FieldError.of("fatalities", "interchange.acled.fatalities.negative", fatalities));
                } else if (n > 0) {
                    killed = Amount.of(Qualifier.AT_LEAST, BigDecimal.valueOf(n));
                }
            } catch (NumberFormatException e) {
                problems.add(FieldError.of("fatalities", "interchange.acled.fatalities.notWhole", fatalities));
            }
        }

        String notes = cell(row, "notes");
        check.optionalText(notes, "notes", EventRecord.MAX_SUMMARY);
        List<String> outlets = list(cell(row, "source"));
        if (outlets.isEmpty()) {
            problems.add(FieldError.of("source", "interchange.acled.source.none"));
        }
        for (String outlet : outlets) {
            Wording problem = Validation.textProblem(outlet, org.eventdesk.domain.source.Source.MAX_OUTLET);
            if (problem != null) {
                problems.add(FieldError.of("source", "text.quotedProblem", ArchiveRow.truncate(outlet, 40), problem));
            }
        }
        if (outlets.size() > EventRecord.MAX_EVIDENCE) {
            outlets = outlets.subList(0, EventRecord.MAX_EVIDENCE);
        }
        if (tags.size() > EventRecord.MAX_TAGS) {
            problems.add(FieldError.of("tags", "interchange.acled.tags.tooMany", EventRecord.MAX_TAGS));
        }

        try {
            check.throwIfAny();
        } catch (org.eventdesk.domain.shared.InvalidInputException invalid) {
            problems.addAll(0, invalid.errors());
        }
        if (!problems.isEmpty()) {
            return new Reading(null, List.copyOf(problems));
        }
        String title = ArchiveRow.truncate(
                (type == null ? "Event" : label(type, top)) + " in " + location.strip(), EventRecord.MAX_TITLE);
        return new Reading(
                new ArchiveRow(
                        externalId.strip(),
                        type,
                        title,
                        notes == null ? null : notes.strip(),
                        date,
                        precision,
                        List.of(new ArchiveRow.Place(
                                location.strip(),
                                country,
                                cell(row, "admin1"),
                                cell(row, "admin2"),
                                lat,
                                lon,
                                lat == null ? GeoPrecision.REGION : geo)),
                        List.copyOf(actors),
                        killed,
                        List.copyOf(outlets),
                        List.copyOf(tags)),
                List.of());
    }

    private static String label(String type, String top) {
        String sub = SUB_EVENT_TYPES.get(type);
        return sub != null ? sub : EVENT_TYPES.getOrDefault(top, type);
    }

    private static boolean hasProblem(List<FieldError> problems, String... fields) {
        List<String> names = Arrays.asList(fields);
        return problems.stream().anyMatch(p -> names.contains(p.field()));
    }

    /** A cell stripped, {@code null} when missing or blank. */
    private static String cell(Map<String, String> row, String column) {
        return SpreadsheetCells.read(row, column);
    }

    private static List<String> list(String cell) {
        if (cell == null) {
            return List.of();
        }
        return new ArrayList<>(new LinkedHashSet<>(Arrays.stream(cell.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList()));
    }

    /** ACLED's date in either of the ways it writes one; {@code null} when it is neither. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException notIso) {
            for (DateTimeFormatter worded : WORDED_DATES) {
                try {
                    return LocalDate.parse(text, worded);
                } catch (DateTimeParseException notThisOne) {
                    // try the next way of writing it
                }
            }
            return null;
        }
    }

    private static String type(String eventType, String subEventType, String deskType, List<FieldError> problems) {
        if (deskType != null) {
            return deskType;
        }
        if (eventType == null) {
            problems.add(FieldError.of("event_type", "text.required"));
            return null;
        }
        Optional<String> top = EVENT_TYPES.entrySet().stream()
                .filter(e -> e.getValue().equalsIgnoreCase(eventType))
                .map(Map.Entry::getKey)
                .findFirst();
        if (top.isEmpty()) {
            // ACLED's own names of its types, as the file must spell them: the same in every language.
            problems.add(FieldError.of(
                    "event_type",
                    "interchange.acled.eventType.unknown",
                    eventType,
                    String.join(", ", new java.util.TreeSet<>(EVENT_TYPES.values()))));
            return null;
        }
        if (subEventType == null) {
            return top.get();
        }
        Optional<String> sub = SUB_EVENT_TYPES.entrySet().stream()
                .filter(e ->
                        e.getKey().startsWith(top.get() + ".") && e.getValue().equalsIgnoreCase(subEventType))
                .map(Map.Entry::getKey)
                .findFirst();
        if (sub.isEmpty()) {
            problems.add(
                    FieldError.of("sub_event_type", "interchange.acled.subEventType.unknown", subEventType, eventType));
            return null;
        }
        return sub.get();
    }

    private static String country(String iso, String name, List<FieldError> problems) {
        if (iso != null) {
            try {
                Optional<Countries.Country> byNumber = Countries.ofNumeric(Integer.parseInt(iso));
                if (byNumber.isPresent()) {
                    return byNumber.get().alpha2();
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            problems.add(FieldError.of("iso", "interchange.acled.iso.unknown", iso));
            return null;
        }
        if (name != null) {
            Optional<Countries.Country> byName = Countries.named(name);
            if (byName.isEmpty()) {
                problems.add(FieldError.of("country", "interchange.acled.country.unknown", name));
                return null;
            }
            return byName.get().alpha2();
        }
        return null;
    }

    private static Double coordinate(String text, String column, double limit, List<FieldError> problems) {
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value) || Math.abs(value) > limit) {
                problems.add(FieldError.of(column, "interchange.acled.coordinate.outOfRange", text, (int) limit));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(FieldError.of(column, "interchange.acled.coordinate.notANumber", text));
            return null;
        }
    }

    private static void side(
            Map<String, String> row,
            String mainColumn,
            String associatesColumn,
            String interColumn,
            ActorRole role,
            List<ArchiveRow.Actor> actors,
            List<FieldError> problems) {
        String main = cell(row, mainColumn);
        List<String> associates = list(cell(row, associatesColumn));
        if (main == null && associates.isEmpty()) {
            return;
        }
        ActorKind kind = ActorKind.ORGANISATION;
        String inter = cell(row, interColumn);
        if (inter != null) {
            ActorKind byCode = actorKind(inter);
            if (byCode == null) {
                problems.add(FieldError.of(interColumn, "interchange.acled.actorType.unknown", inter));
            } else {
                kind = byCode;
            }
        }
        if (main != null) {
            addActor(main, kind, role, mainColumn, actors, problems);
        }
        // Associates are of the same side; ACLED gives their type only through the main actor's.
        for (String associate : associates) {
            addActor(associate, kind, role, associatesColumn, actors, problems);
        }
    }

    private static void addActor(
            String name,
            ActorKind kind,
            ActorRole role,
            String column,
            List<ArchiveRow.Actor> actors,
            List<FieldError> problems) {
        Wording problem = Validation.textProblem(name, RecordActor.MAX_NAME);
        if (problem != null) {
            problems.add(new FieldError(column, problem));
        } else {
            actors.add(new ArchiveRow.Actor(name, kind, role));
        }
    }

    /** The desk's actor kind for ACLED's {@code inter} code: the inverse of {@link #inter}. */
    static ActorKind actorKind(String inter) {
        return switch (inter) {
            case "1" -> ActorKind.STATE;
            case "2", "3", "4" -> ActorKind.ARMED_GROUP;
            case "5", "6", "7" -> ActorKind.CIVILIANS;
            case "8" -> ActorKind.ORGANISATION;
            default -> null;
        };
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
