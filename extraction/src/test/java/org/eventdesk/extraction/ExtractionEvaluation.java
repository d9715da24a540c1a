package org.eventdesk.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.source.ArticleCleaner;

/**
 * Scores the extractor against the hand-annotated articles in {@code src/test/resources/extraction/eval} (format
 * in that folder's README) and prints precision and recall per kind of suggestion.
 *
 * <p>Run: {@code mvn -q -pl extraction test-compile exec:java@evaluate-extraction} (add {@code -Dextraction.verbose=true}
 * for every miss and false alarm). {@code ExtractionQualityTest} runs the same evaluation as a quality gate.
 *
 * <p>A suggestion matches an annotation when their spans overlap and:
 *
 * <ul>
 *   <li>figures: the same qualifier and the same numbers (value, low and high, or numerator and denominator).
 *       Categories are not part of the match; their agreement on matched figures is reported on its own line;
 *   <li>times: the same local reading (an annotation of "-" accepts any);
 *   <li>places: the same country;
 *   <li>actors: the same name (ignoring case) and kind;
 *   <li>quotes: the same speaker ("-" = none).
 * </ul>
 *
 * Each annotation matches at most one suggestion and the other way round. Only the kinds an article lists under
 * {@code annotated:} are scored for it, so an article annotated for figures alone adds no false places.
 */
public final class ExtractionEvaluation {
    static final List<String> KINDS = List.of("figures", "times", "places", "actors", "quotes");

    /** Counts for one kind. */
    static final class Score {
        int gold;
        int found;
        int matched;
        int categoriesCompared;
        int categoriesAgreed;

        double precision() {
            return found == 0 ? 1.0 : (double) matched / found;
        }

        double recall() {
            return gold == 0 ? 1.0 : (double) matched / gold;
        }
    }

    /** The scores per kind, and the notes on what did not match. */
    record Report(String set, Map<String, Score> scores, List<String> notes, int articles) {
        Score get(String kind) {
            return scores.get(kind);
        }

