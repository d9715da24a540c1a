package org.eventdesk.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eventdesk.domain.record.Qualifier;

/**
 * Scores {@link EventDrafter} against the events annotated in {@code events.tsv} beside each set's articles (format
 * in the set's README): how many annotated events it proposes, how many of their fields it gets right, and how
 * many of its proposals match nothing an editor would record.
 *
 * <p>A proposal <b>matches</b> an annotated event of its article when their types are of one family and they
 * share the date or a place (the proposal sharing both is preferred; each matches at most once). Families:
 * protests and riots (ACLED's demonstrations); battles, explosions/remote violence and violence against
 * civilians (political violence); meeting, negotiation and agreement (talks); disaster and accident
 * (calamities); every other top-level code on its own. Of a matched event four fields are scored:
 *
 * <ul>
 *   <li><b>type</b>: the same code;
 *   <li><b>time</b>: the same local start date and precision, and the same zone (unless the annotation gives
 *       none: "-");
 *   <li><b>places</b>: every annotated place is proposed (by the article's name or the gazetteer's, ignoring
 *       case), and every proposed place is in a country of an annotated place (a country or region around a
 *       proposed city is no error; a place abroad is);
 *   <li><b>figures</b>: every annotated killed or injured figure is proposed with its category, qualifier and
 *       value, and every proposed killed or injured figure is one of them or has the category of one (a vaguer
 *       competing figure, "dozens" beside "at least 46", is no error; a killed figure where none was reported
 *       is).
 * </ul>
 *
 * Run with the extraction evaluation: {@code mvn -q -pl extraction test-compile exec:java@evaluate-extraction}
 * ({@code -Dextraction.verbose=true} lists each miss and spurious proposal).
 */
final class EventEvaluation {

    /** The counts of one set. */
    static final class Report {
        final String set;
        int annotated;
        int proposed;
        int matched;
        int typeRight;
        int timeRight;
        int placesRight;
        int figuresRight;
        final List<String> notes = new ArrayList<>();

        Report(String set) {
            this.set = set;
        }

        double found() {
            return annotated == 0 ? 1.0 : (double) matched / annotated;
        }

        double fieldsRight() {
            return matched == 0 ? 1.0 : (double) (typeRight + timeRight + placesRight + figuresRight) / (4 * matched);
        }

        int spurious() {
            return proposed - matched;
        }

        double spuriousRate() {
            return proposed == 0 ? 0.0 : (double) spurious() / proposed;
        }

        String table() {
            return String.format(
                    Locale.ROOT,
                    "Draft from article, %s set: %d events annotated, %d proposed, %d matched: %.1f%% of annotated"
                            + " events proposed%n"
                            + "  fields right among matched: %.1f%% (type %.1f%%, time %.1f%%, places %.1f%%,"
                            + " figures %.1f%%)%n"
                            + "  proposed events matching nothing: %d of %d (%.1f%%)%n",
                    set,
                    annotated,
                    proposed,
                    matched,
                    100 * found(),
                    100 * fieldsRight(),
                    pct(typeRight),
                    pct(timeRight),
                    pct(placesRight),
                    pct(figuresRight),
                    spurious(),
                    proposed,
                    100 * spuriousRate());
        }

        private double pct(int n) {
            return matched == 0 ? 100.0 : 100.0 * n / matched;
        }
    }

    private record Place(String country, String name) {}

    private record Figure(String category, Qualifier qualifier, String value) {}

    private record Gold(
            String article,
            String type,
            String date,
            String precision,
            String zone,
            List<Place> places,
            List<Figure> figures) {}

    private static final Set<String> SCORED_CATEGORIES = Set.of("KILLED", "INJURED");

    private EventEvaluation() {}

    static Report evaluate(Extractor extractor, String set) {
        EventDrafter drafter = new EventDrafter();
        List<Gold> gold = read(set);
        Report r = new Report(set);
        for (ExtractionEvaluation.Article a : ExtractionEvaluation.load(set)) {
            Suggestions s = extractor.extract(a.text(), a.published());
            List<ProposedEvent> proposed = drafter.draft(a.text(), a.published(), s);
            List<Gold> expected =
                    gold.stream().filter(g -> g.article().equals(a.name())).toList();
            r.annotated += expected.size();
            r.proposed += proposed.size();
            boolean[] used = new boolean[proposed.size()];
            for (Gold g : expected) {
                int best = -1;
                int bestScore = 0;
                for (int i = 0; i < proposed.size(); i++) {
                    ProposedEvent p = proposed.get(i);
                    if (used[i] || !family(p.type()).equals(family(g.type()))) {
                        continue;
                    }
                    int score = (sameDate(g, p) ? 1 : 0) + (sharesPlace(g, p) ? 1 : 0);
                    if (score > bestScore) {
                        best = i;
                        bestScore = score;
                    }
                }
                if (best < 0) {
                    r.notes.add(a.name() + "  MISSED  " + g.type() + " " + g.date() + " " + g.places());
                    continue;
                }
                used[best] = true;
                r.matched++;
                ProposedEvent p = proposed.get(best);
                score(r, a.name(), g, p);
            }
            for (int i = 0; i < proposed.size(); i++) {
                if (!used[i]) {
                    r.notes.add(a.name() + "  SPURIOUS  " + describe(proposed.get(i)));
                }
            }
        }
        return r;
    }

