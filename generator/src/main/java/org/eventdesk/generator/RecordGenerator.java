package org.eventdesk.generator;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.eventdesk.domain.publishing.LogEntry;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicRecordJson;
import org.eventdesk.domain.publishing.PublicRecords;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.ChangeAction;
import org.eventdesk.domain.record.ClaimForm;
import org.eventdesk.domain.record.GeoPrecision;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.RecordSnapshot;
import org.eventdesk.domain.record.RecordStatus;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.domain.shared.SchemaDialect;
import org.eventdesk.domain.source.SourceKind;
import org.flywaydb.core.Flyway;

/**
 * Fills a desk's database with N realistic records straight through JDBC batches, as the desk itself would have
 * stored them: each record with its sources (whose text holds every quote the record cites, at the offsets its
 * evidence names), places with coordinates, actors, figures with qualifiers, sometimes a claim, its history and a
 * workflow state in a newsroom's proportions ({@link #STATES}). Published and retracted records have their entries in
 * the publication log, hashed with {@link LogEntry} and chained, the sealed snapshot made by {@link RecordSnapshot}
 * and the public document by the domain's canonical JSON, and their public copy beside it: a generated desk passes
 * the offline audit and reads in the desk and the public API like one that grew by hand.
 *
 * <p>Deterministic: the same seed and N write the same desk (times are counted back from a fixed instant, not the
 * clock). The database must have the desk's schema and no records yet; {@link #main} runs the migrations first.
 */
public final class RecordGenerator {
    /** The instant generated history ends at: fixed, so that two runs with one seed write the same rows. */
    public static final Instant UNTIL = Instant.parse("2026-06-01T00:00:00Z");

    /**
     * Workflow states in the proportions of a desk that has worked for years: most records are out, a tenth are
     * being written, the rest wait at a step or were dropped (per mille). Public: the map benchmark seeds its desk
     * with them.
     */
    public static final Map<RecordStatus, Integer> STATES = proportions();

    /** Every record is published (the public read benchmark's desk). */
    public static final Map<RecordStatus, Integer> ALL_PUBLISHED = Map.of(RecordStatus.PUBLISHED, 1000);

    private static final String[][] TYPES = {
        {"BATTLES.ARMED_CLASH", "Armed clash", "BATTLES", "Battles"},
        {"BATTLES.GOVERNMENT_REGAINS_TERRITORY", "Government regains territory", "BATTLES", "Battles"},
        {
            "EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE",
            "Air/drone strike",
            "EXPLOSIONS_REMOTE_VIOLENCE",
            "Explosions/Remote violence"
        },
        {
            "EXPLOSIONS_REMOTE_VIOLENCE.SHELLING_ARTILLERY_MISSILE_ATTACK",
            "Shelling/artillery/missile attack",
            "EXPLOSIONS_REMOTE_VIOLENCE",
            "Explosions/Remote violence"
        },
        {"VIOLENCE_AGAINST_CIVILIANS.ATTACK", "Attack", "VIOLENCE_AGAINST_CIVILIANS", "Violence against civilians"},
        {"PROTESTS.PEACEFUL_PROTEST", "Peaceful protest", "PROTESTS", "Protests"},
        {"PROTESTS.PROTEST_WITH_INTERVENTION", "Protest with intervention", "PROTESTS", "Protests"},
        {"RIOTS.VIOLENT_DEMONSTRATION", "Violent demonstration", "RIOTS", "Riots"},
        {"STRATEGIC_DEVELOPMENTS.ARRESTS", "Arrests", "STRATEGIC_DEVELOPMENTS", "Strategic developments"},
        {"MEETING", "Meeting", null, null},
        {"STATEMENT", "Statement", null, null},
        {"DISASTER", "Disaster", null, null}
    };
    /** Name, country, first-level area, latitude, longitude, zone. */
    private static final Object[][] PLACES = {
        {"Kyiv", "UA", "Kyiv City", 50.4501, 30.5234, "Europe/Kyiv"},
        {"Kharkiv", "UA", "Kharkiv Oblast", 49.9935, 36.2304, "Europe/Kyiv"},
        {"Odesa", "UA", "Odesa Oblast", 46.4825, 30.7233, "Europe/Kyiv"},
        {"Khartoum", "SD", "Khartoum", 15.5007, 32.5599, "Africa/Khartoum"},
        {"El Fasher", "SD", "North Darfur", 13.6279, 25.3494, "Africa/Khartoum"},
        {"Mexico City", "MX", "Ciudad de México", 19.4326, -99.1332, "America/Mexico_City"},
        {"Culiacán", "MX", "Sinaloa", 24.8091, -107.3940, "America/Mazatlan"},
        {"Lagos", "NG", "Lagos", 6.5244, 3.3792, "Africa/Lagos"},
        {"Maiduguri", "NG", "Borno", 11.8311, 13.1510, "Africa/Lagos"},
        {"Gaza City", "PS", "Gaza", 31.5017, 34.4668, "Asia/Gaza"},
        {"Manila", "PH", "Metro Manila", 14.5995, 120.9842, "Asia/Manila"},
        {"Bogotá", "CO", "Bogotá", 4.7110, -74.0721, "America/Bogota"},
        {"Dhaka", "BD", "Dhaka Division", 23.8103, 90.4125, "Asia/Dhaka"},
        {"Paris", "FR", "Île-de-France", 48.8566, 2.3522, "Europe/Paris"},
        {"Port-au-Prince", "HT", "Ouest", 18.5944, -72.3074, "America/Port-au-Prince"},
        {"Goma", "CD", "North Kivu", -1.6585, 29.2205, "Africa/Lubumbashi"},
        {"Mogadishu", "SO", "Banaadir", 2.0469, 45.3182, "Africa/Mogadishu"},
        {"Karachi", "PK", "Sindh", 24.8607, 67.0011, "Asia/Karachi"}
    };

