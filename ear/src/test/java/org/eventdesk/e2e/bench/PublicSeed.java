package org.eventdesk.e2e.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eventdesk.domain.publishing.LogEntry;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicRecordJson;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.ClaimForm;
import org.eventdesk.domain.record.GeoPrecision;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.record.Verification;
import org.eventdesk.domain.source.SourceKind;

/**
 * Fills a desk's database with published records straight through JDBC, the way the desk itself would have sealed
 * them: each record's public document made with the domain's own types and canonical JSON, each log entry hashed
 * with {@link LogEntry} and chained to the one before, the public copy beside it. A database seeded here passes the
 * desk's audit. Records vary in type, place (with coordinates), actors, figures with qualifiers, claims and sources,
 * from a fixed seed, so two runs seed the same desk.
 */
public final class PublicSeed {
    private static final String[][] TYPES = {
        {"BATTLES.ARMED_CLASH", "Armed clash", "BATTLES", "Battles"},
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
        {"RIOTS.VIOLENT_DEMONSTRATION", "Violent demonstration", "RIOTS", "Riots"},
        {"STRATEGIC_DEVELOPMENTS.ARRESTS", "Arrests", "STRATEGIC_DEVELOPMENTS", "Strategic developments"},
        {"MEETING", "Meeting", null, null},
        {"STATEMENT", "Statement", null, null},
        {"DISASTER", "Disaster", null, null}
    };
    private static final Object[][] PLACES = {
        {"Kyiv", "UA", "Kyiv City", 50.4501, 30.5234, "Europe/Kyiv"},
        {"Kharkiv", "UA", "Kharkiv Oblast", 49.9935, 36.2304, "Europe/Kyiv"},
        {"Odesa", "UA", "Odesa Oblast", 46.4825, 30.7233, "Europe/Kyiv"},
        {"Khartoum", "SD", "Khartoum", 15.5007, 32.5599, "Africa/Khartoum"},
        {"Mexico City", "MX", "Ciudad de México", 19.4326, -99.1332, "America/Mexico_City"},
        {"Lagos", "NG", "Lagos", 6.5244, 3.3792, "Africa/Lagos"},
        {"Gaza City", "PS", "Gaza", 31.5017, 34.4668, "Asia/Gaza"},
        {"Manila", "PH", "Metro Manila", 14.5995, 120.9842, "Asia/Manila"},
        {"Bogotá", "CO", "Bogotá", 4.7110, -74.0721, "America/Bogota"},
        {"Dhaka", "BD", "Dhaka Division", 23.8103, 90.4125, "Asia/Dhaka"},
        {"Paris", "FR", "Île-de-France", 48.8566, 2.3522, "Europe/Paris"},
        {"Port-au-Prince", "HT", "Ouest", 18.5944, -72.3074, "America/Port-au-Prince"}
    };
    private static final String[] ACTORS = {
        "Russia",
        "Ukraine",
        "Police forces",
        "Protesters",
        "Rapid Support Forces",
        "Sudanese Armed Forces",
        "Civilians",
        "Gang members",
        "Government",
        "Red Cross"
    };
    private static final String[] OUTLETS = {"Reuters", "AP", "AFP", "The Independent", "BBC News", "Al Jazeera"};
    private static final Object[][] FIGURES = {
        {"KILLED", "Killed"},
        {"INJURED", "Injured"},
        {"ARRESTED", "Arrested"},
        {"DISPLACED", "Displaced"},
        {"DRONES_LAUNCHED", "Drones launched"},
        {"CROWD_SIZE", "Crowd size"}
    };

    private PublicSeed() {}

