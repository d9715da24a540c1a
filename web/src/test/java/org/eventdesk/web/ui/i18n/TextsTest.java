package org.eventdesk.web.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eventdesk.domain.record.RecordStatus;
import org.junit.jupiter.api.Test;

/**
 * The bundles as a translator and a reader would check them: both languages have every text, every text the code
 * asks for exists, every domain value has a label, a Ukrainian text is Ukrainian, and no screen writes its words
 * past the bundles.
 */
class TextsTest {
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path SOURCES = Path.of("src/main/java/org/eventdesk/web/ui");

    /** Texts that read the same in both languages: names and codes, not words. */
    private static final Set<String> SAME_IN_BOTH = Set.of("desk.title");

    @Test
    void everyTextIsInBothLanguagesWithTheSameParameters() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : baseBundles()) {
            Path ukrainian =
                    english.resolveSibling(english.getFileName().toString().replace(".properties", "_uk.properties"));
            if (!Files.exists(ukrainian)) {
                problems.add(english.getFileName() + " has no Ukrainian file");
                continue;
            }
            Map<String, String> en = load(english);
            Map<String, String> uk = load(ukrainian);
            String area = english.getFileName().toString().replace(".properties", "");
            for (String key : en.keySet()) {
                if (!key.startsWith(area + ".")) {
                    problems.add(key + " is in " + area + ".properties but its first part names another bundle");
                }
                if (!uk.containsKey(key)) {
                    problems.add(key + " has no Ukrainian text");
                    continue;
                }
                Set<Integer> enArgs = arguments(key, en.get(key), Texts.ENGLISH, problems);
                Set<Integer> ukArgs = arguments(key, uk.get(key), Texts.UKRAINIAN, problems);
                if (!enArgs.equals(ukArgs)) {
                    problems.add(key + " uses parameters " + enArgs + " in English but " + ukArgs + " in Ukrainian");
                }
                if (en.get(key).equals(uk.get(key))
                        && LATIN_WORD.matcher(en.get(key)).find()
                        && !SAME_IN_BOTH.contains(key)) {
                    problems.add(key + " is not translated: \"" + uk.get(key) + "\"");
                }
            }
            for (String key : uk.keySet()) {
                if (!en.containsKey(key)) {
                    problems.add(key + " is only in Ukrainian");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static final Pattern LATIN_WORD = Pattern.compile("(?<![{\\w])[a-z]{4,}(?![\\w}])");

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Pattern asked =
                Pattern.compile("(?:\\bt|getTranslation|Texts\\.in\\([^,()]+,)\\(\\s*\"([a-z][\\w-]*\\.[\\w.-]+)\"");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        for (Path source : javaSources()) {
            Matcher m = asked.matcher(Files.readString(source));
            while (m.find()) {
                found++;
                // A key ending in "." is completed at run time (with a constant's name): some key must start so.
                boolean exists = m.group(1).endsWith(".")
                        ? Texts.bundle(Texts.area(m.group(1)), Texts.ENGLISH).keySet().stream()
                                .anyMatch(k -> k.startsWith(m.group(1)))
                        : !Texts.in(Texts.ENGLISH, m.group(1)).startsWith("!");
                if (!exists) {
                    missing.add(m.group(1) + " (" + source.getFileName() + ")");
                }
            }
        }
        assertTrue(found > 0, "the scan found no key at all: its pattern no longer matches the code");
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyDomainValueTheDeskShowsHasALabel() throws IOException, URISyntaxException, ClassNotFoundException {
        // Every enum of the domain with a label() is a value people read: each constant needs its text.
        Set<String> missing = new TreeSet<>();
        Path domainJar = Path.of(RecordStatus.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        for (String className : domainClasses(domainJar)) {
            Class<?> type = Class.forName(className);
            if (!type.isEnum()
                    || Stream.of(type.getMethods()).noneMatch(m -> m.getName().equals("label"))) {
                continue;
            }
            for (Object constant : type.getEnumConstants()) {
                String key = Texts.enumKey((Enum<?>) constant);
                if (Texts.in(Texts.ENGLISH, key).startsWith("!")) {
                    missing.add(key);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void noScreenWritesItsWordsPastTheBundles() throws IOException {
        // The usual ways a Vaadin screen puts words on screen, given a literal sentence instead of a text from here.
        Pattern literal = Pattern.compile("(?:new (?:Button|Span|H[1-6]|Paragraph|Checkbox|TextField|TextArea|ComboBox"
                + "|MultiSelectComboBox|Select|DatePicker|DateTimePicker|IntegerField|NumberField|EmailField"
                + "|PasswordField|SideNavItem|SideNav|Tab|Details|NativeLabel|Div|ListItem|Emphasis|Strong)"
                + "|\\.(?:setText|setLabel|setPlaceholder|setHelperText|setHeaderTitle|setTooltipText|setAriaLabel"
                + "|setErrorMessage|setHeader|setTitle|setSummaryText|setConfirmText|setCancelText|setRejectText)"
                + "|Notification\\.show|new Anchor\\([^,()]+,|new Notification|new Text|new ConfirmDialog"
                + "|\\.setEmptySelectionCaption|\\.asRequired|\\.setAttribute\\(\\s*\"(?:aria-label|title|placeholder)\\\",)"
                + "\\(?\\s*\"[A-Z][a-z]"
                // Words handed to a label generator, a validator or the discard question inside a longer call.
                + "|(?:setItemLabelGenerator|withValidator|askBeforeLeaving)\\([^;]*\"[A-Z][a-z][a-z ]");
        List<String> offenders = linesMatching(literal);
        assertEquals("", String.join("\n", offenders), offenders.size() + " texts written past the bundles");
    }

    @Test
    void noScreenShowsAServicesEnglishPastItsWording() throws IOException {
        // A service's refusal reaches a screen as a DomainException or a FieldError; their getMessage() and message()
        // are the API's English, so a screen says them with Texts.say(...) in the tab's language instead.
        Pattern english = Pattern.compile("\\.getMessage\\(\\)|(?:error|e|problem|refused|invalid)\\.message\\(\\)"
                + "|\\.errors\\(\\)\\.get\\(0\\)\\.message\\(\\)");
        List<String> offenders = linesMatching(english);
        assertEquals("", String.join("\n", offenders), offenders.size() + " service messages shown in English");
    }

    @Test
    void aServicesWordingReadsInTheTabsLanguage() {
        org.eventdesk.domain.shared.Wording tooLong = org.eventdesk.domain.shared.Validation.textProblem("abcd", 3);
        assertEquals("is longer than 3 characters", tooLong.in(Texts.ENGLISH, Texts::of));
        assertEquals("перевищує ліміт символів: 3", tooLong.in(Texts.UKRAINIAN, Texts::of));
        assertEquals("is longer than 3 characters", Texts.say(tooLong), "outside a tab, English");
    }

    @Test
    void aMissingKeyShowsAsItselfAndParametersFollowTheLanguage() {
        assertEquals("!desk.no-such-text!", Texts.in(Texts.ENGLISH, "desk.no-such-text"));
        assertEquals("!nowhere.at-all!", Texts.in(Texts.UKRAINIAN, "nowhere.at-all"));
        assertEquals("Мова", Texts.in(Locale.forLanguageTag("uk-UA"), "desk.language"));
        assertEquals("Language", Texts.in(Locale.GERMAN, "desk.language"));
        assertEquals(Texts.UKRAINIAN, Texts.supported(Locale.forLanguageTag("uk-UA")));
        assertEquals(Texts.ENGLISH, Texts.supported(null));
    }

    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    private static Set<Integer> arguments(String key, String pattern, Locale locale, List<String> problems) {
        Set<Integer> used = new TreeSet<>();
        if (pattern.contains("{") && LONE_QUOTE.matcher(pattern).find()) {
            // MessageFormat reads a lone ' as the start of quoted text, and the apostrophe would vanish.
            problems.add(key + " in " + locale + " has parameters and a lone ' (write '' or ’)");
        }
        try {
            new MessageFormat(pattern, locale);
        } catch (IllegalArgumentException bad) {
            problems.add(key + " in " + locale + " is not a valid pattern: " + bad.getMessage());
            return used;
        }
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (m.find()) {
            used.add(Integer.parseInt(m.group(1)));
        }
        return used;
    }

    private static List<Path> baseBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(p -> p.toString().endsWith(".properties")
                            && !p.getFileName().toString().contains("_"))
                    .sorted()
                    .toList();
        }
    }

    /** The screens' source lines the pattern finds, each as "file:line: code". */
    private static List<String> linesMatching(Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path source : javaSources()) {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                if (pattern.matcher(lines.get(i)).find()) {
                    found.add(SOURCES.relativize(source) + ":" + (i + 1) + ": "
                            + lines.get(i).strip());
                }
            }
        }
        return found;
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static Map<String, String> load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
        return values;
    }

    private static final Pattern ANONYMOUS = Pattern.compile("\\$\\d");

    private static List<String> domainClasses(Path location) throws IOException {
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                files.filter(p -> p.toString().endsWith(".class")
                                && !ANONYMOUS.matcher(p.toString()).find())
                        .forEach(p -> names.add(location.relativize(p)
                                .toString()
                                .replace(".class", "")
                                .replace('/', '.')));
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream()
                        .map(JarEntry::getName)
                        .filter(n ->
                                n.endsWith(".class") && !ANONYMOUS.matcher(n).find() && !n.contains("module-info"))
                        .forEach(n -> names.add(n.replace(".class", "").replace('/', '.')));
            }
        }
        return names;
    }
}
