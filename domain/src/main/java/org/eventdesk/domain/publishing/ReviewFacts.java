package org.eventdesk.domain.publishing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.eventdesk.domain.record.ClaimForm;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.Evidence;
import org.eventdesk.domain.shared.Hashing;

/**
 * A record's facts as a reviewer judges them, one by one: the summary, the time, each place, actor, figure and
 * claim, in readers' words, each with a stable reference and the quotes it rests on. Links and tags are not facts
 * here: they quote nothing.
 *
 * <p><b>References.</b> A record's fact rows are written anew on every save, so their database ids mean nothing
 * from one version to the next. A fact is named instead by what it is about: a place or actor by its name, a
 * figure by its category, a claim by its speaker, with the order among facts of the same name ("the second
 * figure for Killed"); {@code summary} and {@code time} are one each. So "Killed: 2" that became "Killed: 3" is the
 * same fact, changed, and a check or comment given to it follows it through saves. The reference is a short hash of
 * that identity (URL-safe, and no place name in an address).
 *
 * <p><b>Fingerprints.</b> What the fact says (its words, verification and quotes), hashed: a check holds for the
 * fact as it was when checked, and lapses once the fingerprint changes.
 *
 * <p><b>Changes.</b> {@link #since} compares the published version with the working copy fact by fact, as
 * {@link PublicChanges} does in sentences: a reference only the working copy has was added, one only the published
 * version has was removed, one whose words differ was changed (before → after).
 */
public final class ReviewFacts {
    private ReviewFacts() {}

    public enum Kind {
        SUMMARY("Summary"),
        TIME("When"),
        PLACE("Place"),
        ACTOR("Actor"),
        FIGURE("Figure"),
        CLAIM("Claim");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param ref the stable reference ({@code summary}, {@code time}, {@code place-1a2b3c4d5e6f}, …)
     * @param words the fact as readers read it ("Killed: 2, according to authorities")
     */
    public record Fact(String ref, Kind kind, String words, String verification, List<PublicRecord.Quote> quotes) {
        public Fact {
            quotes = List.copyOf(quotes);
        }

        /** What the fact says, hashed: its words, verification and quotes. */
        public String fingerprint() {
            StringBuilder all = new StringBuilder(kind.name())
                    .append('\n')
                    .append(words)
                    .append('\n')
                    .append(verification);
            quotes.forEach(
                    q -> all.append('\n').append(q.sourceId()).append(':').append(q.text()));
            return Hashing.sha256Hex(all.toString());
        }
    }

    public enum Change {
        UNCHANGED,
        ADDED,
        CHANGED,
        REMOVED
    }

    /**
     * A fact with what happened to it since the published version.
     *
     * @param fact the working copy's fact; the published one when it was removed
     * @param before the published words of a changed fact, else null
     */
    public record Marked(Fact fact, Change change, String before) {}

    /** Whether a reference names a fact of some record: what the API takes before it looks the record up. */
    public static boolean isReference(String ref) {
        return ref != null && ref.matches("summary|time|(place|actor|figure|claim)-[0-9a-f]{12}");
    }

    public static List<Fact> of(PublicRecord r) {
        List<Fact> facts = new ArrayList<>();
        if (r.summary() != null) {
            facts.add(new Fact("summary", Kind.SUMMARY, r.summary(), "", r.summaryEvidence()));
        }
        if (r.time() != null) {
            facts.add(new Fact(
                    "time", Kind.TIME, TimeWords.of(r.time()), "", r.time().evidence()));
        }
        named(
                facts,
                Kind.PLACE,
                r.places(),
                p -> p.name(),
                p -> new Fact(null, Kind.PLACE, placeWords(p), label(p.verification()), p.evidence()));
        named(
                facts,
                Kind.ACTOR,
                r.actors(),
                a -> a.name(),
                a -> new Fact(
                        null,
                        Kind.ACTOR,
                        a.name() + " · " + a.role().label() + " ("
                                + a.kind().label().toLowerCase(Locale.ROOT) + ")",
                        label(a.verification()),
                        a.evidence()));
        named(
                facts,
                Kind.FIGURE,
                r.figures(),
                f -> f.category(),
                f -> new Fact(null, Kind.FIGURE, figureWords(f), label(f.verification()), f.evidence()));
        named(
                facts,
                Kind.CLAIM,
                r.claims(),
                c -> c.speaker(),
                c -> new Fact(null, Kind.CLAIM, claimWords(c), label(c.verification()), c.evidence()));
        return facts;
    }