    private static void score(Report r, String article, Gold g, ProposedEvent p) {
        if (g.type().equals(p.type())) {
            r.typeRight++;
        } else {
            r.notes.add(article + "  TYPE  " + g.type() + " expected, " + p.type() + " given");
        }
        boolean time = p.time() != null
                && p.time().localStart().toLocalDate().toString().equals(g.date())
                && p.time().precision().name().equals(g.precision())
                && (g.zone().equals("-")
                        || p.time().zone() != null && p.time().zone().getId().equals(g.zone()));
        if (time) {
            r.timeRight++;
        } else {
            r.notes.add(article + "  TIME  " + g.date() + " " + g.precision() + " " + g.zone() + " expected, "
                    + (p.time() == null
                            ? "none"
                            : p.time().localStart() + " " + p.time().precision() + " "
                                    + p.time().zone() + " \"" + p.time().text() + "\"")
                    + " given");
        }
        Set<String> countries = g.places().stream().map(Place::country).collect(Collectors.toSet());
        boolean places = g.places().stream().allMatch(gp -> p.places().stream().anyMatch(pp -> named(pp, gp)))
                && p.places().stream().allMatch(pp -> countries.contains(pp.country()));
        if (places) {
            r.placesRight++;
        } else {
            r.notes.add(article + "  PLACES  " + g.places() + " expected, "
                    + p.places().stream()
                            .map(pp -> pp.country() + ":" + pp.name())
                            .toList() + " given");
        }
        List<FigureSuggestion> counted = p.figures().stream()
                .filter(f -> SCORED_CATEGORIES.contains(f.category()))
                .toList();
        Set<String> categories = g.figures().stream().map(Figure::category).collect(Collectors.toSet());
        boolean figures = g.figures().stream().allMatch(gf -> counted.stream().anyMatch(f -> same(gf, f)))
                && counted.stream().allMatch(f -> categories.contains(f.category()));
        if (figures) {
            r.figuresRight++;
        } else {
            r.notes.add(article + "  FIGURES  " + g.figures() + " expected, "
                    + counted.stream()
                            .map(f -> f.category() + " " + f.amount().qualifier() + " \"" + f.text() + "\"")
                            .toList()
                    + " given");
        }
    }

    private static boolean named(PlaceSuggestion p, Place g) {
        return p.country().equals(g.country())
                && (p.name().equalsIgnoreCase(g.name()) || p.gazetteerName().equalsIgnoreCase(g.name()));
    }

    private static boolean sameDate(Gold g, ProposedEvent p) {
        return p.time() != null
                && p.time().localStart().toLocalDate().toString().equals(g.date());
    }

    private static boolean sharesPlace(Gold g, ProposedEvent p) {
        return g.places().stream().anyMatch(gp -> p.places().stream().anyMatch(pp -> named(pp, gp)));
    }

    private static boolean same(Figure g, FigureSuggestion f) {
        if (!g.category().equals(f.category()) || g.qualifier() != f.amount().qualifier()) {
            return false;
        }
        return switch (f.amount().qualifier()) {
            case RANGE ->
                equal(f.amount().low(), g.value().split("-")[0])
                        && equal(f.amount().high(), g.value().split("-")[1]);
            case FRACTION ->
                equal(f.amount().numerator(), g.value().split("/")[0])
                        && equal(f.amount().denominator(), g.value().split("/")[1]);
            default -> equal(f.amount().value(), g.value());
        };
    }

    private static boolean equal(BigDecimal actual, String expected) {
        return actual != null && actual.compareTo(new BigDecimal(expected)) == 0;
    }

    /** The family of a type code, for matching (see the class's Javadoc). */
    static String family(String type) {
        String top = type.contains(".") ? type.substring(0, type.indexOf('.')) : type;
        return switch (top) {
            case "PROTESTS", "RIOTS" -> "demonstrations";
            case "BATTLES", "EXPLOSIONS_REMOTE_VIOLENCE", "VIOLENCE_AGAINST_CIVILIANS" -> "political violence";
            case "MEETING", "NEGOTIATION", "AGREEMENT" -> "talks";
            case "DISASTER", "ACCIDENT" -> "calamities";
            default -> top;
        };
    }

    private static String describe(ProposedEvent p) {
        return p.type() + " \"" + p.title() + "\" "
                + (p.time() == null
                        ? "no time"
                        : p.time().localStart() + " " + p.time().precision()) + " "
                + p.places().stream().map(PlaceSuggestion::name).toList();
    }

    private static List<Gold> read(String set) {
        try {
            List<Gold> out = new ArrayList<>();
            for (String line : Files.readAllLines(
                    ExtractionEvaluation.folder(set).resolve("events.tsv"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 7) {
                    throw new IllegalArgumentException(set + "/events.tsv: expected 7 fields: " + line);
                }
                List<Place> places = new ArrayList<>();
                for (String p : f[5].split(";\\s*")) {
                    String[] cc = p.strip().split(":", 2);
                    places.add(new Place(cc[0], cc[1]));
                }
                List<Figure> figures = new ArrayList<>();
                if (!f[6].strip().equals("-")) {
                    for (String fig : f[6].split(";\\s*")) {
                        String[] parts = fig.strip().split(" ");
                        figures.add(new Figure(parts[0], Qualifier.valueOf(parts[1]), parts[2]));
                    }
                }
                out.add(new Gold(f[0], f[1], f[2], f[3], f[4], places, figures));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
