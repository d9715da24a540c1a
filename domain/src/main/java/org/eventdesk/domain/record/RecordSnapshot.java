package org.eventdesk.domain.record;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A record's content as a flat list of fields in reading order, each named by the same path the rules and the
 * API use ({@code figures[3].value}). It is what the history compares before and after a change, what a
 * reviewer's diff compares with the last published version, and what a publication seals and hashes.
 *
 * <p>Values are written as a reader would say them ("at least 46", a quote in quotation marks with its outlet),
 * so a diff reads as a sentence of changes, not as database columns.
 */
public final class RecordSnapshot {
    private final LinkedHashMap<String, String> fields;

    private RecordSnapshot(LinkedHashMap<String, String> fields) {
        this.fields = fields;
    }

    public Map<String, String> fields() {
        return Collections.unmodifiableMap(fields);
    }

    public static RecordSnapshot empty() {
        return new RecordSnapshot(new LinkedHashMap<>());
    }

    /** The record as it is now. */
    public static RecordSnapshot of(EventRecord r) {
        Builder b = new Builder();
        b.put("type", r.getType());
        b.put("title", r.getTitle());
        b.put("summary", r.getSummary());
        b.evidence("summaryEvidence", r.getSummaryEvidence());
        if (r.getStart() != null) {
            b.put("time.start", local(r.getStart(), r.getZone()));
            b.put("time.end", r.getEnd() == null ? null : local(r.getEnd(), r.getZone()));
            b.put("time.precision", r.getPrecision().name());
            b.put("time.zone", r.getZone());
        }
        b.evidence("time.evidence", r.getTimeEvidence());
        for (int i = 0; i < r.getPlaces().size(); i++) {
            RecordPlace p = r.getPlaces().get(i);
            String at = "places[" + i + "]";
            b.put(at + ".name", p.name());
            b.put(at + ".alias", p.alias()); // absent when null: snapshots sealed before aliases read the same
            b.put(at + ".country", p.country());
            b.put(at + ".admin1", p.admin1());
            b.put(at + ".admin2", p.admin2());
            b.put(at + ".coordinates", p.lat() == null ? null : p.lat() + ", " + p.lon() + " (" + p.precision() + ")");
            b.put(at + ".judgement", name(p.judgement()));
            b.evidence(at + ".evidence", p.evidence());
        }
        for (int i = 0; i < r.getActors().size(); i++) {
            RecordActor a = r.getActors().get(i);
            String at = "actors[" + i + "]";
            b.put(at + ".name", a.name());
            b.put(at + ".kind", a.kind().name());
            b.put(at + ".role", a.role().name());
            b.put(at + ".judgement", name(a.judgement()));
            b.evidence(at + ".evidence", a.evidence());
        }
        for (int i = 0; i < r.getFigures().size(); i++) {
            Figure f = r.getFigures().get(i);
            String at = "figures[" + i + "]";
            b.put(at + ".category", f.category());
            b.put(at + ".value", f.value().describe());
            b.put(at + ".parent", f.parent() == null ? null : "figures[" + f.parent() + "]");
            b.put(at + ".attribution", f.attribution());
            b.put(at + ".asOf", f.asOf() == null ? null : f.asOf().toString());
            b.put(at + ".judgement", name(f.judgement()));
            b.evidence(at + ".evidence", f.evidence());
        }
        for (int i = 0; i < r.getClaims().size(); i++) {
            Claim c = r.getClaims().get(i);
            String at = "claims[" + i + "]";
            b.put(at + ".speaker", c.speaker());
            b.put(at + ".text", c.text());
            b.put(at + ".form", c.form().name());
            b.put(at + ".medium", c.medium());
            b.put(at + ".time", c.saidAt() == null ? null : c.saidAt().toString());
            b.put(at + ".judgement", name(c.judgement()));
            b.evidence(at + ".evidence", c.evidence());
        }
        for (int i = 0; i < r.getLinks().size(); i++) {
            b.put(
                    "links[" + i + "]",
                    r.getLinks().get(i).relation() + " #" + r.getLinks().get(i).targetId());
        }
        b.put("tags", r.getTags().isEmpty() ? null : String.join(", ", r.getTags()));
        b.put("occurrence", name(r.getOccurrence()));
        b.put("judgement", name(r.getJudgement()));
        return new RecordSnapshot(b.fields);
    }