    /**
     * The evidence of a record's facts in the order {@link #of} lists them for the record's preview
     * ({@link PublicRecords#preview} keeps every fact and quote in the record's order): where each quote lies in its
     * source, which a public document does not say, for showing it inside its sentence.
     */
    public static List<List<Evidence>> evidenceInOrder(EventRecord r) {
        List<List<Evidence>> evidence = new ArrayList<>();
        if (r.getSummary() != null) {
            evidence.add(r.getSummaryEvidence());
        }
        if (r.getStart() != null) {
            evidence.add(r.getTimeEvidence());
        }
        r.getPlaces().forEach(p -> evidence.add(p.evidence()));
        r.getActors().forEach(a -> evidence.add(a.evidence()));
        r.getFigures().forEach(f -> evidence.add(f.evidence()));
        r.getClaims().forEach(c -> evidence.add(c.evidence()));
        return evidence;
    }

    /**
     * The working copy's facts, each marked against the published version; removed facts follow the others of
     * their kind. Without a published version nothing is marked: all of it is new to readers.
     */
    public static List<Marked> since(PublicRecord published, PublicRecord current) {
        List<Fact> now = of(current);
        if (published == null) {
            return now.stream().map(f -> new Marked(f, Change.UNCHANGED, null)).toList();
        }
        Map<String, Fact> before = new LinkedHashMap<>();
        of(published).forEach(f -> before.put(f.ref(), f));
        List<Marked> marked = new ArrayList<>();
        for (Fact fact : now) {
            Fact was = before.remove(fact.ref());
            if (was == null) {
                marked.add(new Marked(fact, Change.ADDED, null));
            } else if (!was.fingerprint().equals(fact.fingerprint())) {
                marked.add(new Marked(fact, Change.CHANGED, was.words()));
            } else {
                marked.add(new Marked(fact, Change.UNCHANGED, null));
            }
        }
        before.values().forEach(gone -> marked.add(new Marked(gone, Change.REMOVED, null)));
        List<Marked> ordered = new ArrayList<>(marked);
        ordered.sort(Comparator.comparing(m -> m.fact().kind()));
        return ordered;
    }

    private static <T> void named(
            List<Fact> facts, Kind kind, List<T> list, Function<T, String> name, Function<T, Fact> fact) {
        Map<String, Integer> seen = new HashMap<>();
        for (T item : list) {
            String key =
                    name.apply(item) == null ? "" : name.apply(item).strip().toLowerCase(Locale.ROOT);
            int ordinal = seen.merge(key, 1, Integer::sum);
            Fact f = fact.apply(item);
            String ref = kind.name().toLowerCase(Locale.ROOT) + "-"
                    + Hashing.sha256Hex(kind + "\n" + key + "\n" + ordinal).substring(0, 12);
            facts.add(new Fact(ref, f.kind(), f.words(), f.verification(), f.quotes()));
        }
    }

    private static String label(org.eventdesk.domain.record.Verification verification) {
        return verification == null ? "" : verification.label();
    }

    private static String placeWords(PublicRecord.Place p) {
        StringBuilder words = new StringBuilder(p.name());
        if (p.admin1() != null) {
            words.append(", ").append(p.admin1());
        }
        if (p.country() != null) {
            words.append(" (").append(p.country()).append(')');
        }
        if (p.hasCoordinates()) {
            words.append(" · ").append(p.lat()).append(", ").append(p.lon());
        }
        return words.toString();
    }

    private static String figureWords(PublicRecord.Figure f) {
        String words = f.categoryLabel() + ": " + f.described();
        if (f.attribution() != null) {
            words += ", according to " + f.attribution();
        }
        return words;
    }

    private static String claimWords(PublicRecord.Claim c) {
        String speaker = c.speaker() + (c.medium() == null ? "" : " (" + c.medium() + ")");
        return c.form() == ClaimForm.PARAPHRASE
                ? speaker + ": " + c.text() + " (paraphrased)"
                : speaker + ": “" + c.text() + "”";
    }
}