    /** Seeds {@code count} published records into a database the desk's migrations made; returns the log's head. */
    public static String seed(Connection db, int count, long seed) throws SQLException {
        Random random = new Random(seed);
        db.setAutoCommit(false);
        Instant now = Instant.now();
        String previous = LogEntry.GENESIS;
        try (PreparedStatement record = db.prepareStatement("insert into event_record (id, version, type_code, title,"
                        + " summary, event_start, time_precision, time_zone, verification, status, created_by, created_at,"
                        + " updated_by, updated_at, revision, published_version, last_published_at) values"
                        + " (?, 1, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', 'bench-editor', ?, 'bench-editor', ?, 1, 1, ?)");
                PreparedStatement entry = db.prepareStatement("insert into publication (id, seq, record_id, version_no,"
                        + " kind, title, note, snapshot, published_at, published_by, approved_by, previous_hash, hash,"
                        + " hash_format, document) values (?, ?, ?, 1, 'PUBLISHED', ?, null, ?, ?, 'bench-editor',"
                        + " 'bench-reviewer', ?, ?, 2, ?)");
                PreparedStatement copy = db.prepareStatement(
                        "insert into public_record (record_id, version_no, status,"
                                + " title, summary, type_code, event_start, verification, first_published_at, updated_at,"
                                + " entry_seq, entry_hash, document) values (?, 1, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement place = db.prepareStatement("insert into public_record_place (record_id, position,"
                        + " name, name_key, country, lat, lon) values (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement category =
                        db.prepareStatement("insert into public_record_category (record_id, category) values (?, ?)")) {
            for (int i = 1; i <= count; i++) {
                Instant at = now.minusSeconds((long) (count - i) * 60);
                PublicRecord r = record(i, random, at);
                String document = PublicRecordJson.canonical(r);
                String snapshot = "title\t" + r.title() + "\n";
                LogEntry unsealed = new LogEntry(
                        i,
                        i,
                        1,
                        "PUBLISHED",
                        r.title(),
                        null,
                        at,
                        "bench-editor",
                        "bench-reviewer",
                        previous,
                        snapshot,
                        document,
                        LogEntry.CANONICAL_FORMAT,
                        null);
                String hash = unsealed.expectedHash();
                OffsetDateTime published = at.atOffset(ZoneOffset.UTC);
                OffsetDateTime start = r.time().start();

                record.setLong(1, i);
                record.setString(2, r.type().code());
                record.setString(3, r.title());
                record.setString(4, r.summary());
                record.setObject(5, start);
                record.setString(6, r.time().precision().name());
                record.setString(7, r.time().zone());
                record.setString(8, r.verification().name());
                record.setObject(9, published);
                record.setObject(10, published);
                record.setObject(11, published);
                record.addBatch();

                entry.setLong(1, i);
                entry.setLong(2, i);
                entry.setLong(3, i);
                entry.setString(4, r.title());
                entry.setString(5, snapshot);
                entry.setObject(6, published);
                entry.setString(7, previous);
                entry.setString(8, hash);
                entry.setString(9, document);
                entry.addBatch();

                copy.setLong(1, i);
                copy.setString(2, r.title());
                copy.setString(3, r.summary());
                copy.setString(4, r.type().code());
                copy.setObject(5, start);
                copy.setString(6, r.verification().name());
                copy.setObject(7, published);
                copy.setObject(8, published);
                copy.setLong(9, i);
                copy.setString(10, hash);
                copy.setString(11, document);
                copy.addBatch();

                for (int p = 0; p < r.places().size(); p++) {
                    PublicRecord.Place where = r.places().get(p);
                    place.setLong(1, i);
                    place.setInt(2, p);
                    place.setString(3, where.name());
                    place.setString(4, where.name().toLowerCase());
                    place.setString(5, where.country());
                    place.setObject(6, where.lat());
                    place.setObject(7, where.lon());
                    place.addBatch();
                }
                r.figures().stream()
                        .map(PublicRecord.Figure::category)
                        .distinct()
                        .forEach(c -> {
                            try {
                                category.setLong(1, r.id());
                                category.setString(2, c);
                                category.addBatch();
                            } catch (SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        });
                previous = hash;
                if (i % 1000 == 0 || i == count) {
                    record.executeBatch();
                    entry.executeBatch();
                    copy.executeBatch();
                    place.executeBatch();
                    category.executeBatch();
                    db.commit();
                }
            }
        }
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("update publication_head set last_hash = '" + previous + "', entries = " + count
                    + ", last_at = current_timestamp where id = 1");
            statement.executeUpdate("alter sequence record_seq restart with " + (count + 1000));
            statement.executeUpdate("alter sequence publication_seq restart with " + (count + 1000));
        }
        db.commit();
        return previous;
    }

    static PublicRecord record(long id, Random random, Instant publishedAt) {
        String[] type = TYPES[random.nextInt(TYPES.length)];
        int placeCount = 1 + random.nextInt(3);
        List<PublicRecord.Source> sources = new ArrayList<>();
        int sourceCount = 1 + random.nextInt(3);
        for (int s = 0; s < sourceCount; s++) {
            String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
            sources.add(new PublicRecord.Source(
                    id * 10 + s,
                    SourceKind.NEWS_ARTICLE,
                    outlet,
                    outlet + " report " + id + "-" + s,
                    "https://news.example/" + id + "/" + s,
                    publishedAt.minusSeconds(3600).atOffset(ZoneOffset.UTC),
                    "en"));
        }
        Object[] first = PLACES[random.nextInt(PLACES.length)];
        List<PublicRecord.Place> places = new ArrayList<>();
        for (int p = 0; p < placeCount; p++) {
            Object[] where = p == 0 ? first : PLACES[random.nextInt(PLACES.length)];
            places.add(new PublicRecord.Place(
                    (String) where[0],
                    (String) where[1],
                    (String) where[2],
                    null,
                    (Double) where[3] + random.nextGaussian() * 0.05,
                    (Double) where[4] + random.nextGaussian() * 0.05,
                    GeoPrecision.values()[random.nextInt(3)],
                    Verification.SINGLE_SOURCE,
                    List.of(quote(sources, random, "in " + where[0]))));
        }
        List<PublicRecord.Actor> actors = new ArrayList<>();
        for (int a = 0; a < 1 + random.nextInt(3); a++) {
            String name = ACTORS[random.nextInt(ACTORS.length)];
            actors.add(new PublicRecord.Actor(
                    name,
                    ActorKind.values()[random.nextInt(ActorKind.values().length)],
                    a == 0 ? ActorRole.INITIATOR : ActorRole.TARGET,
                    Verification.SINGLE_SOURCE,
                    List.of(quote(sources, random, name + " said on the day"))));
        }
        List<PublicRecord.Figure> figures = new ArrayList<>();
        for (int f = 0; f < 1 + random.nextInt(4); f++) {
            Object[] category = FIGURES[random.nextInt(FIGURES.length)];
            Qualifier qualifier = new Qualifier[] {
                        Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.APPROXIMATE, Qualifier.MORE_THAN
                    }
                    [random.nextInt(4)];
            int value = 1 + random.nextInt(qualifier == Qualifier.EXACT ? 50 : 500);
            figures.add(new PublicRecord.Figure(
                    (String) category[0],
                    (String) category[1],
                    new Amount(qualifier, BigDecimal.valueOf(value), null, null, null, null),
                    qualifier == Qualifier.EXACT ? Integer.toString(value) : qualifier.words() + " " + value,
                    null,
                    null,
                    random.nextBoolean() ? "officials" : null,
                    Verification.SINGLE_SOURCE,
                    List.of(quote(sources, random, qualifier.words() + " " + value + " people"))));
        }
        List<PublicRecord.Claim> claims = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            claims.add(new PublicRecord.Claim(
                    ACTORS[random.nextInt(ACTORS.length)],
                    "We will respond to this attack in the days ahead, and nobody should doubt it.",
                    ClaimForm.QUOTE,
                    "statement",
                    null,
                    random.nextInt(5) == 0 ? Verification.DISPUTED : Verification.SINGLE_SOURCE,
                    List.of(quote(sources, random, "nobody should doubt it"))));
        }
        ZoneId zone = ZoneId.of((String) first[5]);
        OffsetDateTime start = Instant.parse("2015-01-01T00:00:00Z")
                .plusSeconds((long) (random.nextDouble() * 11 * 365 * 86400))
                .atZone(zone)
                .toOffsetDateTime()
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        String title = type[1] + " in " + first[0] + " (" + id + ")";
        return new PublicRecord(
                id,
                1,
                PublicRecord.Status.PUBLISHED,
                title,
                new PublicRecord.Type(type[0], type[1], type[2], type[3]),
                "Reports describe a " + type[1].toLowerCase() + " in " + first[0] + " involving "
                        + actors.get(0).name() + "; "
                        + figures.get(0).categoryLabel().toLowerCase() + ": "
                        + figures.get(0).described() + ".",
                List.of(quote(sources, random, "a " + type[1].toLowerCase() + " in " + first[0])),
                new PublicRecord.Time(
                        start,
                        null,
                        TimePrecision.values()[random.nextInt(4)],
                        zone.getId(),
                        List.of(quote(sources, random, "on the day"))),
                places,
                actors,
                figures,
                claims,
                List.of(),
                List.of("seeded"),
                null,
                sourceCount > 1 ? Verification.CORROBORATED : Verification.SINGLE_SOURCE,
                sources,
                publishedAt,
                publishedAt,
                null,
                null);
    }

    private static PublicRecord.Quote quote(List<PublicRecord.Source> sources, Random random, String words) {
        return new PublicRecord.Quote(
                sources.get(random.nextInt(sources.size())).id(),
                "Witnesses and officials said " + words + ", according to the report.");
    }
}