    /**
     * A record as someone is about to save it, in the same paths as {@link #of(EventRecord)}, so an editor can
     * compare their unsaved form with what another editor saved.
     *
     * @param quoteOf the words of a span, as the form shows them
     */
    public static RecordSnapshot of(RecordInput in, Function<RecordInput.EvidenceRef, String> quoteOf) {
        Builder b = new Builder();
        b.put("type", blank(in.type()));
        b.put("title", blank(in.title()));
        b.put("summary", blank(in.summary()));
        b.refs("summaryEvidence", in.summaryEvidence(), quoteOf);
        if (in.time() != null && in.time().start() != null) {
            String zone = in.time().zone() == null
                    ? in.time().start().getOffset().getId()
                    : in.time().zone();
            b.put("time.start", local(in.time().start().toInstant(), zone));
            b.put(
                    "time.end",
                    in.time().end() == null ? null : local(in.time().end().toInstant(), zone));
            b.put("time.precision", name(in.time().precision()));
            b.put("time.zone", zone);
        }
        b.refs("time.evidence", in.time() == null ? List.of() : in.time().evidence(), quoteOf);
        for (int i = 0; i < in.places().size(); i++) {
            RecordInput.PlaceInput p = in.places().get(i);
            String at = "places[" + i + "]";
            b.put(at + ".name", blank(p.name()));
            b.put(
                    at + ".country",
                    blank(p.country()) == null ? null : p.country().strip().toUpperCase());
            b.put(at + ".admin1", blank(p.admin1()));
            b.put(at + ".admin2", blank(p.admin2()));
            b.put(at + ".coordinates", p.lat() == null ? null : p.lat() + ", " + p.lon() + " (" + p.precision() + ")");
            b.put(at + ".judgement", judgement(p.verification()));
            b.refs(at + ".evidence", p.evidence(), quoteOf);
        }
        for (int i = 0; i < in.actors().size(); i++) {
            RecordInput.ActorInput a = in.actors().get(i);
            String at = "actors[" + i + "]";
            b.put(at + ".name", blank(a.name()));
            b.put(at + ".kind", name(a.kind()));
            b.put(at + ".role", name(a.role()));
            b.put(at + ".judgement", judgement(a.verification()));
            b.refs(at + ".evidence", a.evidence(), quoteOf);
        }
        for (int i = 0; i < in.figures().size(); i++) {
            RecordInput.FigureInput f = in.figures().get(i);
            String at = "figures[" + i + "]";
            b.put(at + ".category", blank(f.category()));
            b.put(
                    at + ".value",
                    f.amount() == null || f.amount().qualifier() == null
                            ? null
                            : f.amount().describe());
            b.put(at + ".parent", f.parent() == null ? null : "figures[" + f.parent() + "]");
            b.put(at + ".attribution", blank(f.attribution()));
            b.put(at + ".asOf", f.asOf() == null ? null : f.asOf().toInstant().toString());
            b.put(at + ".judgement", judgement(f.verification()));
            b.refs(at + ".evidence", f.evidence(), quoteOf);
        }
        for (int i = 0; i < in.claims().size(); i++) {
            RecordInput.ClaimInput c = in.claims().get(i);
            String at = "claims[" + i + "]";
            b.put(at + ".speaker", blank(c.speaker()));
            b.put(at + ".text", blank(c.text()));
            b.put(at + ".form", (c.form() == null ? ClaimForm.QUOTE : c.form()).name());
            b.put(at + ".medium", blank(c.medium()));
            b.put(at + ".time", c.time() == null ? null : c.time().toInstant().toString());
            b.put(at + ".judgement", judgement(c.verification()));
            b.refs(at + ".evidence", c.evidence(), quoteOf);
        }
        for (int i = 0; i < in.links().size(); i++) {
            b.put(
                    "links[" + i + "]",
                    in.links().get(i).relation() + " #" + in.links().get(i).recordId());
        }
        b.put(
                "tags",
                in.tags().isEmpty()
                        ? null
                        : String.join(
                                ", ",
                                in.tags().stream()
                                        .map(t -> t.strip().toLowerCase())
                                        .distinct()
                                        .toList()));
        b.put("occurrence", name(in.occurrence()));
        b.put("judgement", judgement(in.verification()));
        return new RecordSnapshot(b.fields);
    }

    /** What changed from {@code before} to this snapshot, field by field, in reading order. */
    public List<FieldChange> changesSince(RecordSnapshot before) {
        List<FieldChange> changes = new ArrayList<>();
        fields.forEach((field, value) -> {
            if (!Objects.equals(before.fields.get(field), value)) {
                changes.add(new FieldChange(field, before.fields.get(field), value));
            }
        });
        before.fields.forEach((field, value) -> {
            if (!fields.containsKey(field)) {
                changes.add(new FieldChange(field, value, null));
            }
        });
        return changes;
    }

    /** One line per field, "path TAB value", with tab, newline and backslash escaped: stable, hashable text. */
    public String serialize() {
        StringBuilder text = new StringBuilder();
        fields.forEach((field, value) ->
                text.append(escape(field)).append('\t').append(escape(value)).append('\n'));
        return text.toString();
    }

    public static RecordSnapshot parse(String text) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                int tab = line.indexOf('\t');
                fields.put(unescape(line.substring(0, tab)), unescape(line.substring(tab + 1)));
            }
        }
        return new RecordSnapshot(fields);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String local(Instant instant, String zone) {
        return instant.atZone(ZoneId.of(zone)).toOffsetDateTime().toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String judgement(Verification verification) {
        return verification != null && verification.isJudgement() ? verification.name() : null;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Fields without a value are left out: a missing field and an empty one read the same. */
    private static final class Builder {
        private final LinkedHashMap<String, String> fields = new LinkedHashMap<>();

        void put(String field, String value) {
            if (value != null && !value.isBlank()) {
                fields.put(field, value);
            }
        }

        void evidence(String field, List<Evidence> evidence) {
            for (int i = 0; i < evidence.size(); i++) {
                Evidence e = evidence.get(i);
                put(field + "[" + i + "]", quoted(e.quote(), e.sourceId(), e.start(), e.end()));
            }
        }

        void refs(String field, List<RecordInput.EvidenceRef> refs, Function<RecordInput.EvidenceRef, String> quoteOf) {
            for (int i = 0; i < refs.size(); i++) {
                RecordInput.EvidenceRef ref = refs.get(i);
                put(field + "[" + i + "]", quoted(quoteOf.apply(ref), ref.sourceId(), ref.start(), ref.end()));
            }
        }

        private static String quoted(String quote, Long sourceId, Integer start, Integer end) {
            return "“" + quote + "” (source " + sourceId + ", " + start + "–" + end + ")";
        }
    }
}