    private static final Object[][] ACTORS = {
        {"Military Forces of Russia", ActorKind.STATE},
        {"Military Forces of Ukraine", ActorKind.STATE},
        {"Police Forces", ActorKind.STATE},
        {"Protesters", ActorKind.CIVILIANS},
        {"Rapid Support Forces", ActorKind.ARMED_GROUP},
        {"Sudanese Armed Forces", ActorKind.STATE},
        {"Civilians", ActorKind.CIVILIANS},
        {"Sinaloa Cartel", ActorKind.ARMED_GROUP},
        {"Gang members", ActorKind.ARMED_GROUP},
        {"Government", ActorKind.GOVERNMENT},
        {"Red Cross", ActorKind.ORGANISATION},
        {"Islamic State West Africa Province", ActorKind.ARMED_GROUP},
        {"M23", ActorKind.ARMED_GROUP},
        {"Al Shabaab", ActorKind.ARMED_GROUP}
    };
    private static final String[] OUTLETS = {
        "Reuters", "AP", "AFP", "The Independent", "BBC News", "Al Jazeera", "Kyiv Independent", "Radio Dabanga"
    };
    private static final String[][] FIGURES = {
        {"KILLED", "Killed"},
        {"INJURED", "Injured"},
        {"ARRESTED", "Arrested"},
        {"DISPLACED", "Displaced"},
        {"DRONES_LAUNCHED", "Drones launched"},
        {"CROWD_SIZE", "Crowd size"},
        {"BUILDINGS_DAMAGED", "Buildings damaged"}
    };
    private static final Qualifier[] QUALIFIERS = {
        Qualifier.EXACT, Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.APPROXIMATE, Qualifier.MORE_THAN
    };
    private static final String[] ATTRIBUTIONS = {null, null, "officials", "the health ministry", "local medics"};
    /** The desk's demo editors and reviewers first, so a demo login finds its own queues filled. */
    private static final String[] EDITORS = {
        "editor", "reviewer", "editor02", "editor03", "editor04", "editor05", "editor06", "editor07"
    };

    private static final String[] REVIEWERS = {"reviewer", "reviewer02", "reviewer03"};
    private static final int BATCH = 1000;
    private static final HexFormat HEX = HexFormat.of();

    private RecordGenerator() {}

    /** What was written, for the command's summary and the tests. */
    public record Summary(long records, long sources, long logEntries, String head, Map<RecordStatus, Long> states) {}

