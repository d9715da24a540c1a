package org.eventdesk.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eventdesk.domain.record.RecordStatus;
import org.junit.jupiter.api.Test;

/**
 * The services' sentences in both of the desk's languages: every template in English has its Ukrainian with the same
 * arguments, every key the code names exists, and a wording stored for later reads back as it was.
 */
class WordingTest {
    private static final Path BUNDLES = Path.of("src/main/resources/" + Wording.BUNDLES);
    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyEnglishTemplateHasItsUkrainianWithTheSameArguments() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundles()) {
            Properties english = load(bundle + ".properties");
            Properties ukrainian = load(bundle + "_uk.properties");
            assertEquals(
                    english.stringPropertyNames(),
                    ukrainian.stringPropertyNames(),
                    "keys of " + bundle + " in Ukrainian");
            for (String key : english.stringPropertyNames()) {
                String en = english.getProperty(key);
                String uk = ukrainian.getProperty(key);
                if (!arguments(en).equals(arguments(uk))) {
                    problems.add(
                            key + ": arguments " + arguments(en) + " in English, " + arguments(uk) + " in Ukrainian");
                }
                for (String pattern : List.of(en, uk)) {
                    if (!arguments(pattern).isEmpty()) {
                        new MessageFormat(pattern); // throws on a broken pattern
                        if (LONE_QUOTE.matcher(pattern).find()) {
                            problems.add(key + ": a lone quote in a pattern with arguments (write '')");
                        }
                    }
                }
                if (en.equals(uk) && en.replaceAll("\\{\\d+}|[\\s:;,.()]", "").length() > 0) {
                    problems.add(key + ": the Ukrainian is the English");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyKeyTheCodeNamesHasItsEnglish() throws IOException {
        Set<String> bundles = bundles();
        Pattern keyLiteral =
                Pattern.compile("\"((?:" + String.join("|", bundles) + ")\\.[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)*)\"");
        Set<String> unknown = new TreeSet<>();
        Set<String> notFoundByName = new TreeSet<>();
        Pattern notFound = Pattern.compile("NotFoundException\\(\\s*\"(?!text\\.thing\\.)([^\"]*)\"");
        int named = 0;
        for (String module : List.of("../domain", "../ejb", "../web")) {
            Path sources = Path.of(module, "src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String code = Files.readString(file);
                    Matcher byName = notFound.matcher(code);
                    while (byName.find()) {
                        notFoundByName.add(byName.group(1) + " (" + file.getFileName() + ")");
                    }
                    Matcher m = keyLiteral.matcher(code);
                    while (m.find()) {
                        named++;
                        String key = m.group(1);
                        String bundle = key.substring(0, key.indexOf('.'));
                        if (!load(bundle + ".properties").containsKey(key)) {
                            unknown.add(key + " (" + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertTrue(named > 10, "keys named in the code: " + named);
        assertEquals(Set.of(), notFoundByName, "a NotFoundException names its thing by a text.thing key");
        assertEquals(Set.of(), unknown);
    }

    @Test
    void theDomainAndTheServicesSayNothingUntranslated() throws IOException {
        // Untranslated English is the API's, for the shape of a request; a rule of the desk speaks through a key.
        // The one reader of it here is an import problem stored before problems kept their wording (V16).
        List<String> offenders = new ArrayList<>();
        for (String module : List.of("../domain", "../ejb")) {
            try (Stream<Path> files = Files.walk(Path.of(module, "src/main/java"))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String name = file.getFileName().toString();
                    if (!name.equals("Wording.java")
                            && !name.equals("ImportProblem.java")
                            && Files.readString(file).contains("Wording.untranslated(")) {
                        offenders.add(name);
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void aWordingReadsInEachLanguageWithItsArguments() {
        Wording tooLong = Wording.of("text.tooLong", 200);

        assertEquals("is longer than 200 characters", tooLong.english());
        assertEquals("перевищує ліміт символів: 200", tooLong.in(UKRAINIAN, Enum::name));
        // Numbers are words: a record's id is not written "1,234" in English or "1 234" in Ukrainian.
        assertEquals(
                "Record 1234 does not exist",
                Wording.of("text.notFound", Wording.of("text.thing.record"), 1234)
                        .english());
    }

    @Test
    void aListAndAJoinedListReadWithTheirSeparators() {
        InvalidInputException refused = new InvalidInputException(
                List.of(FieldError.of("title", "text.required"), FieldError.of("summary", "text.tooLong", 10)));

        assertEquals("title: is required; summary: is longer than 10 characters", refused.getMessage());
        assertEquals("title: обовʼязкове поле; summary: перевищує ліміт символів: 10", ukrainian(refused.wording()));
    }

    @Test
    void aStoredWordingReadsBackAsItWas() {
        Wording stored = Wording.of(
                "text.fieldError",
                "time;zone:1",
                new Wording.Joined(List.of(Wording.of("text.required"), Wording.of("text.tooLong", 7)), "; "));
        Wording withEnum = Wording.of("text.fieldError", RecordStatus.PUBLISHED, List.of(Wording.of("text.required")));

        assertEquals(stored, Wording.decode(stored.encoded()));
        assertEquals(withEnum, Wording.decode(withEnum.encoded()));
        assertEquals(
                Wording.untranslated("plain 3:words"),
                Wording.decode(Wording.untranslated("plain 3:words").encoded()));
        assertEquals("published: is required", withEnum.english());
    }

    /** The Ukrainian of a wording, enum values by their names (the desk's screens give them their labels). */
    private static String ukrainian(Wording wording) {
        return wording.in(UKRAINIAN, Enum::name);
    }

    private static Set<String> bundles() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .forEach(n -> names.add(n.substring(0, n.length() - ".properties".length())));
        }
        return names;
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }
}
