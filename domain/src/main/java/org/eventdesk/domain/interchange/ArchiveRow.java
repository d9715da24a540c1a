package org.eventdesk.domain.interchange;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.GeoPrecision;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.source.SourceKind;
import org.eventdesk.domain.source.SourceSubmission;

/**
 * One row of an archive, read and checked, before the desk stores it: the record's facts, and the outlets that
 * reported it. Evidence needs sources that exist, so the record's input is made once they are stored
 * ({@link #input}); each outlet gets a source of its own ({@link #source}), whose text is the archive's account of
 * the event as that outlet's report (ACLED's {@code notes}).
 *
 * @param externalId the archive's own id of the event (ACLED's {@code event_id_cnty}), kept on the record
 * @param killed the fatalities as a killed figure, or {@code null} when the archive reports none
 * @param outlets the outlets named in the row's source column, each once, in order
 */
public record ArchiveRow(
        String externalId,
        String type,
        String title,
        String summary,
        LocalDate date,
        TimePrecision precision,
        List<Place> places,
        List<Actor> actors,
        Amount killed,
        List<String> outlets,
        List<String> tags)
        implements ArchiveEntry {

    public record Place(
            String name,
            String country,
            String admin1,
            String admin2,
            Double lat,
            Double lon,
            GeoPrecision precision) {}

    public record Actor(String name, ActorKind kind, ActorRole role) {}

    @Override
    public String key() {
        return AcledFormat.ARCHIVE + ":" + externalId;
    }

    @Override
    public String origin() {
        return AcledFormat.ARCHIVE + " event " + externalId;
    }

    @Override
    public List<SourceSubmission> sources() {
        return outlets.stream().map(o -> source(o, AcledFormat.ARCHIVE)).toList();
    }

    /** Its own account, which no source the desk already holds can stand for: ACLED's sources have no address. */
    @Override
    public List<String> quotesFrom(int index) {
        return List.of(sourceText(outlets.get(index), AcledFormat.ARCHIVE));
    }

    @Override
    public SourceSubmission sourceWithoutAddress(int index) {
        return sources().get(index);
    }

    @Override
    public RecordInput input(List<org.eventdesk.domain.source.Source> stored) {
        return input(
                stored.stream().map(org.eventdesk.domain.source.Source::getId).toList(), AcledFormat.ARCHIVE);
    }

    @Override
    public String column(String fieldPath) {
        return AcledColumns.of(fieldPath);
    }

    /** The event's day as an instant: the archive gives a date without a zone, so it is the day in UTC. */
    public ZonedDateTime start() {
        return date.atStartOfDay(ZoneOffset.UTC);
    }

    /**
     * The source that stands for one outlet's report of this event. Its text names the archive's event and the
     * outlet, so the reports of two outlets (or of two events worded alike) are distinct sources.
     */
    public SourceSubmission source(String outlet, String archive) {
        String text = sourceText(outlet, archive);
        return new SourceSubmission(
                SourceKind.OTHER,
                truncate(archive + " " + externalId + ": " + outlet, org.eventdesk.domain.source.Source.MAX_TITLE),
                outlet,
                null,
                null,
                start(),
                null,
                "en",
                text,
                org.eventdesk.domain.source.InputFormat.PLAIN_TEXT,
                text);
    }

    String sourceText(String outlet, String archive) {
        return prefix(outlet, archive) + (summary == null ? title : summary);
    }

    private String prefix(String outlet, String archive) {
        return archive + " event " + externalId + ", as reported by " + outlet + ": ";
    }

    /**
     * The record's input, every fact quoting the account in each outlet's source.
     *
     * @param sourceIds the stored sources, in the order of {@link #outlets}
     */
    public RecordInput input(List<Long> sourceIds, String archive) {
        List<RecordInput.EvidenceRef> evidence = new ArrayList<>();
        for (int i = 0; i < sourceIds.size(); i++) {
            String outlet = outlets.get(i);
            int from = prefix(outlet, archive).length();
            int to = sourceText(outlet, archive).strip().length();
            evidence.add(new RecordInput.EvidenceRef(sourceIds.get(i), from, to));
        }
        List<RecordInput.EvidenceRef> quoted = evidence.stream()
                .limit(org.eventdesk.domain.record.EventRecord.MAX_EVIDENCE)
                .toList();
        return new RecordInput(
                type,
                title,
                summary,
                summary == null ? List.of() : quoted,
                new RecordInput.TimeInput(start().toOffsetDateTime(), null, precision, "UTC", quoted),
                places.stream()
                        .map(p -> new RecordInput.PlaceInput(
                                p.name(),
                                p.country(),
                                p.admin1(),
                                p.admin2(),
                                p.lat(),
                                p.lon(),
                                p.precision(),
                                null,
                                quoted))
                        .toList(),
                actors.stream()
                        .map(a -> new RecordInput.ActorInput(a.name(), a.kind(), a.role(), null, quoted))
                        .toList(),
                killed == null
                        ? List.of()
                        : List.of(new RecordInput.FigureInput("KILLED", killed, null, null, archive, null, quoted)),
                List.of(),
                List.of(),
                tags,
                org.eventdesk.domain.record.Occurrence.HAPPENED,
                null);
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
