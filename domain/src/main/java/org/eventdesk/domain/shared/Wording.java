package org.eventdesk.domain.shared;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * A sentence the desk says to a person (a field's problem, a refused step, what a record still needs), kept as a
 * key and its arguments rather than as finished English, so that each screen words it in its reader's language.
 * The API, the logs and the tests read {@link #english()}.
 *
 * <p>The templates are {@link MessageFormat} patterns in the bundles under {@value #BUNDLES}: a key's first part
 * names its bundle ({@code record.time.endBeforeStart} is in {@code record.properties}), English in the base file,
 * Ukrainian in {@code _uk}. As in every {@code MessageFormat} pattern with arguments, a quote is written
 * {@code ''}; a template without arguments is taken as it is written.
 *
 * <p>Arguments are words, not numbers to format: each is rendered as text before the pattern is filled, so a
 * record id reads "1234" in every language. An argument may also be another wording (worded in the same
 * language), a list of wordings (joined with ", "), or an enum value with a label of its own, which reads in lower
 * case in the sentence ("is published").
 *
 * @param key the template's key, or {@code null} for {@linkplain #untranslated untranslated} English
 * @param args the template's arguments: {@link String}, {@link Number}, {@link Wording}, a {@link List} of
 *     wordings, {@link Joined} wordings, or an {@link Enum}
 */
public record Wording(String key, List<Object> args) implements Serializable {
    /** The folder of the templates' bundles on the class path. */
    public static final String BUNDLES = "org/eventdesk/domain/wording/";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Wording {
        // Numbers are kept as the words they read as, so a stored wording reads back equal (see encoded()).
        args = args.stream().map(a -> a instanceof Number n ? n.toString() : a).toList();
    }

    /** The sentence under {@code key}, filled with {@code args} in order. */
    public static Wording of(String key, Object... args) {
        if (key == null || key.indexOf('.') < 1) {
            throw new IllegalArgumentException("a wording's key names its bundle first: " + key);
        }
        for (Object arg : args) {
            if (arg == null) {
                throw new IllegalArgumentException("a wording has no empty argument: " + key);
            }
        }
        return new Wording(key, List.of(args));
    }

    /**
     * English that no screen translates: the API's own answers about the shape of a request, which are read by
     * programmers in English, and an import problem stored before problems kept their wording. No rule of the desk
     * speaks this way ({@code WordingTest} looks).
     */
    public static Wording untranslated(String english) {
        return new Wording(null, List.of(english));
    }

    /** Wordings to be joined with a separator of their own, where ", " would not read ("a; b"). */
    public record Joined(List<Wording> parts, String separator) implements Serializable {
        public Joined {
            parts = List.copyOf(parts);
        }
    }

    /** The sentence in the desk's default language, English: the API's, the logs' and the tests'. */
    public String english() {
        return in(Locale.ROOT, Wording::englishLabel);
    }

    /**
     * The sentence in {@code language}, English where the language has no template for the key.
     *
     * @param enumWords how the reader's screen names an enum value (its label in that language)
     */
    public String in(Locale language, Function<Enum<?>, String> enumWords) {
        if (key == null) {
            return (String) args.get(0);
        }
        if (args.isEmpty()) {
            return template(key, language);
        }
        Object[] words = new Object[args.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = word(args.get(i), language, enumWords);
        }
        return new MessageFormat(template(key, language), language).format(words);
    }

    private static String word(Object arg, Locale language, Function<Enum<?>, String> enumWords) {
        if (arg instanceof Wording nested) {
            return nested.in(language, enumWords);
        }
        if (arg instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object part : list) {
                parts.add(word(part, language, enumWords));
            }
            return String.join(", ", parts);
        }
        if (arg instanceof Joined joined) {
            List<String> parts = new ArrayList<>();
            for (Wording part : joined.parts()) {
                parts.add(part.in(language, enumWords));
            }
            return String.join(joined.separator(), parts);
        }
        if (arg instanceof Enum<?> value) {
            return enumWords.apply(value).toLowerCase(language);
        }
        return String.valueOf(arg);
    }

    /**
     * The wording as one string, to be stored where the sentence must be said again later in whichever language
     * its reader uses (an import's problems). {@link #decode} reads it back. Every part is written with its length
     * ahead of it, so no character of an argument needs escaping.
     */
    public String encoded() {
        StringBuilder out = new StringBuilder();
        write(this, out);
        return out.toString();
    }

    /** The wording {@link #encoded} wrote; an enum argument whose class is gone reads as its name. */
    public static Wording decode(String encoded) {
        return new Reader(encoded).wording();
    }

    private static void write(Wording wording, StringBuilder out) {
        part('k', wording.key == null ? "" : wording.key, out);
        out.append(wording.args.size()).append(';');
        for (Object arg : wording.args) {
            writeArg(arg, out);
        }
    }

    private static void writeArg(Object arg, StringBuilder out) {
        if (arg instanceof Wording nested) {
            out.append('w');
            write(nested, out);
        } else if (arg instanceof Joined joined) {
            part('j', joined.separator(), out);
            out.append(joined.parts().size()).append(';');
            joined.parts().forEach(p -> write(p, out));
        } else if (arg instanceof List<?> list) {
            out.append('l').append(list.size()).append(';');
            list.forEach(item -> writeArg(item, out));
        } else if (arg instanceof Enum<?> value) {
            part('e', value.getDeclaringClass().getName() + "#" + value.name(), out);
        } else {
            part('s', String.valueOf(arg), out);
        }
    }

    private static void part(char kind, String text, StringBuilder out) {
        out.append(kind).append(text.length()).append(':').append(text);
    }

    /** Reads what {@link #write} wrote, front to back. */
    private static final class Reader {
        private final String in;
        private int at;

        Reader(String in) {
            this.in = in;
        }

        Wording wording() {
            String key = part('k');
            int count = number(';');
            List<Object> args = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                args.add(arg());
            }
            return key.isEmpty() ? untranslated((String) args.get(0)) : new Wording(key, args);
        }

        private Object arg() {
            char kind = in.charAt(at);
            switch (kind) {
                case 'w' -> {
                    at++;
                    return wording();
                }
                case 'j' -> {
                    String separator = part('j');
                    int count = number(';');
                    List<Wording> parts = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        parts.add(wording());
                    }
                    return new Joined(parts, separator);
                }
                case 'l' -> {
                    at++;
                    int count = number(';');
                    List<Object> items = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        items.add(arg());
                    }
                    return items;
                }
                case 'e' -> {
                    return enumValue(part('e'));
                }
                default -> {
                    return part('s');
                }
            }
        }

        private String part(char kind) {
            if (in.charAt(at) != kind) {
                throw new IllegalArgumentException("not an encoded wording at " + at + ": " + in);
            }
            at++;
            int length = number(':');
            String text = in.substring(at, at + length);
            at += length;
            return text;
        }

        private int number(char end) {
            int stop = in.indexOf(end, at);
            int value = Integer.parseInt(in.substring(at, stop));
            at = stop + 1;
            return value;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Object enumValue(String name) {
            int hash = name.indexOf('#');
            try {
                return Enum.valueOf((Class) Class.forName(name.substring(0, hash)), name.substring(hash + 1));
            } catch (ClassNotFoundException | IllegalArgumentException gone) {
                return name.substring(hash + 1);
            }
        }
    }

    /** The template of {@code key} in {@code language}, or in English when that language lacks it. */
    public static String template(String key, Locale language) {
        String bundle = BUNDLES + key.substring(0, key.indexOf('.'));
        try {
            return ResourceBundle.getBundle(bundle, language, Wording.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException inLanguage) {
            if (Locale.ROOT.equals(language)) {
                throw new IllegalStateException("no English wording for " + key, inLanguage);
            }
            return template(key, Locale.ROOT);
        }
    }

    /** An enum's English words: its {@code label()} where it has one, else its name in lower case. */
    private static String englishLabel(Enum<?> value) {
        try {
            return (String) value.getDeclaringClass().getMethod("label").invoke(value);
        } catch (ReflectiveOperationException | ClassCastException noLabel) {
            return value.name().replace('_', ' ');
        }
    }
}