        String table() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(
                    Locale.ROOT,
                    "Extraction evaluation, %s set (src/test/resources/extraction/%s): %d articles%n",
                    set.equals(DEVELOPMENT) ? "development" : "held-out",
                    set,
                    articles));
            b.append(String.format(
                    Locale.ROOT,
                    "%-8s %6s %6s %6s %10s %8s%n",
                    "kind",
                    "gold",
                    "found",
                    "match",
                    "precision",
                    "recall"));
            for (String kind : KINDS) {
                Score s = scores.get(kind);
                b.append(String.format(
                        Locale.ROOT,
                        "%-8s %6d %6d %6d %9.1f%% %7.1f%%%n",
                        kind,
                        s.gold,
                        s.found,
                        s.matched,
                        100 * s.precision(),
                        100 * s.recall()));
            }
            Score f = scores.get("figures");
            b.append(String.format(
                    Locale.ROOT,
                    "figure categories agree on %d of %d matched figures that have one%n",
                    f.categoriesAgreed,
                    f.categoriesCompared));
            return b.toString();
        }
    }

    private record Gold(String kind, String[] fields, int start, int end) {}

    record Article(String name, String text, ZonedDateTime published, Set<String> annotated, List<Gold> gold) {}

    private static final Pattern ANCHOR = Pattern.compile("\"(.*)\"(?:#(\\d+|\\*))?$");

    public static void main(String[] args) {
        // -Dextraction.verbose (not exec.args, which the gazetteer's exec step would also receive)
        boolean verbose = Boolean.getBoolean("extraction.verbose") || args.length > 0 && args[0].equals("-v");
        Extractor extractor = new Extractor();
        for (String set : List.of(DEVELOPMENT, HELD_OUT)) {
            Report report = evaluate(extractor, set);
            if (verbose) {
                report.notes().forEach(System.out::println);
                System.out.println();
            }
            System.out.print(report.table());
            System.out.println();
            EventEvaluation.Report events = EventEvaluation.evaluate(extractor, set);
            if (verbose) {
                events.notes.forEach(System.out::println);
                System.out.println();
            }
            System.out.print(events.table());
            System.out.println();
        }
    }

    /** The articles the rules were developed against. */
    static final String DEVELOPMENT = "eval";
    /** Articles written after the rules were tuned, scored but never tuned on: the honest estimate. */
    static final String HELD_OUT = "holdout";

    static Report evaluate(Extractor extractor, String set) {
        Map<String, Score> scores = new LinkedHashMap<>();
        KINDS.forEach(k -> scores.put(k, new Score()));
        List<String> notes = new ArrayList<>();
        List<Article> articles = load(set);
        for (Article a : articles) {
            Suggestions s = extractor.extract(a.text, a.published);
            for (String kind : KINDS) {
                if (a.annotated.contains(kind)) {
                    score(a, kind, predictions(s, kind), scores.get(kind), notes);
                }
            }
        }
        return new Report(set, scores, notes, articles.size());
    }

    private static List<Object> predictions(Suggestions s, String kind) {
        return switch (kind) {
            case "figures" -> new ArrayList<>(s.figures());
            case "times" -> new ArrayList<>(s.times());
            // Scored mention by mention, as the sets are annotated: each mention of a grouped place or actor.
            case "places" ->
                new ArrayList<>(s.places().stream()
                        .flatMap(p -> p.mentions().stream().map(m -> new PlaceMention(p, m)))
                        .toList());
            case "actors" ->
                new ArrayList<>(s.actors().stream()
                        .flatMap(a -> a.mentions().stream().map(m -> new ActorMention(a, m)))
                        .toList());
            default -> new ArrayList<>(s.quotes());
        };
    }

    private static void score(Article a, String kind, List<Object> predicted, Score score, List<String> notes) {
        List<Gold> gold = a.gold.stream().filter(g -> g.kind.equals(kind)).toList();
        boolean[] used = new boolean[predicted.size()];
        score.gold += gold.size();
        score.found += predicted.size();
        for (Gold g : gold) {
            int hit = -1;
            for (int i = 0; i < predicted.size() && hit < 0; i++) {
                if (!used[i] && matches(g, predicted.get(i))) {
                    hit = i;
                }
            }
            if (hit < 0) {
                notes.add(String.format(
                        "%s  MISSED  %s %s \"%s\"",
                        a.name, kind, String.join(" ", g.fields), a.text.substring(g.start, g.end)));
                continue;
            }
            used[hit] = true;
            score.matched++;
            if (kind.equals("figures") && !g.fields[0].equals("-")) {
                FigureSuggestion f = (FigureSuggestion) predicted.get(hit);
                score.categoriesCompared++;
                if (g.fields[0].equals(f.category())) {
                    score.categoriesAgreed++;
                } else {
                    notes.add(String.format(
                            "%s  CATEGORY  %s expected, %s given: \"%s\"",
                            a.name, g.fields[0], f.category(), f.text()));
                }
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!used[i]) {
                notes.add(String.format("%s  EXTRA   %s %s", a.name, kind, describe(a.text, predicted.get(i))));
            }
        }
    }

    private record PlaceMention(PlaceSuggestion place, TextSpan at) {}

    private record ActorMention(ActorSuggestion actor, TextSpan at) {}

    private static boolean overlaps(Gold g, int start, int end) {
        return start < g.end && g.start < end;
    }

    private static boolean matches(Gold g, Object p) {
        String[] f = g.fields;
        if (p instanceof FigureSuggestion s) {
            if (!overlaps(g, s.start(), s.end()) || s.amount().qualifier() != Qualifier.valueOf(f[1])) {
                return false;
            }
            String v = f[2];
            return switch (s.amount().qualifier()) {
                case RANGE ->
                    same(s.amount().low(), v.split("-")[0]) && same(s.amount().high(), v.split("-")[1]);
                case FRACTION ->
                    same(s.amount().numerator(), v.split("/")[0])
                            && same(s.amount().denominator(), v.split("/")[1]);
                default -> same(s.amount().value(), v);
            };
        }
        if (p instanceof TimeSuggestion s) {
            return overlaps(g, s.start(), s.end()) && (f[0].equals("-") || f[0].equals(s.local()));
        }
        if (p instanceof PlaceMention s) {
            return overlaps(g, s.at().start(), s.at().end())
                    && f[0].equals(s.place().country());
        }
        if (p instanceof ActorMention s) {
            return overlaps(g, s.at().start(), s.at().end())
                    && f[0].equals(s.actor().kind().name())
                    && f[1].equalsIgnoreCase(s.actor().name());
        }
        QuoteSuggestion s = (QuoteSuggestion) p;
        return overlaps(g, s.start(), s.end()) && (f[0].equals("-") ? s.speaker() == null : f[0].equals(s.speaker()));
    }

    private static boolean same(BigDecimal actual, String expected) {
        return actual != null && actual.compareTo(new BigDecimal(expected)) == 0;
    }

    private static String describe(String text, Object p) {
        if (p instanceof FigureSuggestion s) {
            String n =
                    switch (s.amount().qualifier()) {
                        case RANGE -> s.amount().low() + "-" + s.amount().high();
                        case FRACTION ->
                            s.amount().numerator() + "/" + s.amount().denominator();
                        default -> String.valueOf(s.amount().value());
                    };
            return s.category() + " " + s.amount().qualifier() + " " + n + " \"" + s.text() + "\"";
        }
        if (p instanceof TimeSuggestion s) {
            return s.local() + " " + s.precision() + " \"" + s.text() + "\"";
        }
        if (p instanceof PlaceMention s) {
            return s.place().country() + " " + s.place().precision() + " "
                    + s.place().name() + " \"" + text.substring(s.at().start(), s.at().end()) + "\"";
        }
        if (p instanceof ActorMention s) {
            return s.actor().kind() + " " + s.actor().name() + " \"" + text.substring(s.at().start(), s.at().end())
                    + "\"";
        }
        QuoteSuggestion s = (QuoteSuggestion) p;
        return s.speaker() + " \"" + s.text() + "\"";
    }

    // ---- reading the set ----------------------------------------------------------------------------------

    static Path folder(String set) {
        URL url = ExtractionEvaluation.class.getResource("/extraction/" + set);
        if (url == null) {
            throw new IllegalStateException("extraction/" + set + " not on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Article> load(String set) {
        try (Stream<Path> files = Files.list(folder(set))) {
            List<Article> out = new ArrayList<>();
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(parse(p));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article texts of the set, for the benchmark and other tests. */
    static List<String> texts() {
        return Stream.concat(load(DEVELOPMENT).stream(), load(HELD_OUT).stream())
                .map(Article::text)
                .toList();
    }

    private static Article parse(Path file) throws IOException {
        String all = Files.readString(file, StandardCharsets.UTF_8);
        String[] parts = all.split("(?m)^---\\s*$\\R?", 3);
        if (parts.length < 3) {
            throw new IllegalArgumentException(file + ": expected a header, '---', the text, '---', annotations");
        }
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : parts[0].split("\\R")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            header.put(
                    line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        String text = parts[1].stripTrailing();
        if (header.containsKey("source")) {
            String raw = Files.readString(file.resolveSibling(header.get("source")), StandardCharsets.UTF_8);
            text = new ArticleCleaner().clean(raw).text();
        }
        String published = header.getOrDefault("published", "-");
        ZonedDateTime at = published.equals("-") ? null : ZonedDateTime.parse(published);
        Set<String> annotated =
                Set.of(header.getOrDefault("annotated", String.join(" ", KINDS)).split("\\s+"));
        List<Gold> gold = new ArrayList<>();
        for (String line : parts[2].split("\\R")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            String kind = f[0] + "s";
            Matcher m = ANCHOR.matcher(f[f.length - 1]);
            if (!m.matches() || !KINDS.contains(kind)) {
                throw new IllegalArgumentException(file.getFileName() + ": bad line: " + line);
            }
            String[] fields = java.util.Arrays.copyOfRange(f, 1, f.length - 1);
            String anchor = m.group(1);
            String which = m.group(2);
            if ("*".equals(which)) {
                Matcher w = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(anchor) + "(?![\\p{L}\\d])")
                        .matcher(text);
                boolean any = false;
                while (w.find()) {
                    gold.add(new Gold(kind, fields, w.start(), w.end()));
                    any = true;
                }
                if (!any) {
                    throw new IllegalArgumentException(file.getFileName() + ": anchor not found: " + line);
                }
                continue;
            }
            // The k-th occurrence as a whole word: "Russia" is not found inside "Russian".
            int nth = which == null ? 1 : Integer.parseInt(which);
            Matcher w = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(anchor) + "(?![\\p{L}\\d])")
                    .matcher(text);
            int found = 0;
            while (found < nth && w.find()) {
                found++;
            }
            if (found < nth) {
                throw new IllegalArgumentException(file.getFileName() + ": anchor not found: " + line);
            }
            gold.add(new Gold(kind, fields, w.start(), w.end()));
        }
        return new Article(file.getFileName().toString(), text, at, annotated, gold);
    }
}
