package org.eventdesk.domain.record;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventdesk.domain.source.InputFormat;
import org.eventdesk.domain.source.Source;
import org.eventdesk.domain.source.SourceKind;
import org.eventdesk.domain.source.SourceSubmission;

/**
 * Sources and references for rule tests: what the database answers in the application, held in maps here so
 * the rules can be tested in milliseconds. The database side is tested by the mapping and Arquillian tests.
 */
final class Fixtures implements RecordReferences {
    static final Instant NOW = Instant.parse("2025-12-27T12:00:00Z");
    static final String STRIKE_TEXT = "Russia launched almost 500 drones and 40 missiles targeting Kyiv overnight."
            + " Authorities said two people were killed, while at least 46 people were wounded, including two children."
            + " A third of the capital was left without heat.";

    private final Map<Long, Source> sources = new HashMap<>();
    private final Set<Long> records = new java.util.HashSet<>();

    Source addSource(long id, String outlet, String text) {
        Source source = Source.receive(
                new SourceSubmission(
                        SourceKind.NEWS_ARTICLE,
                        "Title " + id,
                        outlet,
                        null,
                        null,
                        ZonedDateTime.of(2025, 12, 27, 14, 0, 0, 0, ZoneId.of("Europe/London")),
                        null,
                        "en",
                        text,
                        InputFormat.PLAIN_TEXT,
                        text),
                "editor",
                NOW);
        setId(source, id);
        sources.put(id, source);
        return source;
    }

    void addRecord(long id) {
        records.add(id);
    }

    static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The offsets of a phrase in a text, as an editor's selection would give them. */
    static RecordInput.EvidenceRef span(long sourceId, String text, String phrase) {
        return RecordInputs.span(sourceId, text, phrase);
    }

    static RecordInput.FigureInput figure(
            String category, Qualifier qualifier, Integer value, RecordInput.EvidenceRef... evidence) {
        return RecordInputs.figureOf(category, qualifier, value == null ? null : value.longValue(), evidence);
    }

    static RecordInput input(List<RecordInput.FigureInput> figures) {
        RecordInputs input = RecordInputs.titled("Strike on Kyiv");
        figures.forEach(input::figure);
        return input.input();
    }

    @Override
    public boolean isEventType(String code) {
        return code.startsWith("EXPLOSIONS_REMOTE_VIOLENCE") || code.equals("MEETING");
    }

    @Override
    public boolean isFigureCategory(String code) {
        return Set.of("KILLED", "INJURED", "CHILDREN", "DRONES_LAUNCHED", "MISSILES_LAUNCHED", "WITHOUT_HEAT")
                .contains(code);
    }

    @Override
    public Optional<Source> source(long id) {
        return Optional.ofNullable(sources.get(id));
    }

    @Override
    public boolean recordExists(long id) {
        return records.contains(id);
    }
}
