package org.eventdesk.domain.publishing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed from one public version of a record to the next, in sentences a reader understands ("Injured:
 * at least 46 → at least 52", "Place added: Lviv"), never field paths. A correction's public notice lists them
 * under its note; a reviewer reads the same sentences for a revision in review.
 */
public final class PublicChanges {
    private PublicChanges() {}

    public static List<String> between(PublicRecord before, PublicRecord after) {
        List<String> changes = new ArrayList<>();
        changed(changes, "Title", quoted(before.title()), quoted(after.title()));
        changed(changes, "Type", label(before.type()), label(after.type()));
        if (!Objects.equals(before.summary(), after.summary())) {
            changes.add(
                    before.summary() == null
                            ? "Summary added"
                            : after.summary() == null ? "Summary removed" : "Summary reworded");
        }
        changed(changes, "Time", TimeWords.of(before.time()), TimeWords.of(after.time()));
        facts(changes, "Place", before.places(), after.places(), PublicChanges::placeWords, p -> p.name());
        facts(
                changes,
                "Actor",
                before.actors(),
                after.actors(),
                a -> a.name() + " (" + a.role().label().toLowerCase() + ", "
                        + a.kind().label().toLowerCase() + ")",
                a -> a.name());
        figures(changes, before.figures(), after.figures());
        facts(
                changes,
                "Claim",
                before.claims(),
                after.claims(),
                c -> c.speaker() + ": “" + shorten(c.text()) + "”",
                c -> c.speaker() + "\n" + c.text());
        facts(
                changes,
                "Link",
                before.links(),
                after.links(),
                l -> l.wording() + " “" + l.title() + "”",
                l -> l.relation() + "\n" + l.recordId());
        changed(
                changes,
                "Tags",
                before.tags().isEmpty() ? "none" : String.join(", ", before.tags()),
                after.tags().isEmpty() ? "none" : String.join(", ", after.tags()));
        changed(
                changes,
                "Planned event",
                before.occurrence() == null
                        ? "not a planned event"
                        : before.occurrence().label().toLowerCase(),
                after.occurrence() == null
                        ? "not a planned event"
                        : after.occurrence().label().toLowerCase());
        changed(
                changes,
                "Verification",
                before.verification().label().toLowerCase(),
                after.verification().label().toLowerCase());
        List<String> addedSources = after.sources().stream()
                .filter(s -> before.source(s.id()).isEmpty())
                .map(s -> s.outlet() + ", “" + s.title() + "”")
                .toList();
        addedSources.forEach(s -> changes.add("Source added: " + s));
        return changes;
    }

    private static void changed(List<String> changes, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(what + ": " + before + " → " + after);
        }
    }

    /**
     * Facts matched by a key (a place by its name, a claim by speaker and words): one that only one version has
     * was added or removed; one whose words differ under the same key was changed.
     */
    private static <T> void facts(
            List<String> changes,
            String what,
            List<T> before,
            List<T> after,
            Function<T, String> words,
            Function<T, String> key) {
        Map<String, T> old = byKey(before, key);
        Map<String, T> now = byKey(after, key);
        now.forEach((k, fact) -> {
            T was = old.get(k);
            if (was == null) {
                changes.add(what + " added: " + words.apply(fact));
            } else if (!words.apply(was).equals(words.apply(fact))) {
                changes.add(what + " changed: " + words.apply(was) + " → " + words.apply(fact));
            }
        });
        old.forEach((k, fact) -> {
            if (!now.containsKey(k)) {
                changes.add(what + " removed: " + words.apply(fact));
            }
        });
    }

    /** Figures of one category read as one fact: "Injured: at least 46 → at least 52". */
    private static void figures(
            List<String> changes, List<PublicRecord.Figure> before, List<PublicRecord.Figure> after) {
        Map<String, List<String>> old = figureWords(before);
        Map<String, List<String>> now = figureWords(after);
        now.forEach((label, values) -> {
            List<String> was = old.get(label);
            if (was == null) {
                changes.add(label + ": " + String.join("; ", values) + " (added)");
            } else if (!was.equals(values)) {
                changes.add(label + ": " + String.join("; ", was) + " → " + String.join("; ", values));
            }
        });
        old.forEach((label, values) -> {
            if (!now.containsKey(label)) {
                changes.add(label + ": " + String.join("; ", values) + " (removed)");
            }
        });
    }

    private static Map<String, List<String>> figureWords(List<PublicRecord.Figure> figures) {
        Map<String, List<String>> words = new LinkedHashMap<>();
        for (PublicRecord.Figure f : figures) {
            words.computeIfAbsent(f.categoryLabel(), k -> new ArrayList<>())
                    .add(f.described() + (f.attribution() == null ? "" : " (" + f.attribution() + ")"));
        }
        return words;
    }

    private static <T> Map<String, T> byKey(List<T> facts, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        facts.forEach(f -> map.putIfAbsent(key.apply(f), f));
        return map;
    }

    private static String placeWords(PublicRecord.Place p) {
        StringBuilder words = new StringBuilder(p.name());
        if (p.country() != null) {
            words.append(" (").append(p.country()).append(')');
        }
        if (p.hasCoordinates()) {
            words.append(", ").append(p.lat()).append(", ").append(p.lon());
        }
        return words.toString();
    }

    private static String label(PublicRecord.Type type) {
        return type == null ? "none" : type.label();
    }

    private static String quoted(String text) {
        return "“" + text + "”";
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }
}