    /**
     * {@code -Dgenerate.records} (default 10,000), {@code -Dgenerate.db.url} (default an H2 file under
     * {@code target/generated}), {@code -Dgenerate.db.user}/{@code -Dgenerate.db.password} (default sa/sa for H2,
     * eventdesk/eventdesk for PostgreSQL), {@code -Dgenerate.seed} (default 42).
     */
    public static void main(String[] args) throws Exception {
        int records = Integer.getInteger("generate.records", 10_000);
        long seed = Long.getLong("generate.seed", 42);
        String url = System.getProperty("generate.db.url", "jdbc:h2:file:./target/generated/eventdesk");
        boolean postgres = url.startsWith("jdbc:postgresql:");
        String user = System.getProperty("generate.db.user", postgres ? "eventdesk" : "sa");
        String password = System.getProperty("generate.db.password", postgres ? "eventdesk" : "sa");
        Instant started = Instant.now();
        migrate(url, user, password);
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            Summary summary = generate(db, records, seed, STATES);
            long seconds = Math.max(1, Duration.between(started, Instant.now()).toSeconds());
            System.out.printf(
                    Locale.ROOT,
                    "generated %d records (%s), %d sources, %d log entries (head %s) into %s in %d s (%d records/s)%n",
                    summary.records(),
                    summary.states(),
                    summary.sources(),
                    summary.logEntries(),
                    summary.head(),
                    url,
                    seconds,
                    summary.records() / seconds);
        }
    }

    /** The desk's own migrations, with the placeholders of the database at {@code url}. */
    public static void migrate(String url, String user, String password) {
        SchemaDialect dialect = url.startsWith("jdbc:postgresql:") ? SchemaDialect.POSTGRESQL : SchemaDialect.H2;
        Flyway.configure()
                .dataSource(url, user, password)
                .placeholders(dialect.placeholders())
                .load()
                .migrate();
    }

    /**
     * Writes {@code count} records into an empty desk, states drawn with the given weights (per mille). Batches are
     * committed as they go, but the sequences, the log's head and H2's lists of known names are set at the end: a run
     * that stops before it leaves a desk to generate again from scratch.
     *
     * @throws IllegalStateException if the desk already holds records (their ids and the log's chain would clash)
     */
    public static Summary generate(Connection db, int count, long seed, Map<RecordStatus, Integer> states)
            throws SQLException {
        try (Statement check = db.createStatement();
                ResultSet rows = check.executeQuery("select count(*) from event_record")) {
            rows.next();
            if (rows.getLong(1) > 0) {
                throw new IllegalStateException(
                        "the database already holds records; the generator fills an empty desk");
            }
        }
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Writer writer = new Writer(db, new Random(seed), states)) {
            for (long id = 1; id <= count; id++) {
                writer.record(id, count);
                if (id % BATCH == 0 || id == count) {
                    writer.flush();
                }
                if (id % 100_000 == 0) {
                    System.out.printf(Locale.ROOT, "%d records written%n", id);
                }
            }
            writer.finish(count);
            db.commit();
            return writer.summary(count);
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private static Map<RecordStatus, Integer> proportions() {
        Map<RecordStatus, Integer> p = new LinkedHashMap<>();
        p.put(RecordStatus.PUBLISHED, 700);
        p.put(RecordStatus.DRAFT, 100);
        p.put(RecordStatus.SUBMITTED, 40);
        p.put(RecordStatus.RETURNED, 25);
        p.put(RecordStatus.APPROVED, 50);
        p.put(RecordStatus.SCHEDULED, 10);
        p.put(RecordStatus.SPIKED, 55);
        p.put(RecordStatus.RETRACTED, 20);
        return p;
    }

    /** A source as the record cites it: its text grows with every quote the record takes from it. */
    private static final class SourceText {
        final long id;
        final String outlet;
        final SourceKind kind;
        final StringBuilder text = new StringBuilder();

        SourceText(long id, String outlet, SourceKind kind, String lead) {
            this.id = id;
            this.outlet = outlet;
            this.kind = kind;
            text.append(lead);
        }

        /** Appends a sentence and returns its span. */
        RecordInput.EvidenceRef quote(String sentence) {
            text.append(' ');
            int start = text.length();
            text.append(sentence);
            return new RecordInput.EvidenceRef(id, start, text.length());
        }
    }

    private static final class Writer implements AutoCloseable {
        private final Random random;
        private final List<Map.Entry<RecordStatus, Integer>> states;
        private final int totalWeight;
        private final Map<RecordStatus, Long> written = new LinkedHashMap<>();
        private final PreparedStatement record;
        private final PreparedStatement source;
        private final PreparedStatement summaryEvidence;
        private final PreparedStatement timeEvidence;
        private final PreparedStatement place;
        private final PreparedStatement placeEvidence;
        private final PreparedStatement actor;
        private final PreparedStatement actorEvidence;
        private final PreparedStatement figure;
        private final PreparedStatement figureEvidence;
        private final PreparedStatement claim;
        private final PreparedStatement claimEvidence;
        private final PreparedStatement tag;
        private final PreparedStatement editor;
        private final PreparedStatement change;
        private final PreparedStatement changeField;
        private final PreparedStatement entry;
        private final PreparedStatement copy;
        private final PreparedStatement copyPlace;
        private final PreparedStatement copyCategory;
        private final Connection db;
        private long nextSource = 1;
        private long nextFact = 1;
        private long nextChange = 1;
        private long seq = 0;
        private String previous = LogEntry.GENESIS;
        private Instant lastEntryAt;

        Writer(Connection db, Random random, Map<RecordStatus, Integer> weights) throws SQLException {
            this.db = db;
            this.random = random;
            this.states = List.copyOf(weights.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .toList());
            this.totalWeight = states.stream().mapToInt(Map.Entry::getValue).sum();
            record = db.prepareStatement(
                    "insert into event_record (id, version, type_code, title, summary, event_start,"
                            + " event_end, time_precision, time_zone, occurrence, verification_judgement, verification, status,"
                            + " created_by, created_at, updated_by, updated_at, revision, published_version, submitted_by,"
                            + " approved_by, publish_at, scheduled_by, retraction_reason, last_published_at)"
                            + " values (?, 1, ?, ?, ?, ?, null, ?, ?, null, null, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)");
            source = db.prepareStatement("insert into source (id, kind, title, outlet, author, url, canonical_url,"
                    + " published_at, published_zone, retrieved_at, language, raw_text, raw_format, cleaned_text,"
                    + " content_hash, added_by, added_at) values (?, ?, ?, ?, null, ?, ?, ?, 'UTC', ?, 'en', ?,"
                    + " 'PLAIN_TEXT', ?, ?, ?, ?)");
            summaryEvidence = evidence(db, "record_summary_evidence", "record_id");
            timeEvidence = evidence(db, "record_time_evidence", "record_id");
            place = db.prepareStatement("insert into record_place (id, record_id, position, name, country, admin1,"
                    + " admin2, lat, lon, geo_precision, verification_judgement, verification, alias)"
                    + " values (?, ?, ?, ?, ?, ?, null, ?, ?, ?, null, ?, null)");
            placeEvidence = evidence(db, "place_evidence", "place_id");
            actor = db.prepareStatement("insert into record_actor (id, record_id, position, name, kind, actor_role,"
                    + " verification_judgement, verification) values (?, ?, ?, ?, ?, ?, null, ?)");
            actorEvidence = evidence(db, "actor_evidence", "actor_id");
            figure = db.prepareStatement("insert into record_figure (id, record_id, position, category_code, qualifier,"
                    + " amount, low, high, numerator, denominator, parent_position, as_of, attribution,"
                    + " verification_judgement, verification) values (?, ?, ?, ?, ?, ?, null, null, null, null, null,"
                    + " null, ?, null, ?)");
            figureEvidence = evidence(db, "figure_evidence", "figure_id");
            claim = db.prepareStatement("insert into record_claim (id, record_id, position, speaker, claim_text, form,"
                    + " medium, said_at, verification_judgement, verification) values (?, ?, ?, ?, ?, ?, ?, null, ?,"
                    + " ?)");
            claimEvidence = evidence(db, "claim_evidence", "claim_id");
            tag = db.prepareStatement("insert into record_tag (record_id, position, tag) values (?, ?, ?)");
            editor = db.prepareStatement("insert into record_revision_editor (record_id, username) values (?, ?)");
            change = db.prepareStatement("insert into record_change (id, record_id, revision, changed_at, changed_by,"
                    + " action, change_comment) values (?, ?, 1, ?, ?, ?, ?)");
            changeField = db.prepareStatement("insert into record_change_field (change_id, position, field,"
                    + " before_value, after_value) values (?, ?, ?, null, ?)");
            entry = db.prepareStatement("insert into publication (id, seq, record_id, version_no, kind, title, note,"
                    + " snapshot, published_at, published_by, approved_by, previous_hash, hash, hash_format, document)"
                    + " values (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + LogEntry.CANONICAL_FORMAT + ", ?)");
            copy = db.prepareStatement("insert into public_record (record_id, version_no, status, title, summary,"
                    + " type_code, event_start, event_end, verification, first_published_at, updated_at, entry_seq,"
                    + " entry_hash, document) values (?, 1, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?)");
            copyPlace = db.prepareStatement("insert into public_record_place (record_id, position, name, name_key,"
                    + " country, lat, lon) values (?, ?, ?, ?, ?, ?, ?)");
            copyCategory =
                    db.prepareStatement("insert into public_record_category (record_id, category) values (?, ?)");
        }

        private static PreparedStatement evidence(Connection db, String table, String owner) throws SQLException {
            return db.prepareStatement("insert into " + table + " (" + owner
                    + ", position, source_id, start_offset, end_offset, quote, outlet) values (?, ?, ?, ?, ?, ?, ?)");
        }

        private RecordStatus state() {
            int pick = random.nextInt(totalWeight);
            for (Map.Entry<RecordStatus, Integer> s : states) {
                pick -= s.getValue();
                if (pick < 0) {
                    return s.getKey();
                }
            }
            throw new IllegalStateException("no states to draw from");
        }

        /** Record {@code id} of {@code count}: older ids were written longer ago, as on a real desk. */
        void record(long id, int count) throws SQLException {
            RecordStatus status = state();
            // A fifth of drafts do not know when the event happened yet (the list shows them after all others).
            boolean timeless = status == RecordStatus.DRAFT && random.nextInt(5) == 0;
            written.merge(status, 1L, Long::sum);
            // Spread over about eleven years: record 1 the oldest, the last one a minute before UNTIL.
            long span = 11L * 365 * 86400;
            Instant created = UNTIL.minusSeconds(60 + (long) ((double) (count - id) / Math.max(1, count) * span));
            String author = EDITORS[random.nextInt(EDITORS.length)];
            String reviewer = REVIEWERS[random.nextInt(REVIEWERS.length)];
            if (reviewer.equals(author)) {
                // Four eyes: whoever wrote the revision never approves it.
                reviewer = REVIEWERS[(List.of(REVIEWERS).indexOf(reviewer) + 1) % REVIEWERS.length];
            }

            String[] type = TYPES[random.nextInt(TYPES.length)];
            Object[] first = PLACES[random.nextInt(PLACES.length)];
            ZoneId zone = ZoneId.of((String) first[5]);
            OffsetDateTime start = created.minusSeconds(3600L * (2 + random.nextInt(70)))
                    .atZone(zone)
                    .toOffsetDateTime()
                    .withMinute(0)
                    .withSecond(0)
                    .withNano(0);
            TimePrecision precision = new TimePrecision[] {
                        TimePrecision.HOUR, TimePrecision.PART_OF_DAY, TimePrecision.DAY
                    }
                    [random.nextInt(3)];

            List<SourceText> sources = new ArrayList<>();
            int sourceCount = 1 + (random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(2));
            for (int s = 0; s < sourceCount; s++) {
                String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
                sources.add(new SourceText(
                        nextSource++,
                        outlet,
                        s == 0 ? SourceKind.NEWS_ARTICLE : SourceKind.WIRE,
                        outlet + " report " + id + "-" + s + ". " + type[1] + " in " + first[0] + "."));
            }

            List<RecordInput.PlaceInput> places = new ArrayList<>();
            int placeCount = random.nextInt(10) < 7 ? 1 : 2;
            for (int p = 0; p < placeCount; p++) {
                Object[] where = p == 0 ? first : PLACES[random.nextInt(PLACES.length)];
                SourceText from = pick(sources);
                places.add(new RecordInput.PlaceInput(
                        (String) where[0],
                        (String) where[1],
                        (String) where[2],
                        null,
                        round((Double) where[3] + random.nextGaussian() * 0.05),
                        round((Double) where[4] + random.nextGaussian() * 0.05),
                        GeoPrecision.values()[random.nextInt(3)],
                        null,
                        List.of(from.quote("Residents of " + where[0] + " described what happened."))));
            }
            List<RecordInput.ActorInput> actors = new ArrayList<>();
            int actorCount = 1 + random.nextInt(2);
            for (int a = 0; a < actorCount; a++) {
                Object[] who = ACTORS[random.nextInt(ACTORS.length)];
                actors.add(new RecordInput.ActorInput(
                        (String) who[0],
                        (ActorKind) who[1],
                        a == 0 ? ActorRole.INITIATOR : ActorRole.TARGET,
                        null,
                        List.of(pick(sources).quote(who[0] + " were involved, witnesses said."))));
            }
            List<RecordInput.FigureInput> figures = new ArrayList<>();
            int figureCount = random.nextInt(10) < 2 ? 0 : 1 + random.nextInt(3);
            for (int f = 0; f < figureCount; f++) {
                String[] category = FIGURES[random.nextInt(FIGURES.length)];
                Qualifier qualifier = QUALIFIERS[random.nextInt(QUALIFIERS.length)];
                int value = 1 + random.nextInt(qualifier == Qualifier.EXACT ? 40 : 400);
                Amount amount = Amount.of(qualifier, BigDecimal.valueOf(value));
                figures.add(new RecordInput.FigureInput(
                        category[0],
                        amount,
                        null,
                        null,
                        ATTRIBUTIONS[random.nextInt(ATTRIBUTIONS.length)],
                        null,
                        List.of(pick(sources)
                                .quote(capitalised(amount.describe()) + " people were counted as "
                                        + category[1].toLowerCase(Locale.ROOT) + "."))));
            }
            List<RecordInput.ClaimInput> claims = new ArrayList<>();
            if (random.nextInt(4) == 0) {
                String speaker = (String) ACTORS[random.nextInt(ACTORS.length)][0];
                String said = "We will respond to this in the days ahead, and nobody should doubt it.";
                claims.add(new RecordInput.ClaimInput(
                        speaker,
                        said,
                        ClaimForm.QUOTE,
                        "statement",
                        null,
                        random.nextInt(5) == 0 ? Verification.DISPUTED : null,
                        List.of(pick(sources).quote("\"" + said + "\""))));
            }
            String title = type[1] + " in " + first[0] + " (" + id + ")";
            String summary = "Reports describe a " + type[1].toLowerCase(Locale.ROOT) + " in " + first[0]
                    + " involving " + actors.get(0).name() + ".";
            RecordInput.EvidenceRef summaryRef = sources.get(0).quote(summary);
            RecordInput.EvidenceRef timeRef =
                    timeless ? null : pick(sources).quote("It happened on " + start.toLocalDate() + ".");
            List<String> tags = random.nextInt(3) == 0 ? List.of("generated", "batch-" + (id % 7)) : List.of();
            RecordInput input = new RecordInput(
                    type[0],
                    title,
                    summary,
                    List.of(summaryRef),
                    timeless ? null : new RecordInput.TimeInput(start, null, precision, zone.getId(), List.of(timeRef)),
                    places,
                    actors,
                    figures,
                    claims,
                    List.of(),
                    tags,
                    null,
                    null);
            Map<Long, SourceText> byId = new LinkedHashMap<>();
            sources.forEach(s -> byId.put(s.id, s));
            Verification verification = sourceCount > 1 ? Verification.CORROBORATED : Verification.SINGLE_SOURCE;

            Instant updated = created.plusSeconds(600 + random.nextInt(7200));
            Instant published = null;
            Instant retracted = null;
            Instant publishAt = null;
            String submittedBy = null;
            String approvedBy = null;
            String scheduledBy = null;
            String retractionReason = null;
            List<Object[]> history = new ArrayList<>();
            history.add(new Object[] {created, author, ChangeAction.CREATED, null});
            if (status != RecordStatus.DRAFT && status != RecordStatus.SPIKED) {
                history.add(new Object[] {updated.minusSeconds(300), author, ChangeAction.SUBMITTED, null});
                submittedBy = author;
            }
            switch (status) {
                case RETURNED ->
                    history.add(new Object[] {
                        updated, reviewer, ChangeAction.RETURNED, "Please add a second source for the figures."
                    });
                case APPROVED -> {
                    history.add(new Object[] {updated, reviewer, ChangeAction.APPROVED, null});
                    approvedBy = reviewer;
                }
                case SCHEDULED -> {
                    history.add(new Object[] {updated.minusSeconds(60), reviewer, ChangeAction.APPROVED, null});
                    history.add(new Object[] {updated, reviewer, ChangeAction.SCHEDULED, null});
                    approvedBy = reviewer;
                    scheduledBy = reviewer;
                    // Due after the generated history ends, so the scheduler does not publish them on start.
                    publishAt = UNTIL.plusSeconds(86400L * (30 + random.nextInt(300)));
                }
                case PUBLISHED, RETRACTED -> {
                    history.add(new Object[] {updated.minusSeconds(60), reviewer, ChangeAction.APPROVED, null});
                    history.add(new Object[] {updated, reviewer, ChangeAction.PUBLISHED, null});
                    approvedBy = reviewer;
                    published = updated;
                    if (status == RecordStatus.RETRACTED) {
                        retracted = updated.plusSeconds(3600L * (1 + random.nextInt(48)));
                        retractionReason = "The only source withdrew its report.";
                        history.add(new Object[] {retracted, reviewer, ChangeAction.RETRACTED, retractionReason});
                        updated = retracted;
                    }
                }
                case SPIKED -> history.add(new Object[] {updated, author, ChangeAction.SPIKED, "A duplicate."});
                default -> {}
            }
            Object[] last = history.get(history.size() - 1);

            for (SourceText s : sources) {
                String text = s.text.toString();
                OffsetDateTime at = created.minusSeconds(1800).atOffset(ZoneOffset.UTC);
                source.setLong(1, s.id);
                source.setString(2, s.kind.name());
                source.setString(3, s.outlet + " report " + id);
                source.setString(4, s.outlet);
                source.setString(5, "https://news.example/" + s.id);
                source.setString(6, "https://news.example/" + s.id);
                source.setObject(7, at);
                source.setObject(8, at);
                source.setString(9, text);
                source.setString(10, text);
                source.setString(11, sha256(text));
                source.setString(12, author);
                source.setObject(13, at);
                source.addBatch();
            }

            record.setLong(1, id);
            record.setString(2, type[0]);
            record.setString(3, title);
            record.setString(4, summary);
            record.setObject(5, timeless ? null : start.withOffsetSameInstant(ZoneOffset.UTC));
            record.setString(6, timeless ? null : precision.name());
            record.setString(7, timeless ? null : zone.getId());
            record.setString(8, verification.name());
            record.setString(9, status.name());
            record.setString(10, author);
            record.setObject(11, utc(created));
            record.setString(12, (String) last[1]);
            record.setObject(13, utc(updated));
            record.setInt(14, published == null ? 0 : 1);
            record.setString(15, submittedBy);
            record.setString(16, approvedBy);
            record.setObject(17, publishAt == null ? null : utc(publishAt));
            record.setString(18, scheduledBy);
            record.setString(19, retractionReason);
            record.setObject(20, published == null ? null : utc(published));
            record.addBatch();

            evidence(summaryEvidence, id, List.of(summaryRef), byId);
            if (!timeless) {
                evidence(timeEvidence, id, List.of(timeRef), byId);
            }
            for (int p = 0; p < places.size(); p++) {
                RecordInput.PlaceInput in = places.get(p);
                long factId = nextFact++;
                place.setLong(1, factId);
                place.setLong(2, id);
                place.setInt(3, p);
                place.setString(4, in.name());
                place.setString(5, in.country());
                place.setString(6, in.admin1());
                place.setDouble(7, in.lat());
                place.setDouble(8, in.lon());
                place.setString(9, in.precision().name());
                place.setString(10, Verification.SINGLE_SOURCE.name());
                place.addBatch();
                evidence(placeEvidence, factId, in.evidence(), byId);
            }
            for (int a = 0; a < actors.size(); a++) {
                RecordInput.ActorInput in = actors.get(a);
                long factId = nextFact++;
                actor.setLong(1, factId);
                actor.setLong(2, id);
                actor.setInt(3, a);
                actor.setString(4, in.name());
                actor.setString(5, in.kind().name());
                actor.setString(6, in.role().name());
                actor.setString(7, Verification.SINGLE_SOURCE.name());
                actor.addBatch();
                evidence(actorEvidence, factId, in.evidence(), byId);
            }
            for (int f = 0; f < figures.size(); f++) {
                RecordInput.FigureInput in = figures.get(f);
                long factId = nextFact++;
                figure.setLong(1, factId);
                figure.setLong(2, id);
                figure.setInt(3, f);
                figure.setString(4, in.category());
                figure.setString(5, in.amount().qualifier().name());
                figure.setBigDecimal(6, in.amount().value());
                figure.setString(7, in.attribution());
                figure.setString(8, Verification.SINGLE_SOURCE.name());
                figure.addBatch();
                evidence(figureEvidence, factId, in.evidence(), byId);
            }
            for (int c = 0; c < claims.size(); c++) {
                RecordInput.ClaimInput in = claims.get(c);
                long factId = nextFact++;
                claim.setLong(1, factId);
                claim.setLong(2, id);
                claim.setInt(3, c);
                claim.setString(4, in.speaker());
                claim.setString(5, in.text());
                claim.setString(6, in.form().name());
                claim.setString(7, in.medium());
                claim.setString(
                        8, in.verification() == null ? null : in.verification().name());
                claim.setString(
                        9,
                        in.verification() == null
                                ? Verification.SINGLE_SOURCE.name()
                                : in.verification().name());
                claim.addBatch();
                evidence(claimEvidence, factId, in.evidence(), byId);
            }
            for (int t = 0; t < tags.size(); t++) {
                tag.setLong(1, id);
                tag.setInt(2, t);
                tag.setString(3, tags.get(t));
                tag.addBatch();
            }
            editor.setLong(1, id);
            editor.setString(2, author);
            editor.addBatch();
            for (Object[] step : history) {
                long changeId = nextChange++;
                change.setLong(1, changeId);
                change.setLong(2, id);
                change.setObject(3, utc((Instant) step[0]));
                change.setString(4, (String) step[1]);
                change.setString(5, ((ChangeAction) step[2]).name());
                change.setString(6, (String) step[3]);
                change.addBatch();
                if (step[2] == ChangeAction.CREATED) {
                    changeField.setLong(1, changeId);
                    changeField.setInt(2, 0);
                    changeField.setString(3, "title");
                    changeField.setString(4, title);
                    changeField.addBatch();
                }
            }

            if (published != null) {
                RecordSnapshot snapshot = RecordSnapshot.of(input, ref -> quote(byId.get(ref.sourceId()), ref));
                PublicRecord document = document(id, input, type, sources, byId, verification, published);
                String canonical =
                        seal(id, "PUBLISHED", title, null, snapshot, document, published, reviewer, reviewer);
                if (retracted != null) {
                    document = PublicRecords.retracted(document, retractionReason, retracted);
                    canonical = seal(
                            id, "RETRACTED", title, retractionReason, snapshot, document, retracted, reviewer, null);
                }
                copy.setLong(1, id);
                copy.setString(2, document.status().name());
                copy.setString(3, title);
                copy.setString(4, document.summary());
                copy.setString(5, type[0]);
                copy.setObject(6, start.withOffsetSameInstant(ZoneOffset.UTC));
                copy.setString(7, verification.name());
                copy.setObject(8, utc(published));
                copy.setObject(9, utc(retracted == null ? published : retracted));
                copy.setLong(10, seq);
                copy.setString(11, previous);
                copy.setString(12, canonical);
                copy.addBatch();
                for (int p = 0; p < document.places().size(); p++) {
                    PublicRecord.Place where = document.places().get(p);
                    copyPlace.setLong(1, id);
                    copyPlace.setInt(2, p);
                    copyPlace.setString(3, where.name());
                    copyPlace.setString(4, where.name().toLowerCase(Locale.ROOT));
                    copyPlace.setString(5, where.country());
                    copyPlace.setObject(6, where.lat());
                    copyPlace.setObject(7, where.lon());
                    copyPlace.addBatch();
                }
                for (String category : document.figures().stream()
                        .map(PublicRecord.Figure::category)
                        .distinct()
                        .toList()) {
                    copyCategory.setLong(1, id);
                    copyCategory.setString(2, category);
                    copyCategory.addBatch();
                }
            }
        }

        /** Seals an entry and returns the canonical document it sealed. */
        private String seal(
                long id,
                String kind,
                String title,
                String note,
                RecordSnapshot snapshot,
                PublicRecord document,
                Instant at,
                String by,
                String approvedBy)
                throws SQLException {
            seq++;
            String canonical = PublicRecordJson.canonical(document);
            String text = snapshot.serialize();
            LogEntry unsealed = new LogEntry(
                    seq,
                    id,
                    1,
                    kind,
                    title,
                    note,
                    at,
                    by,
                    approvedBy,
                    previous,
                    text,
                    canonical,
                    LogEntry.CANONICAL_FORMAT,
                    null);
            String hash = unsealed.expectedHash();
            entry.setLong(1, seq);
            entry.setLong(2, seq);
            entry.setLong(3, id);
            entry.setString(4, kind);
            entry.setString(5, title);
            entry.setString(6, note);
            entry.setString(7, text);
            entry.setObject(8, utc(at));
            entry.setString(9, by);
            entry.setString(10, approvedBy);
            entry.setString(11, previous);
            entry.setString(12, hash);
            entry.setString(13, canonical);
            entry.addBatch();
            previous = hash;
            lastEntryAt = at;
            return canonical;
        }

        /** The public document as the desk seals it from these facts (labels, quotes beside facts, sources). */
        private PublicRecord document(
                long id,
                RecordInput in,
                String[] type,
                List<SourceText> sources,
                Map<Long, SourceText> byId,
                Verification verification,
                Instant published) {
            List<PublicRecord.Place> places = in.places().stream()
                    .map(p -> new PublicRecord.Place(
                            p.name(),
                            p.country(),
                            p.admin1(),
                            p.admin2(),
                            p.lat(),
                            p.lon(),
                            p.precision(),
                            Verification.SINGLE_SOURCE,
                            quotes(p.evidence(), byId)))
                    .toList();
            List<PublicRecord.Actor> actors = in.actors().stream()
                    .map(a -> new PublicRecord.Actor(
                            a.name(), a.kind(), a.role(), Verification.SINGLE_SOURCE, quotes(a.evidence(), byId)))
                    .toList();
            List<PublicRecord.Figure> figures = in.figures().stream()
                    .map(f -> new PublicRecord.Figure(
                            f.category(),
                            label(f.category()),
                            f.amount(),
                            f.amount().describe(),
                            null,
                            null,
                            f.attribution(),
                            Verification.SINGLE_SOURCE,
                            quotes(f.evidence(), byId)))
                    .toList();
            List<PublicRecord.Claim> claims = in.claims().stream()
                    .map(c -> new PublicRecord.Claim(
                            c.speaker(),
                            c.text(),
                            c.form(),
                            c.medium(),
                            null,
                            c.verification() == null ? Verification.SINGLE_SOURCE : c.verification(),
                            quotes(c.evidence(), byId)))
                    .toList();
            List<PublicRecord.Source> described = sources.stream()
                    .map(s -> new PublicRecord.Source(
                            s.id,
                            s.kind,
                            s.outlet,
                            s.outlet + " report " + id,
                            "https://news.example/" + s.id,
                            published.minusSeconds(3600).atOffset(ZoneOffset.UTC),
                            "en"))
                    .toList();
            return new PublicRecord(
                    id,
                    1,
                    PublicRecord.Status.PUBLISHED,
                    in.title(),
                    new PublicRecord.Type(type[0], type[1], type[2], type[3]),
                    in.summary(),
                    quotes(in.summaryEvidence(), byId),
                    new PublicRecord.Time(
                            in.time().start(),
                            null,
                            in.time().precision(),
                            in.time().zone(),
                            quotes(in.time().evidence(), byId)),
                    places,
                    actors,
                    figures,
                    claims,
                    List.of(),
                    in.tags(),
                    null,
                    verification,
                    described,
                    published,
                    published,
                    null,
                    null);
        }

        private static List<PublicRecord.Quote> quotes(List<RecordInput.EvidenceRef> refs, Map<Long, SourceText> byId) {
            return refs.stream()
                    .map(r -> new PublicRecord.Quote(r.sourceId(), quote(byId.get(r.sourceId()), r)))
                    .toList();
        }

        private static String label(String category) {
            for (String[] f : FIGURES) {
                if (f[0].equals(category)) {
                    return f[1];
                }
            }
            return category;
        }

        private void evidence(
                PreparedStatement statement, long owner, List<RecordInput.EvidenceRef> refs, Map<Long, SourceText> byId)
                throws SQLException {
            for (int e = 0; e < refs.size(); e++) {
                RecordInput.EvidenceRef ref = refs.get(e);
                SourceText from = byId.get(ref.sourceId());
                statement.setLong(1, owner);
                statement.setInt(2, e);
                statement.setLong(3, ref.sourceId());
                statement.setInt(4, ref.start());
                statement.setInt(5, ref.end());
                statement.setString(6, quote(from, ref));
                statement.setString(7, from.outlet);
                statement.addBatch();
            }
        }

        private SourceText pick(List<SourceText> sources) {
            return sources.get(random.nextInt(sources.size()));
        }

        /** Parents before children: sources before evidence, records before facts, entries before copies. */
        private List<PreparedStatement> inWritingOrder() {
            return List.of(
                    source,
                    record,
                    summaryEvidence,
                    timeEvidence,
                    place,
                    placeEvidence,
                    actor,
                    actorEvidence,
                    figure,
                    figureEvidence,
                    claim,
                    claimEvidence,
                    tag,
                    editor,
                    change,
                    changeField,
                    entry,
                    copy,
                    copyPlace,
                    copyCategory);
        }

        void flush() throws SQLException {
            for (PreparedStatement batch : inWritingOrder()) {
                batch.executeBatch();
            }
            db.commit();
        }

        /** The log's head and the sequences, past everything written, so the desk carries on from here. */
        void finish(int count) throws SQLException {
            try (PreparedStatement head = db.prepareStatement(
                            "update publication_head set last_hash = ?, entries = ?, last_at = ? where id = 1");
                    Statement statement = db.createStatement()) {
                head.setString(1, previous);
                head.setLong(2, seq);
                head.setObject(3, lastEntryAt == null ? null : utc(lastEntryAt));
                head.executeUpdate();
                statement.executeUpdate("alter sequence record_seq restart with " + (count + 1000));
                statement.executeUpdate("alter sequence source_seq restart with " + (nextSource + 1000));
                statement.executeUpdate("alter sequence fact_seq restart with " + (nextFact + 1000));
                statement.executeUpdate("alter sequence change_seq restart with " + (nextChange + 1000));
                statement.executeUpdate("alter sequence publication_seq restart with " + (seq + 1000));
                if (SchemaDialect.ofProduct(db.getMetaData().getDatabaseProductName()) == SchemaDialect.H2) {
                    // The names the server would have listed as it saved each fact (V21): its list filters by them.
                    statement.executeUpdate("insert into known_actor_name (name) select distinct name from record_actor"
                            + " where name not in (select name from known_actor_name)");
                    statement.executeUpdate("insert into known_place_name (name) select distinct name from record_place"
                            + " where name not in (select name from known_place_name)");
                }
            }
        }

        Summary summary(int count) {
            return new Summary(count, nextSource - 1, seq, previous, Map.copyOf(written));
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement statement : inWritingOrder()) {
                statement.close();
            }
        }
    }

    private static String quote(SourceText source, RecordInput.EvidenceRef ref) {
        return source.text.substring(ref.start(), ref.end());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 10_000) / 10_000.0;
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String sha256(String text) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
