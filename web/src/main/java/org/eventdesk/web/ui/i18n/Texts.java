package org.eventdesk.web.ui.i18n;

import com.vaadin.flow.component.UI;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.eventdesk.domain.shared.DomainException;
import org.eventdesk.domain.shared.Wording;

/**
 * The desk's words in the languages it speaks: English, and Ukrainian for the desks that work in it.
 *
 * <p>A key names its bundle by its first part: {@code records.filters.type} is read from {@code i18n/records} (and
 * {@code i18n/records_uk} in Ukrainian). One bundle per area of the desk keeps each file short enough to translate in
 * one sitting and lets two people translate two areas without touching one file. A value with parameters is a
 * {@link MessageFormat} pattern, so numbers and dates in it are written for the reader's language ({@code {0,number}}).
 *
 * <p>Everything on screen asks here through {@link #t}: the language is the tab's (its {@link UI}'s locale, which
 * {@link LanguageChoice} sets); code that runs outside a tab (a unit test) reads English.
 */
public final class Texts {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    /** The languages, the first being the one a person gets when their browser asks for none of them. */
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, UKRAINIAN);

    static final String FOLDER = "i18n/";

    // English lives in the base files, so a key missing from a translation falls back to no other language.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {}

    /** The text under this key in the current tab's language, with its parameters filled in. */
    public static String t(String key, Object... params) {
        return in(locale(), key, params);
    }

    /** The text under this key in the given language. A missing key shows as itself between "!", never as a blank. */
    public static String in(Locale locale, String key, Object... params) {
        String pattern;
        try {
            pattern = bundle(area(key), supported(locale)).getString(key);
        } catch (MissingResourceException missing) {
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
    }

    /**
     * What a service said (a field's problem, a refused step, what a record still needs) in the tab's language.
     * The services keep their sentences as {@link Wording}s; their templates are the domain's bundles.
     */
    public static String say(Wording wording) {
        return wording == null ? null : wording.in(locale(), Texts::of);
    }

    /** Why a service refused, in the tab's language. */
    public static String say(DomainException refused) {
        return say(refused.wording());
    }

    /** The label of a domain value: {@code enum.RecordStatus.DRAFT}. */
    public static String of(Enum<?> value) {
        return value == null ? "" : t(enumKey(value));
    }

    /** The key a domain value's label is kept under. */
    public static String enumKey(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    /** A whole number as the reader writes it: "12,345" in English, "12 345" in Ukrainian. */
    public static String number(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** The current tab's language (one the desk speaks), or English outside a tab. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? ENGLISH : supported(ui.getLocale());
    }

    /** The desk's language closest to the one asked for: its own if the desk speaks it, else English. */
    public static Locale supported(Locale asked) {
        if (asked != null) {
            for (Locale language : LANGUAGES) {
                if (language.getLanguage().equals(asked.getLanguage())) {
                    return language;
                }
            }
        }
        return ENGLISH;
    }

    static String area(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    static ResourceBundle bundle(String area, Locale locale) {
        // Java reads properties files as UTF-8 (since 9), so the Ukrainian files are plain Cyrillic text.
        return ResourceBundle.getBundle(FOLDER + area, locale, Texts.class.getClassLoader(), NO_FALLBACK);
    }
}
